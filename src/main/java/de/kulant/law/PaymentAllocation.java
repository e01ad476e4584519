package de.kulant.law;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocating payments (§§366, 367 BGB). Within a claim: costs, then interest, then principal (§367;
 * dunning fees are costs in its sense and follow the collection costs). Across claims: those the debtor
 * named first, then the statutory order of §366 Abs. 2: due before not due, less secured, more
 * burdensome, older, and pro rata among claims equal in all of that. Never more than was paid.
 */
public final class PaymentAllocation {

    private PaymentAllocation() {
    }

    public static ClaimAllocation withinClaim(Money payment, OpenItems open) {
        requirePositive(payment);
        Money left = payment;
        Money costs = left.min(open.costs());
        left = left.minus(costs);
        Money fees = left.min(open.fees());
        left = left.minus(fees);
        Money interest = left.min(open.interest());
        left = left.minus(interest);
        Money principal = left.min(open.principal());
        left = left.minus(principal);
        return new ClaimAllocation(new Allocation(costs, fees, interest, principal), left);
    }

    /**
     * @param named references of claims the debtor named for this payment, in the order named
     */
    public static DebtorAllocation acrossClaims(Money payment, LocalDate paidOn, List<OpenClaim> claims,
                                                List<String> named) {
        requirePositive(payment);
        Map<String, Allocation> result = new LinkedHashMap<>();
        Money left = payment;
        List<OpenClaim> rest = new ArrayList<>(claims);
        for (String reference : named) {
            OpenClaim claim = rest.stream().filter(c -> c.reference().equals(reference)).findFirst().orElse(null);
            if (claim == null || left.isZero()) {
                continue;
            }
            ClaimAllocation allocation = withinClaim(left, claim.open());
            result.put(reference, allocation.allocation());
            left = allocation.remainder();
            rest.remove(claim);
        }
        rest.removeIf(claim -> claim.open().total().isZero());
        rest.sort(statutoryOrder(paidOn));
        int i = 0;
        while (i < rest.size() && left.isPositive()) {
            int j = i + 1;
            while (j < rest.size() && statutoryOrder(paidOn).compare(rest.get(i), rest.get(j)) == 0) {
                j++;
            }
            List<OpenClaim> group = rest.subList(i, j);
            left = allocateGroup(left, group, result);
            i = j;
        }
        return new DebtorAllocation(result, left);
    }

    /** Claims equal in every statutory criterion share pro rata (§366 Abs. 2 last alternative). */
    private static Money allocateGroup(Money available, List<OpenClaim> group, Map<String, Allocation> result) {
        Money groupTotal = group.stream().map(c -> c.open().total()).reduce(Money::plus).orElseThrow();
        if (!available.isLessThan(groupTotal) || group.size() == 1) {
            Money left = available;
            for (OpenClaim claim : group) {
                ClaimAllocation allocation = withinClaim(left, claim.open());
                result.put(claim.reference(), allocation.allocation());
                left = allocation.remainder();
                if (left.isZero()) {
                    break;
                }
            }
            return left;
        }
        long availableCents = available.cents();
        long totalCents = groupTotal.cents();
        long[] shares = new long[group.size()];
        long[] remainders = new long[group.size()];
        long distributed = 0;
        for (int k = 0; k < group.size(); k++) {
            long open = group.get(k).open().total().cents();
            long product = Math.multiplyExact(open, availableCents);
            shares[k] = product / totalCents;
            remainders[k] = product % totalCents;
            distributed += shares[k];
        }
        // The cents lost to truncation go to the largest remainders, so the shares add up exactly.
        List<Integer> byRemainder = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            byRemainder.add(k);
        }
        byRemainder.sort(Comparator.comparingLong((Integer k) -> remainders[k]).reversed());
        for (int n = 0; n < availableCents - distributed; n++) {
            shares[byRemainder.get(n)]++;
        }
        for (int k = 0; k < group.size(); k++) {
            if (shares[k] > 0) {
                OpenClaim claim = group.get(k);
                result.put(claim.reference(), withinClaim(new Money(BigDecimal.valueOf(shares[k], 2), available.currency()), claim.open()).allocation());
            }
        }
        return available.zero();
    }

    static Comparator<OpenClaim> statutoryOrder(LocalDate paidOn) {
        Comparator<OpenClaim> dueFirst = Comparator.comparing(c -> c.dueDate().isAfter(paidOn));
        return dueFirst
                .thenComparing(OpenClaim::secured)
                .thenComparing(OpenClaim::burdenPercent, Comparator.reverseOrder())
                .thenComparing(OpenClaim::arisenOn);
    }

    private static void requirePositive(Money payment) {
        if (payment == null || !payment.isPositive()) {
            throw new LawInputException("amount", "a payment must be greater than zero");
        }
    }
}
