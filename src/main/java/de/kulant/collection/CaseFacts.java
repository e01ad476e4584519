package de.kulant.collection;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** What a case's claims add up to on a day, read through the claims module. */
@Component
class CaseFacts {

    private final CaseStore cases;
    private final ClaimQueries claims;

    CaseFacts(CaseStore cases, ClaimQueries claims) {
        this.cases = cases;
        this.claims = claims;
    }

    List<ClaimView> claims(CaseRow row, LocalDate asOf) {
        return claimsOf(List.of(row), asOf).getOrDefault(row.id(), List.of());
    }

    /** The claims of many cases as of a day, in two queries (members, then claims), each case's in joining order. */
    Map<CaseId, List<ClaimView>> claimsOf(Collection<CaseRow> rows, LocalDate asOf) {
        Map<CaseId, CaseRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        Map<CaseId, List<ClaimAsOf>> wanted = new LinkedHashMap<>();
        cases.membersOf(byId.keySet()).forEach((id, members) -> wanted.put(id, members.stream()
                .map(m -> new ClaimAsOf(m.claim(), byId.get(id).creditorId(), asOf)).toList()));
        Map<ClaimAsOf, ClaimView> found = claims.findAll(wanted.values().stream().flatMap(List::stream).toList());
        Map<CaseId, List<ClaimView>> views = new LinkedHashMap<>();
        wanted.forEach((id, of) -> views.put(id, of.stream().map(found::get).filter(Objects::nonNull).toList()));
        return views;
    }

    Money paid(CaseRow row, LocalDate asOf) {
        return claims(row, asOf).stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus);
    }
}
