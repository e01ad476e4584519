package de.kulant.collection.internal;

import de.kulant.collection.CaseFiles.CaseFile;
import de.kulant.collection.CaseId;
import de.kulant.platform.CreditorId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_file} table: files a debtor sent for a case, kept in the database, never in the web root. */
@Repository
public class CaseFileStore {

    private static final String COLUMNS = "id, case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_at, "
            + "uploaded_by";

    private final JdbcClient jdbc;

    CaseFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CreditorId creditor, CaseFile file, byte[] content) {
        jdbc.sql("insert into case_file (id, case_id, creditor_id, kind, file_name, media_type, size_bytes, sha256, "
                        + "content, uploaded_at, uploaded_by) values (:id, :caseId, :creditor, :kind, :name, :type, "
                        + ":size, :sha, :content, :at, :by)")
                .param("id", file.id()).param("caseId", file.caseId().value()).param("creditor", creditor.value())
                .param("kind", file.kind()).param("name", file.fileName()).param("type", file.mediaType())
                .param("size", file.sizeBytes()).param("sha", file.sha256()).param("content", content)
                .param("at", Timestamp.from(file.uploadedAt())).param("by", file.uploadedBy())
                .update();
    }

    /** The case's files, newest first, without their content. */
    public List<CaseFile> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_file where case_id = :id order by uploaded_at desc, id")
                .param("id", id.value())
                .query(CaseFileStore::map)
                .list();
    }

    public Optional<CaseFile> find(CaseId caseId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_file where case_id = :caseId and id = :id")
                .param("caseId", caseId.value()).param("id", id)
                .query(CaseFileStore::map)
                .optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from case_file where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static CaseFile map(ResultSet rs, int n) throws SQLException {
        return new CaseFile(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("kind"), rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }
}
