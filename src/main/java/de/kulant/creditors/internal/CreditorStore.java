package de.kulant.creditors.internal;

import de.kulant.creditors.Commission;
import de.kulant.creditors.ContractTerms;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.ResidualWaiver;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.Page;
import de.kulant.platform.PageRequest;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code creditor} table. */
@Repository
public class CreditorStore {

    private static final String COLUMNS = "id, name, email, street, postal_code, city, country, iban, bic, promo_code, "
            + "handover_requires_approval, residual_waiver, residual_waiver_maximum, residual_principal_tolerance, deducts_input_tax, created_at";

    private final JdbcClient jdbc;

    CreditorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Creditor creditor) {
        jdbc.sql("insert into creditor (" + COLUMNS + ") values (:id, :name, :email, :street, :postalCode, :city, "
                        + ":country, :iban, :bic, :promoCode, :approval, :waiver, :waiverMaximum, :tolerance, :deducts, :createdAt)")
                .param("id", creditor.id().value())
                .param("name", creditor.name())
                .param("email", creditor.email())
                .param("street", creditor.address().street())
                .param("postalCode", creditor.address().postalCode())
                .param("city", creditor.address().city())
                .param("country", creditor.address().country())
                .param("iban", creditor.iban())
                .param("bic", creditor.bic())
                .param("promoCode", creditor.promoCode())
                .param("approval", creditor.handoverRequiresApproval())
                .param("waiver", creditor.residualWaiver().enabled())
                .param("waiverMaximum", creditor.residualWaiver().maximum().amount())
                .param("tolerance", creditor.residualWaiver().principalTolerance().amount())
                .param("deducts", creditor.deductsInputTax())
                .param("createdAt", Timestamp.from(creditor.createdAt()))
                .update();
    }

    public void updateContract(CreditorId id, boolean handoverRequiresApproval, ResidualWaiver waiver,
                               boolean deductsInputTax) {
        jdbc.sql("""
                        update creditor set handover_requires_approval = :approval, residual_waiver = :waiver,
                            residual_waiver_maximum = :waiverMaximum, residual_principal_tolerance = :tolerance,
                            deducts_input_tax = :deducts
                        where id = :id""")
                .param("deducts", deductsInputTax)
                .param("approval", handoverRequiresApproval)
                .param("waiver", waiver.enabled())
                .param("waiverMaximum", waiver.maximum().amount())
                .param("tolerance", waiver.principalTolerance().amount())
                .param("id", id.value())
                .update();
    }

    public Optional<Creditor> find(CreditorId id) {
        return jdbc.sql("select " + COLUMNS + " from creditor where id = :id")
                .param("id", id.value())
                .query(CreditorStore::map)
                .optional();
    }

    /** Several creditors at once: one query. */
    public List<Creditor> findAll(Collection<CreditorId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select c." + COLUMNS.replace(", ", ", c.") + " from unnest(:ids) as wanted(id)"
                        + " join creditor c on c.id = wanted.id")
                .param("ids", ids.stream().distinct().map(CreditorId::value).toArray(java.util.UUID[]::new))
                .query(CreditorStore::map)
                .list();
    }

    /** Percent (null when none was agreed) and waiver of each creditor found. */
    public Map<CreditorId, Commission> commissions(Collection<CreditorId> ids) {
        Map<CreditorId, Commission> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select c.id, c.commission_percent, c.commission_waived_until from unnest(:ids) as wanted(id)"
                        + " join creditor c on c.id = wanted.id")
                .param("ids", ids.stream().distinct().map(CreditorId::value).toArray(UUID[]::new))
                .query((rs, n) -> found.put(new CreditorId(rs.getObject(1, UUID.class)),
                        new Commission(rs.getBigDecimal(2), rs.getObject(3, LocalDate.class))))
                .list();
        return found;
    }

    /** The creditor whose payout account has this IBAN (at most one: the IBAN is unique). */
    public List<Creditor> byIban(String iban) {
        return jdbc.sql("select " + COLUMNS + " from creditor where iban = :iban order by created_at, id")
                .param("iban", iban)
                .query(CreditorStore::map)
                .list();
    }

    /** The admin list's columns: name (the default), city, e-mail and when the creditor was created. */
    public static final SortColumns LIST_ORDER = new SortColumns("id",
            new SortColumns.Column("name", "name", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("city", "city", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("email", "email", SortColumns.KeyType.TEXT, false),
            new SortColumns.Column("createdAt", "created_at", SortColumns.KeyType.TIMESTAMP, true));

    /** Up to {@code size} creditors in the order after the position {@code cursor} gave out. */
    public SortColumns.Keyed<Creditor> page(ListOrder order, String cursor, int size) {
        return LIST_ORDER.page(jdbc, "select " + COLUMNS, " from creditor", Map.of(), order, cursor, size,
                CreditorStore::map);
    }

    /** The contract a shop accepted when it signed up by itself. */
    public void recordTerms(CreditorId id, String vatId, ContractTerms terms) {
        jdbc.sql("update creditor set vat_id = :vatId, commission_percent = :percent, commission_waived_until = :until, "
                        + "terms_version = :version, terms_accepted_at = :accepted where id = :id")
                .param("vatId", vatId).param("percent", terms.commissionPercent())
                .param("until", terms.commissionWaivedUntil()).param("version", terms.version())
                .param("accepted", Timestamp.from(terms.acceptedAt())).param("id", id.value()).update();
    }

    /** The terms a shop accepted, empty for one an admin created. */
    public Optional<ContractTerms> terms(CreditorId id, boolean settlementsNeedApproval) {
        return jdbc.sql("select commission_percent, commission_waived_until, handover_requires_approval, terms_version, "
                        + "terms_accepted_at from creditor where id = :id and terms_accepted_at is not null")
                .param("id", id.value())
                .query((rs, n) -> new ContractTerms(rs.getBigDecimal(1), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3), settlementsNeedApproval, rs.getString(4), rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from creditor").query(Long.class).single();
    }

    public Page<Creditor> page(PageRequest page) {
        long total = jdbc.sql("select count(*) from creditor").query(Long.class).single();
        var items = jdbc.sql("select " + COLUMNS + " from creditor order by name, id limit :limit offset :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(CreditorStore::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public Map<CreditorId, String> allNames() {
        Map<CreditorId, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, name from creditor").query(rs -> {
            names.put(new CreditorId(rs.getObject(1, UUID.class)), rs.getString(2));
        });
        return names;
    }

    /** Up to {@code limit} creditors whose name contains {@code search} (any case), by name. */
    public List<Creditor> named(String search, int limit) {
        return jdbc.sql("select " + COLUMNS + " from creditor where lower(name) like :pattern escape '\\' "
                        + "order by name, id limit :limit")
                .param("pattern", "%" + search.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query(CreditorStore::map)
                .list();
    }

    private static Creditor map(ResultSet rs, int row) throws SQLException {
        return new Creditor(new CreditorId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("email"),
                new PostalAddress(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("country")),
                rs.getString("iban"), rs.getString("bic"), rs.getString("promo_code"),
                rs.getBoolean("handover_requires_approval"),
                new ResidualWaiver(rs.getBoolean("residual_waiver"), Money.eur(rs.getBigDecimal("residual_waiver_maximum")),
                        Money.eur(rs.getBigDecimal("residual_principal_tolerance"))),
                rs.getBoolean("deducts_input_tax"), rs.getTimestamp("created_at").toInstant());
    }
}
