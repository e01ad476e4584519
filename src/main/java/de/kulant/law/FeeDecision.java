package de.kulant.law;

import de.kulant.platform.money.Money;

/** Whether a dunning notice may carry a fee, and why: the UI shows the reason next to the notice. */
public sealed interface FeeDecision {

    FeeReason reason();

    record FeeAllowed(Money amount, FeeReason reason) implements FeeDecision {
    }

    record FeeRefused(FeeReason reason) implements FeeDecision {
    }

    default Money amountOr(Money zero) {
        return this instanceof FeeAllowed allowed ? allowed.amount() : zero;
    }

    enum FeeReason {
        /** The debtor was in default before the notice: its material costs are damages (§280, §286). */
        DEBTOR_IN_DEFAULT("Der Schuldner war bei Versand bereits im Verzug (§§280, 286 BGB).",
                "The debtor was already in default when the notice was sent (§§280, 286 BGB)."),
        /** As above, but the configured fee exceeded the cap for material costs. */
        CAPPED_AT_MAXIMUM("Auf die Höchstgrenze für Sachkosten gekürzt.",
                "Reduced to the maximum for material costs."),
        /** The notice itself puts the debtor into default; it is not chargeable. */
        NOTICE_CREATES_DEFAULT("Diese Mahnung begründet erst den Verzug und ist daher kostenfrei.",
                "This notice itself puts the debtor into default and so is free of charge."),
        /** No fee configured for this level. */
        NO_FEE_CONFIGURED("Für diese Stufe ist keine Gebühr vorgesehen.", "No fee is configured for this level.");

        private final String german;
        private final String english;

        FeeReason(String german, String english) {
            this.german = german;
            this.english = english;
        }

        public String german() {
            return german;
        }

        public String english() {
            return english;
        }
    }
}
