package de.kulant.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

    private static final Money ZERO = Money.zeroEur();
    private static final LocalDate PAID_ON = LocalDate.of(2026, 5, 1);

    @Test
    void allocatesCostsThenInterestThenPrincipal() {
        // LR 5: 300.00 against costs 95.04, interest 11.95, principal 1,000.00. The reference prints 192.01
        // for the principal, but 300.00 - 95.04 - 11.95 = 193.01 (its own lines add up to 299.00).
        ClaimAllocation result = PaymentAllocation.withinClaim(Money.eur("300.00"),
                new OpenItems(Money.eur("95.04"), ZERO, Money.eur("11.95"), Money.eur("1000.00")));

        assertThat(result.allocation()).isEqualTo(new Allocation(Money.eur("95.04"), ZERO, Money.eur("11.95"), Money.eur("193.01")));
        assertThat(result.remainder()).isEqualTo(ZERO);
    }

    @Test
    void dunningFeesComeAfterCollectionCostsAndBeforeInterest() {
        ClaimAllocation result = PaymentAllocation.withinClaim(Money.eur("12.00"),
                new OpenItems(Money.eur("10.00"), Money.eur("2.50"), Money.eur("5.00"), Money.eur("100.00")));

        assertThat(result.allocation()).isEqualTo(new Allocation(Money.eur("10.00"), Money.eur("2.00"), ZERO, ZERO));
    }

    @Test
    void reportsAnOverpaymentInsteadOfSwallowingIt() {
        ClaimAllocation result = PaymentAllocation.withinClaim(Money.eur("50.00"), OpenItems.principalOnly(Money.eur("30.00")));

        assertThat(result.allocation().principal()).isEqualTo(Money.eur("30.00"));
        assertThat(result.remainder()).isEqualTo(Money.eur("20.00"));
    }

    @Test
    void paysTheClaimTheDebtorNamedFirst() {
        List<OpenClaim> claims = List.of(
                claim("R-1", "2026-01-10", "2026-01-24", "100.00", "6.27"),
                claim("R-2", "2026-03-01", "2026-03-15", "80.00", "6.27"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("90.00"), PAID_ON, claims, List.of("R-2"));

        assertThat(result.byClaim().keySet()).containsExactly("R-2", "R-1");
        assertThat(result.byClaim().get("R-2").principal()).isEqualTo(Money.eur("80.00"));
        assertThat(result.byClaim().get("R-1").principal()).isEqualTo(Money.eur("10.00"));
    }

    @Test
    void paysDueClaimsBeforeClaimsNotYetDue() {
        List<OpenClaim> claims = List.of(
                claim("NOT-DUE", "2026-01-01", "2026-06-01", "50.00", "0"),
                claim("DUE", "2026-04-01", "2026-04-15", "50.00", "0"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("50.00"), PAID_ON, claims, List.of());

        assertThat(result.byClaim()).containsOnlyKeys("DUE");
    }

    @Test
    void paysTheMoreBurdensomeClaimBeforeTheOlderOne() {
        List<OpenClaim> claims = List.of(
                claim("OLD-CONSUMER-RATE", "2026-01-01", "2026-01-15", "50.00", "6.27"),
                claim("BUSINESS-RATE", "2026-02-01", "2026-02-15", "50.00", "10.27"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("50.00"), PAID_ON, claims, List.of());

        assertThat(result.byClaim()).containsOnlyKeys("BUSINESS-RATE");
    }

    @Test
    void paysTheOlderClaimFirstWhenEquallyBurdensome() {
        List<OpenClaim> claims = List.of(
                claim("NEWER", "2026-02-01", "2026-02-15", "50.00", "6.27"),
                claim("OLDER", "2026-01-01", "2026-01-15", "50.00", "6.27"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("60.00"), PAID_ON, claims, List.of());

        assertThat(result.byClaim().keySet()).containsExactly("OLDER", "NEWER");
        assertThat(result.byClaim().get("NEWER").principal()).isEqualTo(Money.eur("10.00"));
    }

    @Test
    void sharesProRataAmongClaimsEqualInEveryRespectWithoutLosingACent() {
        List<OpenClaim> claims = List.of(
                claim("A", "2026-01-01", "2026-01-15", "50.00", "6.27"),
                claim("B", "2026-01-01", "2026-01-15", "50.00", "6.27"),
                claim("C", "2026-01-01", "2026-01-15", "50.00", "6.27"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("100.00"), PAID_ON, claims, List.of());

        assertThat(result.byClaim().values()).extracting(Allocation::principal)
                .containsExactlyInAnyOrder(Money.eur("33.34"), Money.eur("33.33"), Money.eur("33.33"));
        assertThat(result.remainder()).isEqualTo(ZERO);
    }

    @Test
    void reportsWhatIsLeftWhenAllClaimsArePaid() {
        List<OpenClaim> claims = List.of(claim("A", "2026-01-01", "2026-01-15", "50.00", "0"));

        DebtorAllocation result = PaymentAllocation.acrossClaims(Money.eur("75.00"), PAID_ON, claims, List.of("UNKNOWN"));

        assertThat(result.remainder()).isEqualTo(Money.eur("25.00"));
    }

    @Test
    void refusesAPaymentOfZero() {
        assertThatThrownBy(() -> PaymentAllocation.withinClaim(ZERO, OpenItems.principalOnly(Money.eur("1.00"))))
                .isInstanceOf(LawInputException.class).extracting("field").isEqualTo("amount");
    }

    private static OpenClaim claim(String reference, String arisen, String due, String principal, String burden) {
        return new OpenClaim(reference, LocalDate.parse(arisen), LocalDate.parse(due),
                OpenItems.principalOnly(Money.eur(principal)), false, new BigDecimal(burden));
    }
}
