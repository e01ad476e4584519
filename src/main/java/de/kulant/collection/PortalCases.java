package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorView;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.PortalStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the debtor portal may do with a case: find it from what the letter printed (reference, access code and the
 * postal code of the address), read it, and put the debtor's actions on the timeline so that the case worker sees
 * them first.
 */
@Service
public class PortalCases {

    private final PortalStore portal;
    private final PortalAccess access;
    private final CaseStore cases;
    private final CaseQueries queries;
    private final ClaimQueries claims;
    private final ActivityStore activities;
    private final CasePriorities priorities;
    private final Agreements agreements;
    private final AuditTrail audit;
    private final Clock clock;

    PortalCases(PortalStore portal, PortalAccess access, CaseStore cases, CaseQueries queries, ClaimQueries claims,
                ActivityStore activities, CasePriorities priorities, Agreements agreements, AuditTrail audit,
                Clock clock) {
        this.portal = portal;
        this.access = access;
        this.cases = cases;
        this.queries = queries;
        this.claims = claims;
        this.activities = activities;
        this.priorities = priorities;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case when all three match; empty for any mismatch alike, so an answer never tells which one was wrong. */
    @Transactional(readOnly = true)
    public Optional<CaseId> signIn(String reference, String code, String postalCode) {
        CaseReference parsed = CaseReference.parse(reference);
        Optional<CaseId> found = parsed == null ? Optional.empty() : portal.byReference(parsed);
        if (found.isEmpty() || !access.matches(found.get(), code)) {
            return Optional.empty();
        }
        CaseRow row = cases.find(null, found.get()).orElseThrow();
        DebtorView debtor = claims.debtors(Map.of(row.debtorId(), row.creditorId())).get(row.debtorId());
        if (debtor == null || debtor.address() == null
                || !MessageDigest.isEqual(plain(debtor.address().postalCode()), plain(postalCode))) {
            return Optional.empty();
        }
        return found;
    }

    /** Whose case it is and its claims, without computing any balance. */
    public record Parties(CreditorId creditor, CaseReference reference, List<ClaimId> claims) {
    }

    @Transactional(readOnly = true)
    public Parties parties(CaseId id) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        return new Parties(row.creditorId(), row.reference(),
                cases.members(id).stream().map(CaseStore.Member::claim).toList());
    }

    /** The case with its claims as of {@code asOf}. */
    @Transactional(readOnly = true)
    public CaseView view(CaseId id, LocalDate asOf) {
        return queries.find(null, id, asOf).orElseThrow(() -> new NotFoundException("case"));
    }

    /** The creditor's rules that apply to this case (its segment's, else the creditor's own). */
    @Transactional(readOnly = true)
    public AgreementRules rules(CaseId id) {
        return agreements.rulesFor(cases.find(null, id).orElseThrow(() -> new NotFoundException("case")));
    }

    /** The case's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<CaseActivity> timeline(CaseId id, int limit) {
        return queries.timeline(null, id, limit);
    }

    /**
     * Puts what the debtor did on the timeline and in the audit trail; {@code needsAnswer} raises the case in its
     * worker's queue until a case worker answers.
     */
    @Transactional
    public void record(CaseId id, String action, String text, boolean needsAnswer, Actor actor) {
        CaseRow row = cases.find(null, id).orElseThrow(() -> new NotFoundException("case"));
        activities.add(row.creditorId(), ActivityStore.entry(id, clock.instant(), "PORTAL", actor.label(), text));
        audit.record(new AuditEntry(row.creditorId(), "case", id.toString(), "portal." + action, actor, null,
                Map.of()));
        if (needsAnswer) {
            cases.mark(CaseStore.Mark.MESSAGE_WAITING, List.of(id), BusinessDates.today(clock));
            priorities.refresh(id);
        }
    }

    private static byte[] plain(String postalCode) {
        return (postalCode == null ? "" : postalCode.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
    }
}
