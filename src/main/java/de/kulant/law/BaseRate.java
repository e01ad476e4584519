package de.kulant.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A base rate (§247 BGB) in percent, valid from a 1 January or 1 July until the next entry. */
public record BaseRate(LocalDate validFrom, BigDecimal percent) {

    public BaseRate {
        if (validFrom == null || percent == null) {
            throw new LawInputException("validFrom", "base rate needs a date and a rate");
        }
        if (validFrom.getDayOfMonth() != 1 || (validFrom.getMonthValue() != 1 && validFrom.getMonthValue() != 7)) {
            throw new LawInputException("validFrom", "base rates change only on 1 January and 1 July, not " + validFrom);
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new LawInputException("rate", "a base rate has at most two decimals");
        }
        if (percent.abs().compareTo(BigDecimal.valueOf(20)) > 0) {
            throw new LawInputException("rate", "a base rate of " + percent.toPlainString() + " % is not plausible");
        }
    }
}
