package de.kulant.collection.internal;

import de.kulant.collection.CaseOpening;
import de.kulant.collection.Handover;
import de.kulant.dunning.ClaimHandedOver;
import de.kulant.dunning.ClaimsHandedOver;
import de.kulant.platform.Actor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens or extends the debtors' cases once the dunning run chunk (or the approval) that handed claims over committed.
 */
@Component
class HandoverListener {

    private final CaseOpening opening;

    HandoverListener(CaseOpening opening) {
        this.opening = opening;
    }

    @ApplicationModuleListener
    void on(ClaimHandedOver handedOver) {
        opening.open(List.of(handover(handedOver)), Actor.system());
    }

    @ApplicationModuleListener
    void on(ClaimsHandedOver chunk) {
        opening.open(chunk.claims().stream().map(HandoverListener::handover).toList(), Actor.system());
    }

    private static Handover handover(ClaimHandedOver event) {
        return new Handover(event.claimId(), event.creditorId(), event.debtorId(), event.on());
    }
}
