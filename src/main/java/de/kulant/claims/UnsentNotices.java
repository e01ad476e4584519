package de.kulant.claims;

import de.kulant.claims.internal.Bucket;
import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.DueClaimStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.law.DefaultFacts;
import de.kulant.law.DefaultRule;
import de.kulant.law.DefaultStart;
import de.kulant.law.PlaceOfPerformance;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows when a notice's letter is not sent for a claim because the claim no longer stood at sending time:
 * the letter's fee was never a cost and is waived, and a start of default that rested on a notice the debtor never
 * received is decided again by the other rules of §286 BGB.
 */
@Service
public class UnsentNotices {

    private final ClaimStore claims;
    private final Ledger ledger;
    private final DueClaimStore dueClaims;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final Clock clock;

    UnsentNotices(ClaimStore claims, Ledger ledger, DueClaimStore dueClaims, AuditTrail audit, CurrentLaw law,
                  Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.dueClaims = dueClaims;
        this.audit = audit;
        this.law = law;
        this.clock = clock;
    }

    /**
     * @param fee the dunning fee the notice charged for its letter
     * @param reachedNobody the notice went out on no channel (no e-mail either)
     */
    @Transactional
    public void letterNotSent(CreditorId creditor, ClaimId id, NoticeId notice, LocalDate noticeDate, Money fee,
                              boolean reachedNobody, String reason, Actor actor) {
        var row = claims.row(creditor, id).orElse(null);
        if (row == null || row.facts().status().isClosed()) {
            return;
        }
        Claim claim = claims.loadForUpdate(creditor, id).orElseThrow();
        Map<String, Object> after = new HashMap<>();
        LocalDate today = BusinessDates.today(clock);
        Money waivable = fee.min(claim.facts().open().fees());
        if (waivable.isPositive()) {
            claim.waive(Bucket.FEES, waivable, today, today, "letter of " + noticeDate + " not sent: " + reason,
                    PostingSource.notice(notice));
            after.put("feeWaived", waivable.toPlainString());
            ledger.write(claim, clock.instant(), actor.label());
        }
        var f = claim.facts();
        boolean fromThisNotice = f.defaultRule() == DefaultRule.DUNNING_NOTICE && f.defaultSince() != null
                && f.defaultSince().isAfter(noticeDate)
                && (f.interestPostedThrough() == null || f.interestPostedThrough().isBefore(f.defaultSince()));
        if (reachedNobody && fromThisNotice) {
            DefaultStart start = law.startOfDefault().determine(DefaultFacts.of(f.debtorKind(), f.invoiceDate(), f.dueDate(),
                            PlaceOfPerformance.ofAddress(row.debtor().address().country(), row.debtor().address().postalCode()))
                    .withCalendarDueDateAgreed(row.calendarDueDateAgreed())
                    .withConsumerNoticeGiven(row.consumerNoticeGiven())).orElse(null);
            dueClaims.changeDefault(creditor, id, start == null ? null : start.since(),
                    start == null ? null : start.rule().name());
            after.put("defaultSince", start == null ? "none" : start.since().toString());
        }
        if (!after.isEmpty()) {
            after.put("reason", reason);
            audit.record(new AuditEntry(creditor, "claim", id.toString(), "notice.notSent", actor,
                    Map.of("defaultSince", String.valueOf(row.facts().defaultSince())), after));
        }
    }
}
