package de.kulant.payments.internal;

import de.kulant.claims.DebtorId;
import de.kulant.claims.MatchCandidate;
import de.kulant.claims.MatchKeys;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one payment offers to match on, and whether a claim's debtor is the one who paid it. */
final class PaymentFacts {

    final PaymentToMatch payment;
    final RemittanceText text;
    final List<String> nameKeys = new ArrayList<>();
    final List<Set<String>> nameTokens = new ArrayList<>();
    final Map<String, Integer> debtorsPerName;
    /** The words of each name key seen in this batch of payments, split once. */
    final Map<String, Set<String>> tokenSets;
    Collection<DebtorId> known = List.of();
    /** Open claims by debtor name key, as far as they were looked up. */
    Map<String, List<MatchCandidate>> byName = Map.of();

    PaymentFacts(PaymentToMatch payment, Map<String, Integer> debtorsPerName, Map<String, Set<String>> tokenSets) {
        this.payment = payment;
        this.debtorsPerName = debtorsPerName;
        this.tokenSets = tokenSets;
        this.text = RemittanceText.of(payment.creditorReference(), payment.endToEndId(), payment.remittance());
        addName(payment.payerName());
        if (!text.hasDigits) {
            // a remittance without any number is often just who the money is for
            addName(payment.remittance());
        }
    }

    private void addName(String name) {
        String key = MatchKeys.nameKey(name);
        if (key != null && !nameKeys.contains(key)) {
            nameKeys.add(key);
            nameTokens.add(tokensOf(key));
        }
    }

    Set<String> tokensOf(String nameKey) {
        return tokenSets.computeIfAbsent(nameKey, k -> Set.copyOf(Arrays.asList(k.split(" "))));
    }

    /**
     * The payer is the claim's debtor: an IBAN that paid for the debtor before, or the same name, which counts
     * alone only if no other debtor has it; a common name needs the amount as well.
     */
    boolean confirms(MatchCandidate c) {
        if (known.contains(c.debtor())) {
            return true;
        }
        return sameName(c.nameKey()) && (debtorsPerName.getOrDefault(c.nameKey(), 2) <= 1
                || fits(c, payment.amount()) || !typoRival(c));
    }

    /** Another open claim of someone with the payer's name, one typo from this number, that fits the amount. */
    boolean typoRival(MatchCandidate c) {
        String digits = MatchKeys.invoiceDigits(c.invoiceNumber());
        if (digits == null) {
            return true;
        }
        for (String key : nameKeys) {
            for (MatchCandidate other : byName.getOrDefault(key, List.of())) {
                String otherDigits = MatchKeys.invoiceDigits(other.invoiceNumber());
                if (!other.id().equals(c.id()) && otherDigits != null && fits(other, payment.amount())
                        && Typos.oneApart(digits, otherDigits)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The payer's and the debtor's names share every word of the shorter one, and it has at least two. */
    boolean sameName(String debtorKey) {
        if (debtorKey == null) {
            return false;
        }
        Set<String> debtor = tokensOf(debtorKey);
        for (Set<String> payer : nameTokens) {
            Set<String> shorter = payer.size() <= debtor.size() ? payer : debtor;
            Set<String> longer = shorter == payer ? debtor : payer;
            if (shorter.size() >= 2 && longer.containsAll(shorter)) {
                return true;
            }
        }
        return false;
    }

    static boolean fits(MatchCandidate c, Money amount) {
        return c.outstanding().equals(amount) || (c.open() && c.amount().equals(amount));
    }
}
