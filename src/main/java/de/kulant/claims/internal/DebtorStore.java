package de.kulant.claims.internal;

import de.kulant.claims.MatchKeys;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PostalAddress;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code debtor} table: a creditor's debtors, found again by their match key. */
@Repository
public class DebtorStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    DebtorStore(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** A stored debtor as the intake compares it with incoming data. */
    public record Stored(UUID id, NewDebtor data) {
    }

    public Map<String, Stored> findByMatchKeys(CreditorId creditor, Collection<String> matchKeys) {
        Map<String, Stored> found = new HashMap<>();
        jdbc.sql("""
                        select d.id, d.match_key, d.kind, d.customer_number, d.name, d.email, d.phone, d.street,
                               d.postal_code, d.city, d.country, d.customer_tag
                        from unnest(:keys) as wanted(match_key)
                        join debtor d on d.creditor_id = :creditor and d.match_key = wanted.match_key""")
                .param("creditor", creditor.value())
                .param("keys", matchKeys.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(2), new Stored(rs.getObject(1, UUID.class), new NewDebtor(
                            de.kulant.law.DebtorKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), new PostalAddress(rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11)), rs.getString(12), rs.getString(2))));
                });
        return found;
    }

    /** New debtors in one COPY (PostgreSQL) or JDBC batch. */
    public void insertAll(CreditorId creditor, Map<UUID, NewDebtor> debtors, Instant now) {
        List<Object[]> rows = new ArrayList<>(debtors.size());
        debtors.forEach((id, d) -> rows.add(new Object[] {id, creditor.value(), d.matchKey(), d.customerNumber(),
                d.kind().name(), d.name(), d.email(), d.phone(), d.address().street(), d.address().postalCode(),
                d.address().city(), d.address().country(), now, now, d.customerTag(), MatchKeys.nameKey(d.name())}));
        bulk.insert("debtor", List.of("id", "creditor_id", "match_key", "customer_number", "kind", "name", "email",
                "phone", "street", "postal_code", "city", "country", "created_at", "updated_at", "customer_tag",
                "name_key"), rows);
    }

    public void updateAll(CreditorId creditor, Map<UUID, NewDebtor> debtors, Instant now) {
        Timestamp timestamp = Timestamp.from(now);
        template.batchUpdate("""
                update debtor set customer_number = ?, kind = ?, name = ?, email = ?, phone = ?, street = ?,
                    postal_code = ?, city = ?, country = ?, updated_at = ?, customer_tag = ?, name_key = ?
                where id = ? and creditor_id = ?""",
                new ArrayList<>(debtors.entrySet()), Ledger.BATCH_SIZE, (PreparedStatement ps, Map.Entry<UUID, NewDebtor> e) -> {
                    NewDebtor d = e.getValue();
                    ps.setString(1, d.customerNumber());
                    ps.setString(2, d.kind().name());
                    ps.setString(3, d.name());
                    ps.setString(4, d.email());
                    ps.setString(5, d.phone());
                    ps.setString(6, d.address().street());
                    ps.setString(7, d.address().postalCode());
                    ps.setString(8, d.address().city());
                    ps.setString(9, d.address().country());
                    ps.setTimestamp(10, timestamp);
                    ps.setString(11, d.customerTag());
                    ps.setString(12, MatchKeys.nameKey(d.name()));
                    ps.setObject(13, e.getKey());
                    ps.setObject(14, creditor.value());
                });
    }

    /** Sets how the debtor wants to be written to; returns the preference it replaced, empty when no such debtor. */
    public Optional<String> setPreferredChannel(CreditorId creditor, UUID debtor, String channel) {
        List<String> was = jdbc.sql("select coalesce(preferred_channel, '') from debtor where id = :id "
                        + "and creditor_id = :creditor for update")
                .param("id", debtor).param("creditor", creditor.value()).query(String.class).list();
        if (was.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update debtor set preferred_channel = :channel where id = :id and creditor_id = :creditor")
                .param("channel", channel).param("id", debtor).param("creditor", creditor.value()).update();
        return Optional.of(was.get(0));
    }

    /** The debtor a claim of the creditor is owed by, or empty when the creditor has no such claim. */
    public java.util.Optional<Stored> ofClaim(CreditorId creditor, UUID claim) {
        return jdbc.sql("""
                        select d.id, d.match_key, d.kind, d.customer_number, d.name, d.email, d.phone, d.street,
                               d.postal_code, d.city, d.country, d.customer_tag
                        from claim c join debtor d on d.id = c.debtor_id
                        where c.id = :claim and c.creditor_id = :creditor""")
                .param("claim", claim)
                .param("creditor", creditor.value())
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), new NewDebtor(
                        de.kulant.law.DebtorKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), new PostalAddress(rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)), rs.getString(12), rs.getString(2))))
                .optional();
    }

    /** Changes a debtor's match key along with its data (the name or address identify a debtor without number). */
    public void rekey(CreditorId creditor, UUID debtor, String matchKey) {
        jdbc.sql("update debtor set match_key = :key where id = :id and creditor_id = :creditor")
                .param("key", matchKey).param("id", debtor).param("creditor", creditor.value()).update();
    }
}
