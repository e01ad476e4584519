package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kulant.law.DebtorKind;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Champion/challenger: a case keeps its arm, the share holds, the interval is Wilson's, and bad steps are named. */
class StrategiesTest {

    private static final Strategies.Setup HALF_AND_HALF = new Strategies.Setup(Strategy.standard(), Strategy.standard(), 30,
            List.of());

    @Test
    void aCaseAlwaysGetsTheSameArmAndTheChallengerItsShare() {
        int challenger = 0;
        for (int i = 0; i < 20_000; i++) {
            CaseId id = new CaseId(UUID.randomUUID());
            String arm = Strategies.armOf(id, HALF_AND_HALF);
            assertThat(Strategies.armOf(new CaseId(UUID.fromString(id.value().toString())), HALF_AND_HALF)).isEqualTo(arm);
            challenger += arm.equals("CHALLENGER") ? 1 : 0;
        }
        assertThat(challenger / 20_000.0).isCloseTo(0.30, within(0.02));
        assertThat(Strategies.armOf(new CaseId(UUID.randomUUID()), new Strategies.Setup(Strategy.standard(), null, 0, List.of())))
                .isEqualTo("CHAMPION");
    }

    @Test
    void theRecoveryRateIntervalIsWilsons() {
        // 8 of 10: 0.4902 to 0.9433; 0 of 20: 0 to 0.1611
        double[] eight = Strategies.wilson(8, 10);
        assertThat(eight[0]).isCloseTo(0.4902, within(0.0005));
        assertThat(eight[1]).isCloseTo(0.9433, within(0.0005));
        double[] none = Strategies.wilson(0, 20);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.1611, within(0.0005));
    }

    @Test
    void stepsOutOfOrderANegativeDayAnUnknownActionAndNoFirstLetterAreEachNamed() {
        List<FieldViolation> violations = new ArrayList<>();
        Strategy.of("champion", List.of(new Strategy.Step(0, "EMAIL"), new Strategy.Step(14, "LETTER"),
                new Strategy.Step(7, "CALL_TASK"), new Strategy.Step(-3, "LETTER"), new Strategy.Step(40, "SMS")),
                violations);

        assertThat(violations).extracting(FieldViolation::field).containsExactlyInAnyOrder("champion[2].day",
                "champion[3].day", "champion[4].action", "champion[0]");
    }

    @Test
    void aSegmentMatchesWhenAllItsConditionsHoldAndItsStrategyIsFollowed() {
        List<FieldViolation> violations = new ArrayList<>();
        List<StrategySegment> segments = StrategySegment.of(List.of(
                new StrategySegment.Input("Geschäftskunden groß", "business", "1000.00", null, null,
                        List.of(new Strategy.Step(0, "LETTER"), new Strategy.Step(3, "CALL_TASK"))),
                new StrategySegment.Input("Stammkunden", null, null, "500.00", "stammkunde",
                        List.of(new Strategy.Step(0, "LETTER"), new Strategy.Step(14, "EMAIL")))), violations);
        assertThat(violations).isEmpty();
        StrategySegment big = segments.get(0);
        StrategySegment regular = segments.get(1);

        assertThat(big.matches(DebtorKind.BUSINESS, null, Money.eur("1000.00"))).as("the band includes its ends").isTrue();
        assertThat(big.matches(DebtorKind.BUSINESS, null, Money.eur("999.99"))).isFalse();
        assertThat(big.matches(DebtorKind.CONSUMER, null, Money.eur("5000.00"))).isFalse();
        assertThat(regular.matches(DebtorKind.CONSUMER, "Stammkunde ", Money.eur("500.00"))).isTrue();
        assertThat(regular.matches(DebtorKind.CONSUMER, null, Money.eur("100.00"))).isFalse();
        Strategies.Setup setup = new Strategies.Setup(Strategy.standard(), null, 0, segments);
        assertThat(Strategies.forArm(setup, "SEGMENT:Geschäftskunden groß").steps()).extracting(Strategy.Step::action)
                .containsExactly("LETTER", "CALL_TASK");
        assertThat(Strategies.forArm(setup, "SEGMENT:removed since").steps())
                .as("a segment removed since: the champion").isEqualTo(Strategy.standard().steps());
    }

    @Test
    void aSegmentWithoutConditionsABadBandAndADuplicateNameAreEachNamed() {
        List<FieldViolation> violations = new ArrayList<>();
        List<Strategy.Step> steps = List.of(new Strategy.Step(0, "LETTER"));
        StrategySegment.of(List.of(new StrategySegment.Input("Alle", null, null, null, null, steps),
                new StrategySegment.Input("Band", "PERSON", "500.00", "100.00", null, steps),
                new StrategySegment.Input("band", null, "1,5", null, null, List.of(new Strategy.Step(2, "EMAIL")))),
                violations);

        assertThat(violations).extracting(FieldViolation::field).containsExactlyInAnyOrder("segments[0].name",
                "segments[1].debtorKind", "segments[1].maxAmount", "segments[2].name", "segments[2].minAmount",
                "segments[2].steps[0]");
    }
}
