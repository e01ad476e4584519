package de.kulant.collection.internal;

import de.kulant.platform.money.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code direct_debit_file} table and the rates each file collects. */
@Repository
public class DirectDebitStore {

    /** A rate to collect, with its plan's mandate; {@code first} when no earlier rate of the plan was collected. */
    public record DueRate(UUID planId, int number, int instalments, String reference, Money amount, String iban,
                          String mandateReference, LocalDate signedOn, String holder, boolean first) {
    }

    /** A file as stored, without its document. */
    public record FileRow(UUID id, LocalDate collectionDate, String messageId, int rates, Money total,
                          Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    DirectDebitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open rates of running direct-debit plans due by {@code collectionDate} and not yet in a file, in a stable
     * order. Callers hold the direct-debit job lock, so no other file takes them meanwhile.
     */
    public List<DueRate> due(LocalDate collectionDate) {
        return jdbc.sql("""
                        select r.plan_id, r.number, p.instalments, r.reference, r.amount, p.debit_iban,
                               p.mandate_reference, p.mandate_signed_on, p.debit_holder,
                               not exists (select 1 from case_plan_rate o where o.plan_id = r.plan_id
                                           and o.debit_file_id is not null) as first_debit
                        from case_plan_rate r join case_plan p on p.id = r.plan_id
                        where r.status = 'OPEN' and r.debit_file_id is null and r.due_on <= :date
                          and p.status = 'ACTIVE' and p.debit_iban is not null
                        order by r.plan_id, r.number""")
                .param("date", collectionDate)
                .query((rs, n) -> new DueRate(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        Money.eur(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBoolean(10)))
                .list();
    }

    /** Stores the file and marks its rates, set-based; false when the rates changed since they were read. */
    public boolean insert(FileRow file, String document, LocalDate collectionDate) {
        jdbc.sql("insert into direct_debit_file (id, collection_date, message_id, rates, total, document, created_at, "
                        + "created_by) values (:id, :date, :msg, :rates, :total, :doc, :at, :by)")
                .param("id", file.id()).param("date", file.collectionDate()).param("msg", file.messageId())
                .param("rates", file.rates()).param("total", file.total().amount()).param("doc", document)
                .param("at", Timestamp.from(file.createdAt())).param("by", file.createdBy()).update();
        int marked = jdbc.sql("""
                        update case_plan_rate set debit_file_id = :file
                        where status = 'OPEN' and debit_file_id is null and due_on <= :date
                          and plan_id in (select p.id from case_plan p where p.status = 'ACTIVE'
                                          and p.debit_iban is not null)""")
                .param("file", file.id()).param("date", collectionDate).update();
        return marked == file.rates();
    }

    public Optional<FileRow> find(UUID id) {
        return jdbc.sql("select id, collection_date, message_id, rates, total, created_at, created_by "
                        + "from direct_debit_file where id = :id")
                .param("id", id).query(DirectDebitStore::map).optional();
    }

    public Optional<String> document(UUID id) {
        return jdbc.sql("select document from direct_debit_file where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The newest files first, by keyset on (created_at, id). */
    public List<FileRow> list(int limit) {
        return jdbc.sql("select id, collection_date, message_id, rates, total, created_at, created_by "
                        + "from direct_debit_file order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(DirectDebitStore::map).list();
    }

    private static FileRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FileRow(rs.getObject("id", UUID.class), rs.getObject("collection_date", LocalDate.class),
                rs.getString("message_id"), rs.getInt("rates"), Money.eur(rs.getBigDecimal("total")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
