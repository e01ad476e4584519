package de.kulant.payments.internal;

import de.kulant.payments.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What one import counted so far, and its warnings; kept by the import's thread only. */
final class ImportTally {

    private int entries;
    private int credits;
    private int matched;
    private int unmatched;
    private int duplicates;
    private int returns;
    private int pending;
    private BigDecimal matchedAmount = BigDecimal.ZERO.setScale(2);
    private final List<Reason> warnings = new ArrayList<>();

    void read(BankEntry entry) {
        entries++;
        if (entry.credit()) {
            credits++;
        }
    }

    void deduplicated(Deduplication.Fresh fresh) {
        duplicates += fresh.duplicates();
        pending += fresh.pending();
    }

    void classified(Classification.Classified classified) {
        returns += classified.returns();
    }

    void booked(CreditBooking.Booked booked) {
        matched += booked.matched();
        unmatched += booked.unmatched();
        matchedAmount = matchedAmount.add(booked.matchedAmount());
    }

    void warn(Reason warning) {
        warnings.add(warning);
    }

    /** A warning once, however often its cause comes up. */
    void warnOnce(Reason warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    int entries() {
        return entries;
    }

    int credits() {
        return credits;
    }

    int matched() {
        return matched;
    }

    int unmatched() {
        return unmatched;
    }

    int duplicates() {
        return duplicates;
    }

    int returns() {
        return returns;
    }

    int pending() {
        return pending;
    }

    BigDecimal matchedAmount() {
        return matchedAmount;
    }

    List<Reason> warnings() {
        return warnings;
    }
}
