package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStanding;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.HoldKind;
import de.kulant.claims.UnsentNotices;
import de.kulant.correspondence.Documents;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.platform.Actor;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * At the moment of sending, whether each notice of a letter still stands: its claim still open, no hold in force (do
 * not contact, deceased, insolvency above all), nothing paid or credited since its latest notice. A notice
 * that no longer stands is left out of the letter, and what followed from it is put right once: its letter fee is
 * waived, and a start of default that rested on it alone is decided again when it reached the debtor on no channel.
 */
@Component
class StandingNotices {

    private static final Actor DISPATCHER = new Actor(Actor.Kind.SYSTEM, "dispatcher");

    private final ClaimQueries claims;
    private final Notices notices;
    private final UnsentNotices unsent;
    private final Documents documents;
    private final Clock clock;

    StandingNotices(ClaimQueries claims, Notices notices, UnsentNotices unsent, Documents documents, Clock clock) {
        this.claims = claims;
        this.notices = notices;
        this.unsent = unsent;
        this.documents = documents;
        this.clock = clock;
    }

    /** The notices that still stand, and those left out with why ("R-1: PAID"), in the order of the letter. */
    record Check(List<NoticeView> standing, Map<NoticeView, String> dropped) {

        /** "R-1: PAID; R-2: ON_HOLD DECEASED", for the delivery log. */
        String reasons() {
            return String.join("; ", dropped.values());
        }
    }

    /** The check of each letter of a batch, by combined id: the claims of all of them are read together. */
    Map<LetterId, Check> checkAll(Map<LetterId, List<NoticeView>> letters) {
        Map<ClaimId, CreditorId> owners = new HashMap<>();
        letters.values().forEach(group -> group.forEach(n -> owners.put(n.claimId(), n.creditorId())));
        Map<ClaimId, ClaimStanding> now = claims.standing(owners, BusinessDates.today(clock));
        Map<LetterId, Check> checks = new LinkedHashMap<>();
        letters.forEach((combinedId, group) -> checks.put(combinedId, check(group, now)));
        return checks;
    }

    private static Check check(List<NoticeView> group, Map<ClaimId, ClaimStanding> now) {
        List<NoticeView> standing = new ArrayList<>();
        Map<NoticeView, String> dropped = new LinkedHashMap<>();
        for (NoticeView notice : group) {
            ClaimStanding claim = now.get(notice.claimId());
            String reason = reasonAgainst(notice, claim);
            if (reason == null) {
                standing.add(notice);
            } else {
                dropped.put(notice, (claim == null ? notice.paymentReference() : claim.invoiceNumber()) + ": " + reason);
            }
        }
        return new Check(standing, dropped);
    }

    /** Why the notice no longer stands, or null when it does. */
    static String reasonAgainst(NoticeView notice, ClaimStanding claim) {
        if (claim == null) {
            return "GONE";
        }
        if (claim.status() != ClaimStatus.OPEN && claim.status() != ClaimStatus.DUNNING) {
            return claim.status().name();
        }
        if (!claim.holds().isEmpty()) {
            return "ON_HOLD " + claim.holds().stream().map(HoldKind::name).collect(Collectors.joining(", "));
        }
        if (claim.paidSinceNotice().isPositive()) {
            return "PAID_IN_PART";
        }
        if (claim.principalOpen().isLessThan(notice.principal())) {
            return "CREDITED_IN_PART";
        }
        return null;
    }

    /** Puts right, once per notice, what followed from notices left out of a letter. */
    void settle(CreditorId creditor, LetterId combinedId, Map<NoticeView, String> dropped) {
        dropped.forEach((notice, reason) -> {
            if (!notices.markDropped(notice.id())) {
                return;
            }
            boolean letterSent = documents.sentAbout(combinedId, notice.claimId(), "LETTER");
            boolean anySent = letterSent || documents.sentAbout(combinedId, notice.claimId(), "EMAIL");
            unsent.letterNotSent(creditor, notice.claimId(), notice.id(), notice.issuedOn(),
                    letterSent ? Money.zeroEur() : notice.feeCharged(), !anySent, reason, DISPATCHER);
        });
    }
}
