package de.kulant.claims.internal;

import static de.kulant.claims.internal.ClaimLedgerTest.CREDIT_NOTE;
import static de.kulant.claims.internal.ClaimLedgerTest.INTEREST;
import static de.kulant.claims.internal.ClaimLedgerTest.PAYMENT;
import static de.kulant.claims.internal.ClaimLedgerTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.ClaimStatus;
import de.kulant.law.ClaimAllocation;
import de.kulant.law.DebtorKind;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of payments and credit notes keeps the cached balance equal to the ledger and pays out nothing extra. */
class LedgerPropertiesTest {

    record Step(boolean payment, long cents, int daysLater) {
    }

    @Property(tries = 300)
    void theCachedBalanceAlwaysEqualsTheLedgerSum(@ForAll("principals") long principalCents,
                                                  @ForAll DebtorKind kind,
                                                  @ForAll("defaultOffsets") int defaultOffset,
                                                  @ForAll("steps") List<Step> steps) {
        LocalDate invoice = LocalDate.of(2025, 1, 1);
        Claim claim = ClaimLedgerTest.aClaim(Money.eurCents(principalCents).toPlainString(), kind,
                defaultOffset < 0 ? null : invoice.plusDays(defaultOffset));
        OpenBuckets start = claim.facts().open();
        Money paidIn = Money.zeroEur();
        Money overpaid = Money.zeroEur();
        LocalDate date = invoice;
        for (Step step : steps) {
            date = date.plusDays(step.daysLater());
            Money amount = Money.eurCents(step.cents());
            try {
                if (step.payment()) {
                    ClaimAllocation result = claim.recordPayment(amount, date, null, TODAY, INTEREST, PAYMENT);
                    assertThat(result.allocation().total().plus(result.remainder())).isEqualTo(amount);
                    assertThat(result.allocation().total()).isLessThanOrEqualTo(amount);
                    paidIn = paidIn.plus(amount);
                    overpaid = overpaid.plus(result.remainder());
                } else if (!claim.facts().status().isClosed() && !amount.isGreaterThan(claim.facts().open().principal())) {
                    claim.creditNote(amount, date, "Gutschrift", TODAY, INTEREST, CREDIT_NOTE);
                }
            } catch (InvalidInputException ignored) {
                // a credit note of more than is open, for example: refused, and nothing changed
            }
        }
        OpenBuckets fromLedger = start;
        Money paidByLedger = Money.zeroEur();
        for (Posting posting : claim.newPostings()) {
            fromLedger = fromLedger.plus(posting.bucket(), posting.amount());
            if (posting.kind() == PostingKind.PAYMENT) {
                paidByLedger = paidByLedger.minus(posting.amount());
            }
        }
        OpenBuckets cached = claim.facts().open();
        assertThat(cached).isEqualTo(fromLedger);
        assertThat(claim.facts().paidTotal()).isEqualTo(paidByLedger);
        assertThat(paidByLedger.plus(overpaid)).isEqualTo(paidIn);
        for (Money bucket : List.of(cached.principal(), cached.interest(), cached.fees(), cached.costs())) {
            assertThat(bucket.isNegative()).isFalse();
        }
        if (claim.facts().status() == ClaimStatus.PAID || claim.facts().status() == ClaimStatus.CANCELLED) {
            assertThat(cached.total().isZero()).isTrue();
        }
    }

    @Provide
    Arbitrary<Long> principals() {
        return Arbitraries.longs().between(1, 5_000_000);
    }

    @Provide
    Arbitrary<Integer> defaultOffsets() {
        return Arbitraries.integers().between(-1, 60);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, true, false),
                Arbitraries.longs().between(1, 2_000_000), Arbitraries.integers().between(0, 90)).as(Step::new);
        return step.list().ofMaxSize(12);
    }
}
