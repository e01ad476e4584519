package de.kulant.payments.internal;

import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The lookups matching needs, each for many payments at once; scoped to one creditor or to all. */
interface CandidateSource {

    List<MatchCandidate> byReferenceNumbers(Collection<Long> numbers);

    List<MatchCandidate> byInvoiceKeys(Collection<String> keys);

    List<MatchCandidate> byInvoiceDigits(Collection<String> digits);

    List<MatchCandidate> openByNameKeys(Collection<String> nameKeys);

    /** How many debtors have each of these name keys. */
    Map<String, Integer> debtorsPerName(Collection<String> nameKeys);

    /** Debtors who paid from these IBANs before, by IBAN. */
    Map<String, Collection<DebtorId>> debtorsByIban(Collection<String> ibans);

    List<MatchCandidate> openOfDebtors(Collection<DebtorId> debtors);
}
