package de.kulant.payments.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Import step "deduplicate", one per import: an entry stored by an earlier import (same content, or the same bank
 * reference) is left out, so a statement imported twice books nothing twice. Entries not yet booked wait.
 */
final class Deduplication {

    /** A new entry with the key it is stored under. */
    record Keyed(BankEntry entry, String contentKey) {
    }

    /** The new entries of a chunk, and how many were left out. */
    record Fresh(List<Keyed> entries, int duplicates, int pending) {
    }

    private final EntryStore store;
    /** Identical entries of one account in one import are told apart by their count. */
    private final Map<String, Integer> occurrences = new HashMap<>();

    Deduplication(EntryStore store) {
        this.store = store;
    }

    /** @param latestBooking the latest booking date the account had before this import (null: none) */
    Fresh fresh(String iban, LocalDate latestBooking, List<BankEntry> chunk) {
        List<BankEntry> booked = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (BankEntry entry : chunk) {
            if (entry.booked()) {
                booked.add(entry);
                keys.add(contentKey(entry));
            }
        }
        // entries all booked after the account's latest stored one cannot have been stored before
        boolean onlyLater = latestBooking == null
                || booked.stream().allMatch(e -> e.bookingDate().isAfter(latestBooking));
        Set<String> known = store.known(iban, onlyLater ? List.of() : keys,
                booked.stream().map(BankEntry::entryReference).filter(r -> r != null).distinct().toList());
        List<Keyed> fresh = new ArrayList<>();
        for (int i = 0; i < booked.size(); i++) {
            BankEntry e = booked.get(i);
            if (!known.contains(keys.get(i))
                    && (e.entryReference() == null || !known.contains("ref:" + e.entryReference()))) {
                fresh.add(new Keyed(e, keys.get(i)));
            }
        }
        return new Fresh(fresh, booked.size() - fresh.size(), chunk.size() - booked.size());
    }

    private String contentKey(BankEntry e) {
        BankTransaction first = e.transactions().get(0);
        String id = BankIds.firstOf(first.endToEndId(), first.transactionId(), first.bankReference(), first.mandateId());
        if (id == null) {
            id = BankIds.shortHash(first.remittance() + "|" + first.counterpartyName() + "|" + first.counterpartyIban());
        }
        String base = (e.credit() ? "C" : "D") + (e.reversal() ? "R" : "") + "|" + e.amount().toPlainString() + "|"
                + e.bookingDate() + "|" + id;
        if (base.length() > 180) {
            base = base.substring(0, 150) + BankIds.shortHash(base);
        }
        int n = occurrences.merge(e.accountIban() + "|" + base, 1, Integer::sum);
        return base + "#" + n;
    }
}
