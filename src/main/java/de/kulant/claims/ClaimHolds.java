package de.kulant.claims;

import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.HoldStore;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Holds (Mahnsperren): a claim on hold is not escalated until the hold is lifted or its end date passes. */
@Service
public class ClaimHolds {

    private final ClaimStore claims;
    private final HoldStore holds;
    private final AuditTrail audit;
    private final Clock clock;

    ClaimHolds(ClaimStore claims, HoldStore holds, AuditTrail audit, Clock clock) {
        this.claims = claims;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public HoldView place(CreditorId creditor, ClaimId claim, String kindText, String reason, String untilText,
                          Actor actor) {
        InputCheck check = new InputCheck();
        HoldKind kind = HoldKind.MANUAL;
        if (kindText != null && !kindText.isBlank()) {
            try {
                kind = HoldKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.violation("kind", "unknown hold kind '" + kindText.strip()
                        + "' (MANUAL, DISPUTE, INSOLVENCY, DECEASED, DO_NOT_CONTACT)");
            }
        }
        String why = check.required("reason", reason, 500);
        LocalDate until = check.date("until", untilText, false);
        LocalDate today = BusinessDates.today(clock);
        if (until != null && until.isBefore(today)) {
            check.violation("until", "must not be in the past");
        }
        check.throwIfInvalid();
        var claimFacts = claims.loadForUpdate(creditor, claim).orElseThrow(() -> new NotFoundException("claim")).facts();
        if (claimFacts.status().isClosed()) {
            throw ConflictException.coded("holdOnClosedClaim", "The claim is " + claimFacts.status() + "; a hold makes no sense any more.");
        }
        HoldView hold = new HoldView(Ids.next(), kind, why, until, clock.instant(), actor.label(), null, null);
        holds.insert(creditor, claim, hold);
        audit.record(new AuditEntry(creditor, "claim", claim.toString(), "hold.placed", actor, null,
                Map.of("holdId", hold.id().toString(), "kind", kind.name(), "reason", why,
                        "until", until == null ? "" : until.toString())));
        return hold;
    }

    @Transactional
    public void lift(CreditorId creditor, ClaimId claim, UUID holdId, Actor actor) {
        HoldView hold = holds.find(creditor, claim, holdId).orElseThrow(() -> new NotFoundException("hold"));
        if (hold.liftedAt() != null) {
            throw ConflictException.coded("holdLifted", "The hold was lifted already on " + hold.liftedAt() + ".");
        }
        holds.lift(creditor, holdId, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "claim", claim.toString(), "hold.lifted", actor,
                Map.of("holdId", holdId.toString(), "kind", hold.kind().name(), "reason", hold.reason()), null));
    }
}
