package de.kulant.dunning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulant.dunning.DunningPolicy;
import de.kulant.dunning.PolicyInput;
import de.kulant.dunning.PolicyInput.ConditionInput;
import de.kulant.dunning.PolicyInput.LevelInput;
import de.kulant.dunning.PolicyInput.SegmentInput;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyValidatorTest {

    private static final Money MAXIMUM = Money.eur("2.50");

    private static LevelInput level(int number, int days, String fee, int term) {
        return new LevelInput(number, "Stufe " + number, days, fee, "EMAIL", term, false);
    }

    private static List<String> fieldsOf(PolicyInput input) {
        try {
            PolicyValidator.validate(input, MAXIMUM);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }

    @Test
    void acceptsTheStandardPolicyAndKeepsItThroughItsInputForm() {
        DunningPolicy standard = DunningPolicy.standard();

        assertThat(PolicyValidator.validate(PolicyInput.of(standard), MAXIMUM)).isEqualTo(standard);
    }

    @Test
    void refusesLevelsOutOfOrderOrOnTheSameDay() {
        assertThat(fieldsOf(new PolicyInput(List.of(level(1, 10, "0", 7), level(2, 10, "1.00", 7)), 30, 7, null, null, null)))
                .containsExactly("levels[1].daysAfterDue");
        assertThat(fieldsOf(new PolicyInput(List.of(level(1, 10, "0", 7), level(2, 5, "1.00", 7)), 30, 7, null, null, null)))
                .containsExactly("levels[1].daysAfterDue");
        assertThat(fieldsOf(new PolicyInput(List.of(level(2, 10, "0", 7)), 30, 7, null, null, null)))
                .containsExactly("levels[0].level");
    }

    @Test
    void refusesNegativeFeesAndFeesAboveTheLegalMaximum() {
        PolicyInput input = new PolicyInput(List.of(level(1, 5, "-1.00", 7), level(2, 19, "5.00", 7)), 40, 7, null, null, null);

        assertThatThrownBy(() -> PolicyValidator.validate(input, MAXIMUM))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("levels[0].fee", "must not be negative"),
                                org.assertj.core.groups.Tuple.tuple("levels[1].fee",
                                        "exceeds the legal maximum of 2.50 EUR: only real material costs may be charged")));
    }

    @Test
    void refusesAPaymentTermOfZeroAndAHandoverBeforeTheLastLevel() {
        assertThat(fieldsOf(new PolicyInput(List.of(level(1, 5, "0", 0)), 3, 7, null, null, null)))
                .containsExactly("levels[0].paymentTermDays", "handoverDaysAfterDue");
    }

    @Test
    void refusesAnEmptyPolicyAndUnknownValues() {
        assertThat(fieldsOf(new PolicyInput(List.of(), null, 0, "LOUD", null, null)))
                .containsExactly("levels", "minimumDaysBetweenLevels", "tone");
        assertThat(fieldsOf(new PolicyInput(List.of(new LevelInput(1, "", 5, "0", "PIGEON", 7, false)), null, 7, null,
                null, null))).containsExactly("levels[0].name", "levels[0].channel");
    }

    @Test
    void checksSegmentsWithTheirOwnPaths() {
        SegmentInput good = new SegmentInput("Stammkunde", new ConditionInput(null, null, null, "FIRST", "STAMMKUNDE"),
                "FRIENDLY", List.of(level(1, 10, "0", 14)), 60);
        SegmentInput bad = new SegmentInput("Stammkunde", new ConditionInput("ROBOT", "100", "50", "SOMETIMES", null),
                null, List.of(level(1, 10, "9.99", 7)), null);

        assertThat(fieldsOf(new PolicyInput(List.of(level(1, 5, "0", 7)), 30, 7, null, null, List.of(good, bad))))
                .containsExactly("segments[1].name", "segments[1].when.debtorKind", "segments[1].when.maxAmount",
                        "segments[1].when.history", "segments[1].levels[0].fee");
    }
}
