package de.kulant.correspondence.internal;

import de.kulant.correspondence.CaseLetter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code case_letter} table: each collection letter as it was asked for, to be written when it is sent. */
@Repository
public class CaseLetterStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseLetterStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(CaseLetter letter, Instant now) {
        jdbc.sql("insert into case_letter (id, creditor_id, debtor_id, case_reference, kind, letter_date, content, "
                        + "created_at) values (:id, :creditor, :debtor, :reference, :kind, :date, :content, :now)")
                .param("id", letter.id())
                .param("creditor", letter.creditorId().value())
                .param("debtor", letter.debtorId().value())
                .param("reference", letter.caseReference())
                .param("kind", letter.kind())
                .param("date", letter.date())
                .param("content", json.writeValueAsString(letter))
                .param("now", Timestamp.from(now))
                .update();
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
