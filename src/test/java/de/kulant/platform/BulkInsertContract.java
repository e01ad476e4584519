package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows written in bulk read back exactly: COPY's CSV on PostgreSQL, a JDBC batch elsewhere. */
abstract class BulkInsertContract extends IntegrationTest {

    record Read(String action, Object creditor, Instant at, String before, String after) {
    }

    @Autowired
    private BulkInsert bulk;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void textsWithQuotesCommasLinesAndUmlautsNullAndEmptyReadBackAsWritten() {
        String entity = "bulk-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-11-27T10:15:30.123456Z");
        List<String> texts = List.of("plain", "say \"hi\", then go", "two\nlines", "Jürgen Weiß, Müller & Söhne",
                "\"", ",", "");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(new Object[] {Ids.next(), null, "test", entity, "write." + i, "tester", at, null, texts.get(i)});
        }

        bulk.insert("audit_event", List.of("id", "creditor_id", "entity_type", "entity_id", "action", "actor",
                "occurred_at", "before_state", "after_state"), rows);

        List<Read> read = jdbc.query("select action, creditor_id, occurred_at, before_state, after_state"
                + " from audit_event where entity_id = ? order by action", (rs, n) -> new Read(rs.getString(1),
                rs.getObject(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)), entity);
        assertThat(read).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(read.get(i)).as("text %d", i).isEqualTo(new Read("write." + i, null, at, null, texts.get(i)));
        }
    }
}
