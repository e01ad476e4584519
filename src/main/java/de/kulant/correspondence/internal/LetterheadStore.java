package de.kulant.correspondence.internal;

import de.kulant.correspondence.Letterhead;
import de.kulant.platform.CreditorId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code letterhead}: one per creditor. */
@Repository
public class LetterheadStore {

    private static final TypeReference<TreeMap<Integer, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LetterheadStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Letterhead> find(CreditorId creditor) {
        return Optional.ofNullable(findAll(List.of(creditor)).get(creditor));
    }

    /** The letterheads of several creditors (a creditor without one is left out): one query. */
    public Map<CreditorId, Letterhead> findAll(Collection<CreditorId> creditors) {
        Map<CreditorId, Letterhead> found = new HashMap<>();
        if (creditors.isEmpty()) {
            return found;
        }
        jdbc.sql("select l.creditor_id, l.sender_line, l.contact_person, l.phone, l.email, l.signature, l.logo,"
                        + " l.free_texts from unnest(:ids) as wanted(id) join letterhead l on l.creditor_id = wanted.id")
                .param("ids", creditors.stream().distinct().map(CreditorId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new CreditorId(rs.getObject(1, UUID.class)), new Letterhead(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7),
                            rs.getString(8) == null ? Map.of() : json.readValue(rs.getString(8), TEXTS)));
                });
        return found;
    }

    public void save(CreditorId creditor, Letterhead letterhead, Instant now, String actor) {
        String texts = json.writeValueAsString(letterhead.freeTexts());
        int updated = jdbc.sql("""
                        update letterhead set sender_line = :senderLine, contact_person = :contact, phone = :phone,
                            email = :email, signature = :signature, logo = :logo, free_texts = :texts, updated_at = :now,
                            updated_by = :actor where creditor_id = :creditor""")
                .params(params(creditor, letterhead, texts, now, actor)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into letterhead (creditor_id, sender_line, contact_person, phone, email, signature, logo,
                                free_texts, updated_at, updated_by)
                            values (:creditor, :senderLine, :contact, :phone, :email, :signature, :logo, :texts, :now, :actor)""")
                    .params(params(creditor, letterhead, texts, now, actor)).update();
        }
    }

    private static Map<String, Object> params(CreditorId creditor, Letterhead l, String texts, Instant now, String actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("creditor", creditor.value());
        params.put("senderLine", l.senderLine());
        params.put("contact", l.contactPerson());
        params.put("phone", l.phone());
        params.put("email", l.email());
        params.put("signature", l.signature());
        params.put("logo", l.logoPng());
        params.put("texts", texts);
        params.put("now", Timestamp.from(now));
        params.put("actor", actor);
        return params;
    }
}
