package de.kulant.collection.internal;

import de.kulant.claims.DebtorId;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseReference;
import de.kulant.platform.CreditorId;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opening cases in bulk: {@code collection_case} rows and their references in the directory {@code case_reference}. */
@Repository
public class NewCases {

    /** A case to be opened. */
    public record NewCase(CaseId id, CreditorId creditorId, DebtorId debtorId, CaseReference reference, LocalDate on) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NewCases(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * New open cases; one whose debtor has an open case already, or whose reference is taken (by any shop: the
     * directory {@code case_reference} keeps references unique across shops), is left out.
     */
    public void insert(List<NewCase> opened, String actor, Instant now) {
        template.batchUpdate("insert into case_reference (reference, creditor_id, case_id) values (?, ?, ?) "
                + "on conflict do nothing", opened, 1000, (PreparedStatement ps, NewCase c) -> {
                    ps.setString(1, c.reference().value());
                    ps.setObject(2, c.creditorId().value());
                    ps.setObject(3, c.id().value());
                });
        UUID[] ids = opened.stream().map(c -> c.id().value()).toArray(UUID[]::new);
        Set<UUID> reserved = new HashSet<>(jdbc.sql("select case_id from case_reference where case_id = any(:ids)")
                .param("ids", ids).query(UUID.class).list());
        List<NewCase> free = opened.stream().filter(c -> reserved.contains(c.id().value())).toList();
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                insert into collection_case (id, creditor_id, debtor_id, reference, status, open_debtor, mandate_date,
                    opened_on, opened_by, version, created_at)
                values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, 0, ?)
                on conflict do nothing""", free, 1000, (PreparedStatement ps, NewCase c) -> {
                    ps.setObject(1, c.id().value());
                    ps.setObject(2, c.creditorId().value());
                    ps.setObject(3, c.debtorId().value());
                    ps.setString(4, c.reference().value());
                    ps.setObject(5, c.debtorId().value());
                    ps.setObject(6, c.on());
                    ps.setObject(7, c.on());
                    ps.setString(8, actor);
                    ps.setTimestamp(9, at);
                });
        // a case left out because its debtor has an open case gives its reference back
        jdbc.sql("delete from case_reference r where r.case_id = any(:ids) "
                        + "and not exists (select 1 from collection_case c where c.id = r.case_id)")
                .param("ids", ids).update();
    }
}
