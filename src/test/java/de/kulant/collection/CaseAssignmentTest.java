package de.kulant.collection;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.platform.StaffDirectory.Agent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A new case goes to the least busy case worker who fits: language, business debtors, room under their capacity. */
class CaseAssignmentTest {

    private static final Agent ANNA = new Agent("anna", Set.of("de"), false, null);
    private static final Agent BEN = new Agent("ben", Set.of("de", "en"), true, 2);
    private static final Agent CLARA = new Agent("clara", Set.of("de", "en"), true, null);

    @Test
    void theLeastBusyOfThoseWhoFitTakesTheCaseNamesDecideTies() {
        assertThat(CaseAssignment.choose(List.of(ANNA, BEN, CLARA), Map.of(), "de", false).agent()).isEqualTo("anna");
        assertThat(CaseAssignment.choose(List.of(ANNA, BEN, CLARA), Map.of("anna", 3L), "de", false).agent())
                .isEqualTo("ben");
    }

    @Test
    void englishAndBusinessDebtorsGoOnlyToThoseWhoTakeThem() {
        assertThat(CaseAssignment.choose(List.of(ANNA, BEN, CLARA), Map.of("ben", 1L, "clara", 1L), "en", false).agent())
                .isEqualTo("ben");
        assertThat(CaseAssignment.choose(List.of(ANNA, CLARA), Map.of("clara", 40L), "de", true).agent())
                .isEqualTo("clara");
    }

    @Test
    void aFullCaseWorkerIsPassedOverWhileAnotherHasRoom() {
        assertThat(CaseAssignment.choose(List.of(BEN, CLARA), Map.of("ben", 2L, "clara", 9L), "en", true).agent())
                .isEqualTo("clara");
        Agent fullBen = BEN;
        CaseAssignment.Choice overflow = CaseAssignment.choose(List.of(fullBen), Map.of("ben", 5L), "en", true);
        assertThat(overflow.agent()).isEqualTo("ben");
        assertThat(overflow.why()).contains("voll");
        assertThat(CaseAssignment.choose(List.of(ANNA), Map.of(), "en", false).why()).contains("niemand");
        assertThat(CaseAssignment.choose(List.of(), Map.of(), "de", false)).isNull();
    }
}
