package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LawPropertiesTest {

    private static final LocalDate START = LocalDate.of(2002, 1, 1);
    private final DefaultInterest interest = new DefaultInterest(BaseRateTable.published());
    private final CollectionCosts costs = CollectionCosts.published();
    private final Deadlines deadlines = Deadlines.germany();

    @Property
    void interestOverASpanIsTheSumOfItsTwoParts(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long cents,
                                                @ForAll @IntRange(min = 0, max = 9000) int startOffset,
                                                @ForAll @IntRange(min = 0, max = 800) int firstLength,
                                                @ForAll @IntRange(min = 1, max = 800) int secondLength,
                                                @ForAll DebtorKind kind) {
        LocalDate a = START.plusDays(startOffset);
        LocalDate b = a.plusDays(firstLength);
        LocalDate c = b.plusDays(secondLength);
        Money principal = Money.eurCents(cents);

        InterestResult whole = interest.calculate(principal, kind, a, c);
        InterestResult first = interest.calculate(principal, kind, a, b);
        InterestResult second = interest.calculate(principal, kind, b.plusDays(1), c);

        assertThat(exact(whole)).isEqualTo(exact(first) + exact(second));
        assertThat(whole.amount().minus(first.amount().plus(second.amount())).amount().abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Property
    void interestGrowsWithTimeAndPrincipal(@ForAll @LongRange(min = 1, max = 100_000_000L) long cents,
                                           @ForAll @IntRange(min = 0, max = 9000) int startOffset,
                                           @ForAll @IntRange(min = 0, max = 1000) int length,
                                           @ForAll @IntRange(min = 1, max = 100) int more) {
        LocalDate from = START.plusDays(startOffset);
        LocalDate to = from.plusDays(length);
        Money amount = interest.calculate(Money.eurCents(cents), DebtorKind.CONSUMER, from, to).amount();

        assertThat(interest.calculate(Money.eurCents(cents), DebtorKind.CONSUMER, from, to.plusDays(more)).amount())
                .isGreaterThanOrEqualTo(amount);
        assertThat(interest.calculate(Money.eurCents(cents + more), DebtorKind.CONSUMER, from, to).amount())
                .isGreaterThanOrEqualTo(amount);
        assertThat(interest.calculate(Money.eurCents(cents), DebtorKind.BUSINESS, from, to).amount())
                .isGreaterThanOrEqualTo(amount);
    }

    @Property
    void allocationWithinAClaimConservesMoneyAndNeverGoesNegative(@ForAll("cents") long payment,
                                                                   @ForAll("cents") long costsOpen,
                                                                   @ForAll("cents") long feesOpen,
                                                                   @ForAll("cents") long interestOpen,
                                                                   @ForAll("cents") long principalOpen) {
        OpenItems open = new OpenItems(Money.eurCents(costsOpen), Money.eurCents(feesOpen),
                Money.eurCents(interestOpen), Money.eurCents(principalOpen));
        if (payment == 0) {
            return;
        }
        ClaimAllocation result = PaymentAllocation.withinClaim(Money.eurCents(payment), open);

        assertThat(result.allocation().total().plus(result.remainder())).isEqualTo(Money.eurCents(payment));
        assertThat(result.remainder().isNegative()).isFalse();
        OpenItems after = open.minus(result.allocation()); // throws if any bucket went negative
        assertThat(after.total()).isEqualTo(open.total().minus(result.allocation().total()));
    }

    @Property
    void allocationAcrossClaimsConservesMoney(@ForAll("cents") long payment,
                                              @ForAll("openClaims") List<OpenClaim> claims) {
        if (payment == 0) {
            return;
        }
        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eurCents(payment), LocalDate.of(2026, 6, 1),
                claims, List.of());

        Money allocated = result.byClaim().values().stream().map(Allocation::total).reduce(Money.zeroEur(), Money::plus);
        assertThat(allocated.plus(result.remainder())).isEqualTo(Money.eurCents(payment));
        assertThat(result.remainder().isNegative()).isFalse();
        for (OpenClaim claim : claims) {
            Allocation allocation = result.byClaim().get(claim.reference());
            if (allocation != null) {
                claim.open().minus(allocation);
            }
        }
    }

    @Property
    void collectionCostsNeverExceedTheRegularCap(@ForAll @LongRange(min = 1, max = 999_999_999L) long valueCents,
                                                 @ForAll boolean prompt, @ForAll boolean newTable) {
        LocalDate mandate = newTable ? LocalDate.of(2025, 6, 1) : LocalDate.of(2025, 5, 31);
        CollectionCostResult result = costs.maximum(CollectionCostQuery.of(Money.eurCents(valueCents), mandate, prompt));

        Money capFee = result.oneFee().times(new BigDecimal("0.9"), java.math.RoundingMode.HALF_UP).max(Money.eur("15.00"));
        assertThat(result.fee()).isLessThanOrEqualTo(capFee);
        assertThat(result.flatRate()).isLessThanOrEqualTo(Money.eur("20.00"));
        assertThat(result.total()).isEqualTo(result.fee().plus(result.flatRate()));
        CollectionCostResult higher = costs.maximum(CollectionCostQuery.of(Money.eurCents(valueCents + 1), mandate, prompt));
        assertThat(higher.total()).isGreaterThanOrEqualTo(result.total());
    }

    @Property
    void deadlineShiftsAlwaysLandOnAWorkingDay(@ForAll @IntRange(min = 0, max = 12000) int offset,
                                               @ForAll FederalState state) {
        LocalDate date = START.plusDays(offset);
        PlaceOfPerformance place = PlaceOfPerformance.of(state);

        LocalDate shifted = deadlines.nextWorkingDay(date, place);

        assertThat(shifted).isAfterOrEqualTo(date);
        assertThat(deadlines.isWorkingDay(shifted, place)).isTrue();
        for (LocalDate day = date; day.isBefore(shifted); day = day.plusDays(1)) {
            assertThat(deadlines.isWorkingDay(day, place)).isFalse();
        }
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    @Provide
    Arbitrary<List<OpenClaim>> openClaims() {
        Arbitrary<OpenClaim> claim = Arbitraries.longs().between(1, 500_000).list().ofSize(4)
                .flatMap(parts -> Arbitraries.integers().between(0, 200).flatMap(due ->
                        Arbitraries.of(new BigDecimal("0"), new BigDecimal("6.27"), new BigDecimal("10.27")).map(burden ->
                                new OpenClaim("C" + System.identityHashCode(parts) + "-" + due,
                                        LocalDate.of(2026, 1, 1).plusDays(due / 2), LocalDate.of(2026, 1, 1).plusDays(due),
                                        new OpenItems(Money.eurCents(parts.get(0) % 5000), Money.eurCents(parts.get(1) % 300),
                                                Money.eurCents(parts.get(2) % 10000), Money.eurCents(parts.get(3))),
                                        false, burden))));
        return claim.list().ofMinSize(1).ofMaxSize(6).uniqueElements(OpenClaim::reference);
    }

    private static long exact(InterestResult result) {
        long sum = 0;
        List<InterestPeriod> periods = new ArrayList<>(result.periods());
        for (InterestPeriod period : periods) {
            sum += period.numerator();
        }
        return sum;
    }
}
