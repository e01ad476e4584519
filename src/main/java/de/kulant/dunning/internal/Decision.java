package de.kulant.dunning.internal;

import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.SkipReason;
import de.kulant.law.DefaultStart;
import de.kulant.law.FeeDecision;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** What the run does with one claim. */
public sealed interface Decision {

    /** Issue the notice of {@code level}; {@code defaultStart} is set when this notice brings default (forward). */
    record Escalate(PolicyLevel level, LocalDate payBy, FeeDecision fee, Money flatFee, DefaultStart defaultStart,
                    LocalDate nextOn) implements Decision {

        /** The same escalation with another fee decision, when another claim of the letter carries its fee. */
        Escalate withFee(FeeDecision other) {
            return new Escalate(level, payBy, other, flatFee, defaultStart, nextOn);
        }
    }

    /** The chain is through: hand the claim over to collection. */
    record HandOver() implements Decision {
    }

    /** Nothing to do today; look again on {@code nextOn} (null: not again). */
    record Wait(SkipReason reason, LocalDate nextOn) implements Decision {
    }

    /** Leave the claim alone, its schedule unchanged. */
    record Skip(SkipReason reason) implements Decision {
    }
}
