package de.kulant.claims.internal;

import de.kulant.claims.ClaimStatus;
import de.kulant.claims.StandingFigure;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claim and cash figures (migration 078): writers append changes in their own transaction, {@link #fold()} adds
 * them into the figures, and readers add the changes not yet folded, so a figure is exact at every commit.
 */
@Repository
public class FigureStore {

    /** Where a claim counts: its creditor, status, dunning level and due date. */
    public record Key(UUID creditor, String status, int level, LocalDate dueDate) {
    }

    /** What a claim adds to its key (or takes away, negated, when it leaves it). */
    public record Share(long claims, BigDecimal amount, BigDecimal outstanding, BigDecimal paid) {

        static final Share NONE = new Share(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Share plus(Share other) {
            return new Share(claims + other.claims, amount.add(other.amount), outstanding.add(other.outstanding),
                    paid.add(other.paid));
        }

        Share negate() {
            return new Share(-claims, amount.negate(), outstanding.negate(), paid.negate());
        }

        boolean isZero() {
            return claims == 0 && amount.signum() == 0 && outstanding.signum() == 0 && paid.signum() == 0;
        }
    }

    /** The changes of one write, summed per key and per creditor and day, before they are stored. */
    public static final class Changes {

        private final Map<Key, Share> claims = new HashMap<>();
        private final Map<Map.Entry<UUID, LocalDate>, BigDecimal> cash = new HashMap<>();

        public void add(Key key, Share share) {
            claims.merge(key, share, Share::plus);
        }

        /** A claim moved from one key and share to another (both may be the same key). */
        public void move(Key from, Share before, Key to, Share after) {
            add(from, before.negate());
            add(to, after);
        }

        public void received(UUID creditor, LocalDate day, BigDecimal amount) {
            cash.merge(Map.entry(creditor, day), amount, BigDecimal::add);
        }
    }

    private static final String SHARE_COLUMNS = "claims, amount, outstanding, paid";

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    FigureStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Appends the changes of one write in the writer's transaction. */
    public void record(Changes changes) {
        List<Object[]> claimRows = new ArrayList<>();
        changes.claims.forEach((key, share) -> {
            if (!share.isZero()) {
                claimRows.add(new Object[] {key.creditor(), key.status(), key.level(), key.dueDate(), share.claims(),
                        share.amount(), share.outstanding(), share.paid()});
            }
        });
        bulk.insert("claim_figures_change", List.of("creditor_id", "status", "dunning_level", "due_date", "claims",
                "amount", "outstanding", "paid"), claimRows);
        List<Object[]> cashRows = new ArrayList<>();
        changes.cash.forEach((day, amount) -> {
            if (amount.signum() != 0) {
                cashRows.add(new Object[] {day.getKey(), day.getValue(), amount});
            }
        });
        bulk.insert("cash_figures_change", List.of("creditor_id", "booking_date", "received"), cashRows);
    }

    /** A claim's key and share. */
    public record Standing(Key key, Share share) {

        /** The columns {@link #read} reads, in its order. */
        static final String COLUMNS = "creditor_id, status, dunning_level, due_date, amount, "
                + "principal_open + interest_open + fees_open + costs_open, paid_total";

        /** A claim's standing from {@link #COLUMNS}, starting at column {@code first}. */
        static Standing read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
            return new Standing(new Key(rs.getObject(first, UUID.class), rs.getString(first + 1), rs.getInt(first + 2),
                    rs.getObject(first + 3, LocalDate.class)),
                    new Share(1, rs.getBigDecimal(first + 4), rs.getBigDecimal(first + 5), rs.getBigDecimal(first + 6)));
        }
    }

    /**
     * Adds the stored changes into the figures and removes them; 0 when another instance folded the same changes at
     * the same time (its transaction wins, this one is rolled back by the caller).
     */
    public int fold() {
        Map<Key, Share> sums = new TreeMap<>(java.util.Comparator.comparing((Key k) -> k.creditor())
                .thenComparing(Key::status).thenComparingInt(Key::level).thenComparing(Key::dueDate));
        List<Long> claimIds = new ArrayList<>();
        jdbc.sql("select id, creditor_id, status, dunning_level, due_date, " + SHARE_COLUMNS
                        + " from claim_figures_change order by id fetch first 50000 rows only")
                .query(rs -> {
                    claimIds.add(rs.getLong(1));
                    sums.merge(new Key(rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                                    rs.getObject(5, LocalDate.class)),
                            new Share(rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)),
                            Share::plus);
                });
        Map<Map.Entry<UUID, LocalDate>, BigDecimal> cash = new TreeMap<>(
                java.util.Comparator.comparing((Map.Entry<UUID, LocalDate> e) -> e.getKey())
                        .thenComparing(Map.Entry::getValue));
        List<Long> cashIds = new ArrayList<>();
        jdbc.sql("select id, creditor_id, booking_date, received from cash_figures_change order by id "
                        + "fetch first 50000 rows only")
                .query(rs -> {
                    cashIds.add(rs.getLong(1));
                    cash.merge(Map.entry(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)),
                            rs.getBigDecimal(4), BigDecimal::add);
                });
        if (!delete("claim_figures_change", claimIds) || !delete("cash_figures_change", cashIds)) {
            return -1;
        }
        sums.forEach((key, share) -> jdbc.sql("""
                        merge into claim_figures f
                        using (select cast(:creditor as uuid) as creditor_id, cast(:status as varchar(20)) as status,
                                      cast(:level as integer) as dunning_level, cast(:due as date) as due_date) k
                        on f.creditor_id = k.creditor_id and f.status = k.status
                           and f.dunning_level = k.dunning_level and f.due_date = k.due_date
                        when matched then update set claims = f.claims + :claims, amount = f.amount + :amount,
                            outstanding = f.outstanding + :outstanding, paid = f.paid + :paid
                        when not matched then insert (creditor_id, status, dunning_level, due_date, claims, amount,
                            outstanding, paid)
                            values (k.creditor_id, k.status, k.dunning_level, k.due_date, :claims, :amount,
                            :outstanding, :paid)""")
                .param("creditor", key.creditor()).param("status", key.status()).param("level", key.level())
                .param("due", key.dueDate()).param("claims", share.claims()).param("amount", share.amount())
                .param("outstanding", share.outstanding()).param("paid", share.paid())
                .update());
        sums.forEach((key, share) -> {
            if (share.claims() < 0) {
                jdbc.sql("delete from claim_figures where creditor_id = :creditor and status = :status "
                                + "and dunning_level = :level and due_date = :due and claims = 0 and amount = 0 "
                                + "and outstanding = 0 and paid = 0")
                        .param("creditor", key.creditor()).param("status", key.status()).param("level", key.level())
                        .param("due", key.dueDate()).update();
            }
        });
        cash.forEach((day, amount) -> jdbc.sql("""
                        merge into cash_figures f
                        using (select cast(:creditor as uuid) as creditor_id, cast(:day as date) as booking_date) k
                        on f.creditor_id = k.creditor_id and f.booking_date = k.booking_date
                        when matched then update set received = f.received + :amount
                        when not matched then insert (creditor_id, booking_date, received)
                            values (k.creditor_id, k.booking_date, :amount)""")
                .param("creditor", day.getKey()).param("day", day.getValue()).param("amount", amount)
                .update());
        return claimIds.size() + cashIds.size();
    }

    /** False when some of the rows were gone: another instance is folding them. */
    private boolean delete(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        return jdbc.sql("delete from " + table + " where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .update() == ids.size();
    }

    /** Computes a creditor's figures (or all, with null) anew from the claims and the ledger. */
    public void rebuild(CreditorId creditor) {
        String where = creditor == null ? "" : " where creditor_id = :creditor";
        Map<String, Object> params = creditor == null ? Map.of() : Map.of("creditor", creditor.value());
        for (String table : List.of("claim_figures", "claim_figures_change", "cash_figures", "cash_figures_change")) {
            jdbc.sql("delete from " + table + where).params(params).update();
        }
        jdbc.sql("""
                        insert into claim_figures (creditor_id, status, dunning_level, due_date, claims, amount,
                            outstanding, paid)
                        select creditor_id, status, dunning_level, due_date, count(*), sum(amount),
                               sum(principal_open + interest_open + fees_open + costs_open), sum(paid_total)
                        from claim""" + where + " group by creditor_id, status, dunning_level, due_date")
                .params(params).update();
        jdbc.sql("insert into cash_figures (creditor_id, booking_date, received) "
                        + "select creditor_id, booking_date, -sum(amount) from ledger_posting"
                        + (creditor == null ? " where" : where + " and")
                        + " kind in ('PAYMENT', 'PAYMENT_RETURNED') group by creditor_id, booking_date")
                .params(params).update();
    }

    /** A creditor's (or, with null, every creditor's) claims per status, level and due date, changes included. */
    public List<StandingFigure> standing(CreditorId creditor) {
        String where = creditor == null ? "" : " where creditor_id = :creditor";
        Map<String, Object> params = creditor == null ? Map.of() : Map.of("creditor", creditor.value());
        return jdbc.sql("select status, dunning_level, due_date, sum(claims), sum(amount), sum(outstanding), sum(paid)"
                        + " from (select status, dunning_level, due_date, " + SHARE_COLUMNS + " from claim_figures"
                        + where + " union all select status, dunning_level, due_date, " + SHARE_COLUMNS
                        + " from claim_figures_change" + where + ") f group by status, dunning_level, due_date")
                .params(params)
                .query((rs, n) -> new StandingFigure(ClaimStatus.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), money(rs.getBigDecimal(5)),
                        money(rs.getBigDecimal(6)), money(rs.getBigDecimal(7))))
                .list().stream().filter(f -> f.claims() != 0 || !f.outstanding().isZero()).toList();
    }

    /** How many claims a list filtered only by creditor, status and due date holds, and what they owe. */
    public Share total(CreditorId creditor, ClaimStatus status, boolean openOnly, Integer level, LocalDate dueFrom,
                       LocalDate dueBefore) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (creditor != null) {
            conditions.add("creditor_id = :creditor");
            params.put("creditor", creditor.value());
        }
        if (status != null) {
            conditions.add("status = :status");
            params.put("status", status.name());
        }
        if (openOnly) {
            conditions.add("status in ('OPEN', 'DUNNING', 'COLLECTION', 'RETURNED')");
        }
        if (level != null) {
            conditions.add("dunning_level = :level");
            params.put("level", level);
        }
        if (dueFrom != null) {
            conditions.add("due_date >= :dueFrom");
            params.put("dueFrom", dueFrom);
        }
        if (dueBefore != null) {
            conditions.add("due_date < :dueBefore");
            params.put("dueBefore", dueBefore);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select coalesce(sum(claims), 0), coalesce(sum(amount), 0), coalesce(sum(outstanding), 0), "
                        + "coalesce(sum(paid), 0) from (select " + SHARE_COLUMNS + " from claim_figures" + where
                        + " union all select " + SHARE_COLUMNS + " from claim_figures_change" + where + ") f")
                .params(params)
                .query((rs, n) -> new Share(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .single();
    }

    /** Money received per booking day from {@code from} on, changes included. */
    public Map<LocalDate, Money> received(CreditorId creditor, LocalDate from) {
        String where = " where booking_date >= :from" + (creditor == null ? "" : " and creditor_id = :creditor");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        if (creditor != null) {
            params.put("creditor", creditor.value());
        }
        Map<LocalDate, Money> days = new TreeMap<>();
        jdbc.sql("select booking_date, sum(received) from (select booking_date, received from cash_figures" + where
                        + " union all select booking_date, received from cash_figures_change" + where
                        + ") c group by booking_date")
                .params(params)
                .query(rs -> {
                    days.put(rs.getObject(1, LocalDate.class), money(rs.getBigDecimal(2)));
                });
        return days;
    }

    private static Money money(BigDecimal value) {
        return value == null ? Money.zeroEur() : Money.eur(value);
    }
}
