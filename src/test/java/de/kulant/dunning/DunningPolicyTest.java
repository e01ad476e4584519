package de.kulant.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.claims.Balance;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DueClaim;
import de.kulant.law.DebtorKind;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DunningPolicyTest {

    private final DunningPolicy standard = DunningPolicy.standard();
    private final List<PolicyLevel> gentle = List.of(
            new PolicyLevel(1, "Freundliche Erinnerung", 10, Money.eur("0.00"), Channel.EMAIL, 14, false),
            new PolicyLevel(2, "Erinnerung", 30, Money.eur("0.00"), Channel.EMAIL, 14, true));
    private final DunningPolicy policy = new DunningPolicy(standard.levels(), 42, 7, Tone.NEUTRAL, false, List.of(
            new Segment("Stammkunde", new SegmentCondition(null, null, null, null, "STAMMKUNDE"), Tone.FRIENDLY, gentle, 60),
            new Segment("Firma, großer Betrag", new SegmentCondition(DebtorKind.BUSINESS, Money.eur("1000.00"), null, null,
                    null), Tone.NEUTRAL, null, null),
            new Segment("Wiederholt", new SegmentCondition(null, null, null, SegmentCondition.History.REPEATED, null),
                    Tone.FIRM, null, 35)));

    @Test
    void aRegularCustomerGetsTheGentleChain() {
        PolicyVariant variant = policy.variantFor(claim(DebtorKind.CONSUMER, "80.00", "stammkunde", false));

        assertThat(variant.segment()).isEqualTo("Stammkunde");
        assertThat(variant.tone()).isEqualTo(Tone.FRIENDLY);
        assertThat(variant.levels()).isEqualTo(gentle);
        assertThat(variant.handoverDaysAfterDue()).isEqualTo(60);
        assertThat(variant.reasons()).containsExactly("customer tag STAMMKUNDE");
    }

    @Test
    void aBusinessAboveTheAmountBandKeepsTheStandardLevels() {
        PolicyVariant variant = policy.variantFor(claim(DebtorKind.BUSINESS, "2500.00", null, false));

        assertThat(variant.segment()).isEqualTo("Firma, großer Betrag");
        assertThat(variant.levels()).isEqualTo(standard.levels());
        assertThat(variant.reasons()).containsExactly("debtor is business", "amount 2500.00 ≥ 1000.00");
    }

    @Test
    void aDebtorDunnedBeforeGetsTheFirmToneAndAnEarlierHandover() {
        PolicyVariant variant = policy.variantFor(claim(DebtorKind.CONSUMER, "80.00", null, true));

        assertThat(variant.segment()).isEqualTo("Wiederholt");
        assertThat(variant.tone()).isEqualTo(Tone.FIRM);
        assertThat(variant.handoverDaysAfterDue()).isEqualTo(35);
    }

    @Test
    void aClaimMatchingNoSegmentFollowsThePolicy() {
        PolicyVariant variant = policy.variantFor(claim(DebtorKind.CONSUMER, "80.00", null, false));

        assertThat(variant.segment()).isEqualTo(DunningPolicy.STANDARD);
        assertThat(variant.reasons()).containsExactly("no segment matches");
    }

    private static DueClaim claim(DebtorKind kind, String amount, String tag, boolean dunnedBefore) {
        Money zero = Money.zeroEur();
        return new DueClaim(new ClaimId(UUID.randomUUID()), new CreditorId(UUID.randomUUID()),
                new DebtorId(UUID.randomUUID()), kind, "10115", "DE", tag, "R-1", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 15), Money.eur(amount), false, false, ClaimStatus.OPEN, 0, null, null, 100_001, 0,
                new Balance(Money.eur(amount), zero, zero, zero, zero, Money.eur(amount), LocalDate.of(2026, 3, 20), false),
                false, dunnedBefore, true);
    }
}
