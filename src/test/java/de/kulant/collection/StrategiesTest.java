package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kulant.platform.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Champion/challenger: a case keeps its arm, the share holds, the interval is Wilson's, and bad steps are named. */
class StrategiesTest {

    private static final Strategies.Setup HALF_AND_HALF = new Strategies.Setup(Strategy.standard(), Strategy.standard(), 30);

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
        assertThat(Strategies.armOf(new CaseId(UUID.randomUUID()), new Strategies.Setup(Strategy.standard(), null, 0)))
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
}
