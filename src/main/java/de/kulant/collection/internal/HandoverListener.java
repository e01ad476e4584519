package de.kulant.collection.internal;

import de.kulant.collection.CaseOpening;
import de.kulant.collection.Handover;
import de.kulant.dunning.ClaimHandedOver;
import de.kulant.platform.Actor;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Opens or extends the debtor's case once the dunning run (or an approval) that handed a claim over committed. */
@Component
class HandoverListener {

    private final CaseOpening opening;

    HandoverListener(CaseOpening opening) {
        this.opening = opening;
    }

    @ApplicationModuleListener
    void on(ClaimHandedOver handedOver) {
        opening.open(List.of(new Handover(handedOver.claimId(), handedOver.creditorId(), handedOver.debtorId(),
                handedOver.on())), Actor.system());
    }
}
