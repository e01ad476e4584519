package de.kulant.collection;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimView;
import de.kulant.collection.internal.ActivityStore;
import de.kulant.collection.internal.BureauNoticeStore;
import de.kulant.collection.internal.CaseStore;
import de.kulant.collection.internal.CaseStore.CaseRow;
import de.kulant.collection.internal.DisputeStore;
import de.kulant.collection.internal.DisputeStore.DisputeRow;
import de.kulant.collection.internal.LimitationStore;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.law.LimitationEvent;
import de.kulant.law.LimitationResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a claim of a case may be reported to the creditor's credit bureau, by the criteria of §31 Abs. 2 Nr. 4 BDSG
 * still used in practice, each with its reason: undisputed (a dispute, even one resolved, revokes it), at least two
 * written notices on paper after the due date, the first at least four weeks ago, and the debtor told beforehand in a
 * letter at least two weeks ago. Kulant never reports by itself; this tells a person whether they may.
 */
@Service
public class CreditBureau {

    /** One criterion: {@code code} BUREAU, OPEN, UNDISPUTED, TWO_NOTICES, FIRST_NOTICE_AGE or TOLD. */
    public record Criterion(String code, boolean met, String reason) {
    }

    public record ClaimEligibility(ClaimId claimId, String invoiceNumber, boolean eligible, List<Criterion> criteria) {
    }

    /** {@code eligible} when at least one claim is; {@code bureau} null when the creditor reports to none. */
    public record Eligibility(CaseId caseId, String bureau, boolean eligible, boolean reportedAutomatically,
                              List<ClaimEligibility> claims) {
    }

    static final int FIRST_NOTICE_DAYS = 28;
    static final int TOLD_DAYS = 14;

    private final CaseStore cases;
    private final CaseFacts facts;
    private final DisputeStore disputes;
    private final ActivityStore activities;
    private final LimitationStore limitation;
    private final Notices notices;
    private final BureauNoticeStore bureauNotices;
    private final Agreements agreements;
    private final CurrentLaw law;
    private final Clock clock;

    CreditBureau(CaseStore cases, CaseFacts facts, DisputeStore disputes, ActivityStore activities,
                 LimitationStore limitation, Notices notices, BureauNoticeStore bureauNotices, Agreements agreements,
                 CurrentLaw law, Clock clock) {
        this.bureauNotices = bureauNotices;
        this.cases = cases;
        this.facts = facts;
        this.disputes = disputes;
        this.activities = activities;
        this.limitation = limitation;
        this.notices = notices;
        this.agreements = agreements;
        this.law = law;
        this.clock = clock;
    }

    /** {@code creditor} null: staff. */
    @Transactional(readOnly = true)
    public Eligibility of(CreditorId creditor, CaseId id) {
        CaseRow row = cases.find(creditor, id).orElseThrow(() -> new NotFoundException("case"));
        LocalDate today = BusinessDates.today(clock);
        String bureau = agreements.rulesOf(row.creditorId()).creditBureau();
        Optional<DisputeRow> disputed = disputes.ofCase(id).stream().min(Comparator.comparing(DisputeRow::openedAt));
        Optional<LocalDate> told = bureauNotices.toldOn(id);
        List<LocalDate> caseLetters = activities.newestFirst(id, 1000).stream()
                .filter(a -> a.kind().equals("LETTER")).map(a -> BusinessDates.dayOf(a.at())).toList();
        List<LimitationEvent> events = limitation.eventsOf(List.of(id)).getOrDefault(id, List.of());
        List<ClaimView> views = facts.claims(row, today);
        Map<ClaimId, List<NoticeView>> noticesOf = notices.forClaims(row.creditorId(),
                views.stream().map(ClaimView::id).toList());
        List<ClaimEligibility> claims = new ArrayList<>();
        for (ClaimView claim : views) {
            List<Criterion> criteria = new ArrayList<>();
            criteria.add(bureau == null ? new Criterion("BUREAU", false, "the creditor reports to no credit bureau")
                    : new Criterion("BUREAU", true, "the creditor reports to " + bureau));
            criteria.add(open(claim, events, today));
            criteria.add(disputed.map(d -> new Criterion("UNDISPUTED", false, "disputed on "
                    + BusinessDates.dayOf(d.openedAt()) + " (" + d.reason()
                    + "): a dispute revokes eligibility")).orElse(new Criterion("UNDISPUTED", true,
                    "the debtor has not disputed the claim")));
            List<LocalDate> written = new ArrayList<>(caseLetters);
            for (NoticeView n : noticesOf.getOrDefault(claim.id(), List.of())) {
                if (n.channel().includesLetter()) {
                    written.add(n.issuedOn());
                }
            }
            List<LocalDate> after = written.stream().filter(d -> d.isAfter(claim.dueDate())).sorted().toList();
            criteria.add(new Criterion("TWO_NOTICES", after.size() >= 2, after.size() + " written notice(s) on paper "
                    + "after the due date " + claim.dueDate() + (after.isEmpty() ? "" : ": " + after)
                    + "; two are needed"));
            LocalDate first = after.isEmpty() ? null : after.get(0);
            criteria.add(first == null ? new Criterion("FIRST_NOTICE_AGE", false, "no written notice yet")
                    : new Criterion("FIRST_NOTICE_AGE", !first.isAfter(today.minusDays(FIRST_NOTICE_DAYS)),
                    "the first notice went out on " + first + "; at least four weeks must have passed, from "
                            + first.plusDays(FIRST_NOTICE_DAYS)));
            criteria.add(told.map(t -> new Criterion("TOLD", !t.isAfter(today.minusDays(TOLD_DAYS))
                    && (first == null || !t.isBefore(first)), "the debtor was told of a possible report in the "
                    + "letter of " + t + "; in time from " + t.plusDays(TOLD_DAYS)))
                    .orElse(new Criterion("TOLD", false, "no letter has told the debtor of a possible report")));
            boolean eligible = criteria.stream().allMatch(Criterion::met);
            claims.add(new ClaimEligibility(claim.id(), claim.invoiceNumber(), eligible, List.copyOf(criteria)));
        }
        return new Eligibility(id, bureau, claims.stream().anyMatch(ClaimEligibility::eligible), false,
                List.copyOf(claims));
    }

    private Criterion open(ClaimView claim, List<LimitationEvent> events, LocalDate today) {
        if (claim.status().isClosed() || !claim.balance().outstanding().isPositive()) {
            return new Criterion("OPEN", false, "nothing is open on invoice " + claim.invoiceNumber());
        }
        LimitationResult end = CaseLimitations.endOf(law, claim, events);
        if (end.endsOn() != null && end.endsOn().isBefore(today)) {
            return new Criterion("OPEN", false, "time-barred since " + end.endsOn().plusDays(1));
        }
        return new Criterion("OPEN", true, claim.balance().outstanding().toPlainString() + " EUR open");
    }
}
