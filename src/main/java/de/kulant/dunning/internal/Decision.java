package de.kulant.dunning.internal;

import de.kulant.dunning.PolicyLevel;
import de.kulant.dunning.SkipReason;
import de.kulant.law.DefaultStart;
import de.kulant.law.FeeDecision;
import de.kulant.platform.money.Money;
import java.time.LocalDate;

/** What the run does with one claim. */
public sealed interface Decision {

    /** Issue the notice of {@code level}; {@code defaultStart} is set when default begins with this notice. */
    record Escalate(PolicyLevel level, LocalDate payBy, FeeDecision fee, Money flatFee, DefaultStart defaultStart,
                    LocalDate nextOn) implements Decision {
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
