package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a run over all shops is cut into ranges of creditors, and the SQL a range adds. */
class CreditorRangeTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID E = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    @Test
    void fiveCreditorsTwoARangeMakeThreeRangesWithoutGapsOpenAtBothEnds() {
        assertThat(CreditorRange.cut(List.of(A, B, C, D, E), 2)).containsExactly(new CreditorRange(null, C),
                new CreditorRange(C, E), new CreditorRange(E, null));
    }

    @Test
    void noCreditorOrFewerThanARangeMakeOneRangeOfAll() {
        assertThat(CreditorRange.cut(List.of(), 20)).containsExactly(CreditorRange.ALL);
        assertThat(CreditorRange.cut(List.of(A, B), 2)).containsExactly(CreditorRange.ALL);
        assertThatThrownBy(() -> CreditorRange.cut(List.of(A), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeAddsOnlyTheBoundsItHas() {
        assertThat(CreditorRange.ALL.condition("creditor_id")).isEmpty();
        assertThat(CreditorRange.ALL.parameters()).isEmpty();
        assertThat(new CreditorRange(null, C).condition("p.creditor_id")).isEqualTo(" and p.creditor_id < :rangeTo");
        CreditorRange middle = new CreditorRange(C, E);
        assertThat(middle.condition("creditor_id"))
                .isEqualTo(" and creditor_id >= :rangeFrom and creditor_id < :rangeTo");
        assertThat(middle.parameters()).isEqualTo(Map.of("rangeFrom", C, "rangeTo", E));
    }
}
