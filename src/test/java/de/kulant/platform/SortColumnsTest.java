package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SortColumnsTest {

    private final SortColumns columns = new SortColumns("id",
            new SortColumns.Column("issuedOn", "issued_on", SortColumns.KeyType.DATE, true),
            new SortColumns.Column("name", "name", SortColumns.KeyType.TEXT, false));

    @Test
    void readsTheOrderAsLinksWriteItAndRefusesColumnsItDoesNotHave() {
        assertThat(columns.parse(null)).contains(new ListOrder("issuedOn", true));
        assertThat(columns.parse("-name")).contains(new ListOrder("name", true));
        assertThat(columns.parse(" name ")).contains(new ListOrder("name", false));
        assertThat(columns.parse("recipient")).isEmpty();
        assertThat(columns.orderOrDefault("recipient")).isEqualTo(columns.defaultOrder());

        InputCheck check = new InputCheck();
        columns.checked(check, "-recipient");
        assertThat(check.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("issuedOn, name"));
    }

    @Test
    void aClickStartsAColumnInItsOwnDirectionAndTurnsTheSortedOneRound() {
        ListOrder byDate = columns.defaultOrder();
        assertThat(columns.clicked(byDate, "issuedOn")).isEqualTo(new ListOrder("issuedOn", false));
        assertThat(columns.clicked(byDate, "name")).isEqualTo(new ListOrder("name", false));
        assertThat(new ListOrder("name", true).ariaSort("name")).isEqualTo("descending");
        assertThat(new ListOrder("name", true).ariaSort("issuedOn")).isNull();
    }

    @Test
    void aCursorNamesItsPositionOnlyInTheOrderItWasGivenOutFor() {
        UUID id = UUID.randomUUID();
        ListOrder byName = new ListOrder("name", false);
        String cursor = SortColumns.cursor(byName, "Müller\nund Söhne", id);
        assertThat(columns.position(cursor, byName)).contains(new SortColumns.Position("Müller\nund Söhne", id));
        assertThat(columns.position(cursor, byName.reversed())).isEmpty();
        assertThat(columns.position(SortColumns.cursor(columns.defaultOrder(), "not a date", id),
                columns.defaultOrder())).isEmpty();
        assertThat(columns.position("%%%", byName)).isEmpty();
    }

    @Test
    void continuesAfterAPositionOrBeforeItWithARowComparisonTheIndexCanRead() {
        Map<String, Object> params = new HashMap<>();
        UUID id = UUID.randomUUID();
        ListOrder newestFirst = columns.defaultOrder();
        assertThat(columns.continuing(newestFirst, false, "2026-12-01", id, params))
                .isEqualTo("(issued_on, id) < (:sortKey, :sortId)");
        assertThat(params).containsEntry("sortKey", LocalDate.of(2026, 12, 1)).containsEntry("sortId", id);
        assertThat(columns.continuing(newestFirst, true, "2026-12-01", id, params))
                .isEqualTo("(issued_on, id) > (:sortKey, :sortId)");
        assertThat(columns.orderBy(newestFirst, false)).isEqualTo(" order by issued_on desc, id desc");
        assertThat(columns.orderBy(newestFirst, true)).isEqualTo(" order by issued_on, id");
    }
}
