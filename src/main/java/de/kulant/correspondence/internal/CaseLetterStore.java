package de.kulant.correspondence.internal;

import de.kulant.correspondence.CaseLetter;
import de.kulant.platform.BulkInsert;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code case_letter} table: each collection letter as it was asked for, to be written when it is sent. */
@Repository
public class CaseLetterStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final JsonMapper json;

    CaseLetterStore(JdbcClient jdbc, BulkInsert bulk, JsonMapper json) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.json = json;
    }

    public void insertAll(List<CaseLetter> letters, Instant now) {
        bulk.insert("case_letter", List.of("id", "creditor_id", "debtor_id", "case_reference", "kind", "letter_date",
                "content", "created_at"), letters.stream().map(letter -> new Object[] {letter.id(),
                        letter.creditorId().value(), letter.debtorId().value(), letter.caseReference(), letter.kind(),
                        letter.date(), json.writeValueAsString(letter), now}).toList());
    }

    /** Of these letter ids, the case letters, as asked for. */
    public Map<UUID, CaseLetter> findAll(Collection<UUID> ids) {
        Map<UUID, CaseLetter> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, content from case_letter where id = any(:ids)")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.put(rs.getObject(1, UUID.class), json.readValue(rs.getString(2), CaseLetter.class));
                });
        return found;
    }
}
