package de.kulant.dunning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DueClaim;
import de.kulant.dunning.DunningPolicy;
import de.kulant.law.DebtorKind;
import de.kulant.law.FeeDecision;
import de.kulant.law.FeeDecision.FeeAllowed;
import de.kulant.law.FeeDecision.FeeReason;
import de.kulant.law.FeeDecision.FeeRefused;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OneFeePerLetterTest {

    private static final DebtorId ERIKA = new DebtorId(UUID.randomUUID());
    private static final DebtorId MAX = new DebtorId(UUID.randomUUID());
    private static final FeeDecision FEE = new FeeAllowed(Money.eur("1.20"), FeeReason.DEBTOR_IN_DEFAULT);

    @Test
    void aCombinedLetterCarriesItsOneFeeOnItsOldestClaim() {
        PlannedNotice newer = notice(ERIKA, "R-3", "2026-03-10", FEE);
        PlannedNotice oldest = notice(ERIKA, "R-1", "2026-03-01", FEE);
        PlannedNotice middle = notice(ERIKA, "R-2", "2026-03-05", FEE);

        List<PlannedNotice> settled = OneFeePerLetter.settle(List.of(newer, oldest, middle));

        assertThat(settled).extracting(p -> p.decision().fee()).containsExactly(
                new FeeRefused(FeeReason.ONE_FEE_PER_LETTER), FEE, new FeeRefused(FeeReason.ONE_FEE_PER_LETTER));
    }

    @Test
    void theOldestClaimWhoseFeeIsAllowedCarriesIt() {
        PlannedNotice oldestButFree = notice(ERIKA, "R-1", "2026-03-01", new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT));
        PlannedNotice younger = notice(ERIKA, "R-2", "2026-03-05", FEE);

        assertThat(OneFeePerLetter.settle(List.of(oldestButFree, younger))).extracting(p -> p.decision().fee())
                .containsExactly(new FeeRefused(FeeReason.NOTICE_CREATES_DEFAULT), FEE);
    }

    @Test
    void eachDebtorsLetterCarriesItsOwnFee() {
        List<PlannedNotice> settled = OneFeePerLetter.settle(List.of(notice(ERIKA, "R-1", "2026-03-01", FEE),
                notice(MAX, "R-2", "2026-03-05", FEE)));

        assertThat(settled).extracting(p -> p.decision().fee()).containsExactly(FEE, FEE);
    }

    private static PlannedNotice notice(DebtorId debtor, String invoice, String due, FeeDecision fee) {
        LocalDate dueDate = LocalDate.parse(due);
        Money zero = Money.zeroEur();
        DueClaim claim = new DueClaim(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()), debtor,
                DebtorKind.CONSUMER, "10115", "DE", null, invoice, dueDate.minusDays(14), dueDate, Money.eur("50.00"),
                false, false, ClaimStatus.DUNNING, 1, dueDate.plusDays(10), null, 100_001, 1,
                new Balance(Money.eur("50.00"), zero, zero, zero, zero, Money.eur("50.00"), dueDate, false), false, false,
                true);
        DunningPolicy policy = DunningPolicy.standard();
        return new PlannedNotice(claim, policy.variantFor(claim), new Decision.Escalate(policy.levels().get(1),
                dueDate.plusDays(30), fee, zero, null, null));
    }
}
