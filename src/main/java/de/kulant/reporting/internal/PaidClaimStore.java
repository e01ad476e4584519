package de.kulant.reporting.internal;

import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims that ended paid (migration 123) and the shop dashboard's figures read from them. */
@Repository
public class PaidClaimStore {

    /** One paid claim as written. */
    public record PaidClaim(UUID claimId, CreditorId creditorId, String customerKey, LocalDate dueDate,
                            LocalDate paidOn, int level, boolean collection, BigDecimal amount) {

        int daysLate() {
            return paidOn.isAfter(dueDate) ? (int) (paidOn.toEpochDay() - dueDate.toEpochDay()) : 0;
        }
    }

    /** Paid claims of a stage: {@code level} the dunning level paid at, or -1 for collection. */
    public record StageRow(int level, long claims, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    PaidClaimStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Writes these paid claims, replacing an earlier row of a claim paid before (paid, returned, paid again). */
    public void upsert(List<PaidClaim> rows) {
        if (rows.isEmpty()) {
            return;
        }
        remove(rows.stream().map(PaidClaim::claimId).toList());
        bulk.insert("paid_claim", List.of("claim_id", "creditor_id", "customer_key", "due_date", "paid_on", "days_late",
                "level", "collection", "amount", "ordered_again"), rows.stream().map(r -> new Object[] {r.claimId(),
                r.creditorId().value(), r.customerKey(), r.dueDate(), r.paidOn(), r.daysLate(), r.level(),
                r.collection(), r.amount(), false}).toList());
        jdbc.sql("update paid_claim set ordered_again = true where claim_id in (:ids) and " + ORDERED_AFTER)
                .param("ids", rows.stream().map(PaidClaim::claimId).toList()).update();
    }

    /** An order of the paid claim's customer dated after its payment. */
    private static final String ORDERED_AFTER = "exists (select 1 from customer_order o where o.creditor_id = "
            + "paid_claim.creditor_id and o.customer_key = paid_claim.customer_key and o.ordered_on > paid_claim.paid_on)";

    /** Orders just reported: the customers' earlier paid claims now count as followed by an order. */
    public void ordersArrived(CreditorId creditor, Collection<String> customerKeys) {
        if (!customerKeys.isEmpty()) {
            jdbc.sql("update paid_claim set ordered_again = true where creditor_id = :creditor and customer_key in "
                            + "(:keys) and not ordered_again and " + ORDERED_AFTER)
                    .param("creditor", creditor.value()).param("keys", customerKeys).update();
        }
    }

    public void remove(Collection<UUID> claims) {
        if (!claims.isEmpty()) {
            jdbc.sql("delete from paid_claim where claim_id in (:ids)").param("ids", claims).update();
        }
    }

    /** Claims paid in [from, to] by the stage they were paid at. */
    public List<StageRow> byStage(CreditorId creditor, LocalDate from, LocalDate to) {
        return jdbc.sql("select case when collection then -1 when level > 3 then 3 else level end as stage, count(*), "
                        + "sum(amount) from paid_claim where creditor_id = :creditor and paid_on between :from and :to "
                        + "group by case when collection then -1 when level > 3 then 3 else level end")
                .param("creditor", creditor.value()).param("from", from).param("to", to)
                .query((rs, n) -> new StageRow(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3))).list();
    }

    /** Average days from the due date to payment of the claims paid in [from, to] (early payment counts 0), or null. */
    public BigDecimal averageDaysToPay(CreditorId creditor, LocalDate from, LocalDate to) {
        long[] found = jdbc.sql("select count(*), coalesce(sum(days_late), 0) from paid_claim where creditor_id = "
                        + ":creditor and paid_on between :from and :to")
                .param("creditor", creditor.value()).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return found[0] == 0 ? null : BigDecimal.valueOf(found[1]).divide(BigDecimal.valueOf(found[0]), 1,
                java.math.RoundingMode.HALF_UP);
    }

    /** Of the claims due in [from, to] that were paid without collection, how many at each dunning level. */
    public List<StageRow> curedByLevel(CreditorId creditor, LocalDate from, LocalDate to) {
        return jdbc.sql("select level, count(*), sum(amount) from paid_claim where creditor_id = :creditor and "
                        + "due_date between :from and :to and not collection group by level")
                .param("creditor", creditor.value()).param("from", from).param("to", to)
                .query((rs, n) -> new StageRow(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3))).list();
    }

    /**
     * Retention: the customers (by customer number) with a claim paid in [from, to], and how many of them ordered
     * again after that payment.
     */
    public long[] retention(CreditorId creditor, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*), coalesce(sum(again), 0) from (select customer_key, max(case when "
                        + "ordered_again then 1 else 0 end) as again from paid_claim where creditor_id = :creditor and "
                        + "paid_on between :from and :to and customer_key is not null group by customer_key) customers")
                .param("creditor", creditor.value()).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
