package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sent letters and e-mails whose files are still kept, issued before a day, in id order. */
@Repository
public class LetterRetentionStore {

    /** An archived document with the claims it was about. */
    public record Archived(UUID id, CreditorId creditorId, List<ClaimId> claims) {
    }

    private final JdbcClient jdbc;

    LetterRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} documents issued before {@code before} whose file is still kept, after {@code after} by id. */
    public List<Archived> issuedBefore(LocalDate before, UUID after, int limit) {
        Map<UUID, Archived> found = new LinkedHashMap<>();
        jdbc.sql("select id, creditor_id from document where storage_key <> '' and issued_on < :before"
                        + (after == null ? "" : " and id > :after") + " order by id limit :limit")
                .param("before", before).param("limit", limit)
                .params(after == null ? Map.of() : Map.of("after", after))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new Archived(id, new CreditorId(rs.getObject(2, UUID.class)), new ArrayList<>()));
                });
        if (!found.isEmpty()) {
            jdbc.sql("select document_id, claim_id from document_claim where document_id = any(:ids)")
                    .param("ids", found.keySet().toArray(UUID[]::new))
                    .query(rs -> {
                        found.get(rs.getObject(1, UUID.class)).claims().add(new ClaimId(rs.getObject(2, UUID.class)));
                    });
        }
        return List.copyOf(found.values());
    }
}
