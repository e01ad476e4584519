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
        NO_FEE_CONFIGURED("Für diese Stufe ist keine Gebühr vorgesehen.", "No fee is configured for this level."),
        /** An e-mail costs the creditor no paper, print or postage. */
        SENT_BY_EMAIL_ONLY("Die Mahnung geht nur per E-Mail hinaus; dafür entstehen keine Sachkosten (Papier, Druck, Porto).",
                "The notice goes out by e-mail only, which costs no paper, print or postage."),
        /** Another claim of the same letter carries the letter's one fee. */
        ONE_FEE_PER_LETTER("Der Brief nennt mehrere Forderungen; seine Gebühr steht nur einmal bei der ältesten.",
                "The letter lists several claims; its one fee is charged once, on the oldest."),
        /** Against a business the 40 EUR flat fee of §288 Abs. 5 BGB already covers the dunning costs. */
        COVERED_BY_FLAT_FEE("Die Verzugspauschale von 40 EUR (§288 Abs. 5 BGB) deckt die Mahnkosten bereits ab.",
                "The 40 EUR flat fee of §288 Abs. 5 BGB already covers the dunning costs.");

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
