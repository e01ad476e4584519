package de.kulant.collection;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
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
        List<ClaimAsOf> wanted = cases.members(row.id()).stream()
                .map(m -> new ClaimAsOf(m.claim(), row.creditorId(), asOf)).toList();
        var found = claims.findAll(wanted);
        return wanted.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    Money paid(CaseRow row, LocalDate asOf) {
        return claims(row, asOf).stream().map(c -> c.balance().paid()).reduce(Money.zeroEur(), Money::plus);
    }
}
