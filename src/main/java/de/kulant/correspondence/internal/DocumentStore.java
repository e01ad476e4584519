package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.correspondence.DocumentView;
import de.kulant.correspondence.Documents;
import de.kulant.platform.CreditorId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code document} and its links to claims ({@code document_claim}). */
@Repository
public class DocumentStore {

    private static final String COLUMNS = "id, creditor_id, combined_id, kind, media_type, sha256, size_bytes, pages, "
            + "storage_key, issued_on, created_at";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DocumentView document, String storageKey, Collection<ClaimId> claims,
                       Documents.PrintAddress address) {
        // the revision counts the documents of this kind of the letter before it, in the same statement
        jdbc.sql("insert into document (" + COLUMNS + ", address_name, address_street, address_postal_code, "
                        + "address_city, address_country, invoice_numbers, revision) values (:id, :creditor, :combined, "
                        + ":kind, :type, :sha, :size, :pages, :key, :issuedOn, :createdAt, :name, :street, :postalCode, "
                        + ":city, :country, :invoices, (select coalesce(max(revision) + 1, 0) from document"
                        + " where combined_id = :combined and kind = :kind))")
                .param("name", address == null ? null : address.name())
                .param("street", address == null ? null : address.street())
                .param("postalCode", address == null ? null : address.postalCode())
                .param("city", address == null ? null : address.city())
                .param("country", address == null ? null : address.country())
                .param("invoices", address == null ? null : String.join(",", address.invoiceNumbers()))
                .param("id", document.id()).param("creditor", document.creditorId().value())
                .param("combined", document.combinedId()).param("kind", document.kind())
                .param("type", document.mediaType()).param("sha", document.sha256()).param("size", document.sizeBytes())
                .param("pages", document.pages()).param("key", storageKey).param("issuedOn", document.issuedOn())
                .param("createdAt", Timestamp.from(document.createdAt()))
                .update();
        jdbc.sql("insert into document_claim (document_id, claim_id, creditor_id) select :document, wanted.id,"
                        + " :creditor from unnest(:claims) as wanted(id)")
                .param("creditor", document.creditorId().value())
                .param("document", document.id())
                .param("claims", claims.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .update();
    }

    public Optional<DocumentView> find(CreditorId creditor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .params(creditor == null ? Map.of("id", id) : Map.of("id", id, "creditor", creditor.value()))
                .query((rs, n) -> view(rs)).optional();
    }

    public Optional<String> storageKey(UUID id) {
        return jdbc.sql("select storage_key from document where id = :id").param("id", id).query(String.class).optional();
    }

    /** The newest revision of a combined letter's PDF. */
    public Optional<DocumentView> letterOf(UUID combinedId) {
        return jdbc.sql("select " + COLUMNS + " from document where combined_id = :combined and kind = 'LETTER' "
                        + "order by revision desc limit 1")
                .param("combined", combinedId).query((rs, n) -> view(rs)).optional();
    }

    /** The newest PDF of each of these combined letters that has one, and the claims it is about: two queries. */
    public Map<UUID, Map.Entry<DocumentView, Set<ClaimId>>> lettersOf(Collection<UUID> combinedIds) {
        Map<UUID, DocumentView> newest = new HashMap<>();
        if (combinedIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("select d." + COLUMNS.replace(", ", ", d.") + " from unnest(:ids) as wanted(id) join document d"
                        + " on d.combined_id = wanted.id where d.kind = 'LETTER' order by d.revision desc")
                .param("ids", combinedIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    newest.putIfAbsent(rs.getObject("combined_id", UUID.class), view(rs));
                });
        Map<UUID, Set<ClaimId>> claims = new HashMap<>();
        if (!newest.isEmpty()) {
            jdbc.sql("select l.document_id, l.claim_id from unnest(:ids) as wanted(id)"
                            + " join document_claim l on l.document_id = wanted.id")
                    .param("ids", newest.values().stream().map(DocumentView::id).toArray(UUID[]::new))
                    .query(rs -> {
                        claims.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                                .add(new ClaimId(rs.getObject(2, UUID.class)));
                    });
        }
        Map<UUID, Map.Entry<DocumentView, Set<ClaimId>>> letters = new HashMap<>();
        newest.forEach((combined, document) -> letters.put(combined,
                Map.entry(document, claims.getOrDefault(document.id(), Set.of()))));
        return letters;
    }

    /** Of these combined letters, every (combined id, claim id) a document went out about. */
    public Set<List<UUID>> claimsOfLetters(Collection<UUID> combinedIds) {
        Set<List<UUID>> pairs = new HashSet<>();
        jdbc.sql("select d.combined_id, l.claim_id from unnest(:ids) as wanted(id) join document d on d.combined_id = wanted.id "
                        + "join document_claim l on l.document_id = d.id")
                .param("ids", combinedIds.toArray(UUID[]::new))
                .query(rs -> {
                    pairs.add(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                });
        return pairs;
    }

    /** The newest document of a kind of a combined letter that is about this claim. */
    public Optional<DocumentView> newestAbout(UUID combinedId, ClaimId claim, String kind) {
        return jdbc.sql("select d." + COLUMNS.replace(", ", ", d.") + " from document d join document_claim l "
                        + "on l.document_id = d.id where d.combined_id = :combined and d.kind = :kind "
                        + "and l.claim_id = :claim order by d.revision desc limit 1")
                .param("combined", combinedId).param("kind", kind).param("claim", claim.value())
                .query((rs, n) -> view(rs)).optional();
    }

    /** The claims a document is about. */
    public List<ClaimId> claimsOf(UUID documentId) {
        return jdbc.sql("select claim_id from document_claim where document_id = :id")
                .param("id", documentId).query((rs, n) -> new ClaimId(rs.getObject(1, UUID.class))).list();
    }

    /** Whether a document of this kind (EMAIL, LETTER) of the combined letter went out about this claim. */
    public boolean sentAbout(UUID combinedId, ClaimId claim, String kind) {
        return jdbc.sql("select count(*) from document d join document_claim l on l.document_id = d.id "
                        + "where d.combined_id = :combined and d.kind = :kind and l.claim_id = :claim")
                .param("combined", combinedId).param("kind", kind).param("claim", claim.value())
                .query(Long.class).single() > 0;
    }

    public List<DocumentView> forClaim(CreditorId creditor, ClaimId claim) {
        return jdbc.sql("select d." + COLUMNS.replace(", ", ", d.") + " from document_claim l join document d "
                        + "on d.id = l.document_id where l.claim_id = :claim and d.creditor_id = :creditor "
                        + "order by d.created_at, d.id")
                .param("claim", claim.value()).param("creditor", creditor.value())
                .query((rs, n) -> view(rs)).list();
    }

    /** The letters put into the print file of the day, in the order they were written. */
    public List<Documents.PrintLetter> lettersOfDay(CreditorId creditor, LocalDate day) {
        return jdbc.sql("select d." + COLUMNS.replace(", ", ", d.") + ", d.address_name, d.address_street, "
                        + "d.address_postal_code, d.address_city, d.address_country, d.invoice_numbers "
                        + "from dispatch s join document d on d.id = s.document_id "
                        + "where s.channel = 'LETTER' and s.status = 'SENT' and s.sent_on = :day"
                        + (creditor == null ? "" : " and s.creditor_id = :creditor") + " order by d.created_at, d.id")
                .params(creditor == null ? Map.of("day", day) : Map.of("day", day, "creditor", creditor.value()))
                .query((rs, n) -> new Documents.PrintLetter(view(rs), new Documents.PrintAddress(
                        rs.getString("address_name"), rs.getString("address_street"),
                        rs.getString("address_postal_code"), rs.getString("address_city"),
                        rs.getString("address_country"), rs.getString("invoice_numbers") == null ? List.of()
                        : List.of(rs.getString("invoice_numbers").split(",")))))
                .list();
    }

    private static DocumentView view(ResultSet rs) throws SQLException {
        return new DocumentView(rs.getObject("id", UUID.class), new CreditorId(rs.getObject("creditor_id", UUID.class)),
                rs.getObject("combined_id", UUID.class), rs.getString("kind"), rs.getString("media_type"),
                rs.getString("sha256"), rs.getLong("size_bytes"), (Integer) rs.getObject("pages"),
                rs.getObject("issued_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
    }
}
