package de.kulant.collection.internal;

import de.kulant.collection.CaseId;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_plan} and {@code case_plan_rate} tables: instalment plans and their rates. */
@Repository
public class PlanStore {

    /** A plan as stored; {@code paidSince} is what came in on the case since it was agreed. */
    public record PlanRow(UUID id, CaseId caseId, CreditorId creditorId, String status, Money openBalance,
                          Money agreementFee, Money amount, Money downPayment, int instalments, String interval,
                          LocalDate firstDueOn, boolean interestWaived, Money paidBefore, Money paidSince, int misses,
                          LocalDate agreedOn, LocalDate endedOn, Mandate mandate, Instant createdAt, String createdBy) {
    }

    /** A SEPA direct-debit mandate for the plan's rates, given by the account's holder. */
    public record Mandate(String iban, String reference, LocalDate signedOn, String holder) {
    }

    /** A rate: {@code dueTotal} is what the plan has asked for up to and including it. */
    public record RateRow(UUID planId, int number, LocalDate dueOn, Money amount, Money dueTotal, String reference,
                          String status, LocalDate paidOn, LocalDate missedOn) {
    }

    /** A plan whose rates were just missed: how many, and how many it had missed before. */
    public record Missed(UUID planId, CaseId caseId, CreditorId creditorId, int missesBefore, int newlyMissed,
                         LocalDate firstMissedDueOn, Money missedAmount) {
    }

    private static final String COLUMNS = "id, case_id, creditor_id, status, open_balance, agreement_fee, amount, "
            + "down_payment, instalments, interval_kind, first_due_on, interest_waived, paid_before, paid_since, misses, "
            + "agreed_on, ended_on, debit_iban, mandate_reference, mandate_signed_on, debit_holder, created_at, created_by";
    private static final String RATE_COLUMNS = "plan_id, number, due_on, amount, due_total, reference, status, paid_on, "
            + "missed_on";

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    PlanStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void insert(PlanRow p, List<RateRow> rates) {
        Mandate m = p.mandate();
        jdbc.sql("insert into case_plan (" + COLUMNS + ") values (:id, :case, :creditor, :status, :open, :fee, :amount, "
                        + ":down, :instalments, :interval, :first, :waived, :paidBefore, :paidSince, :misses, :agreedOn, "
                        + "null, :iban, :mandate, :signedOn, :holder, :createdAt, :createdBy)")
                .param("id", p.id())
                .param("case", p.caseId().value())
                .param("creditor", p.creditorId().value())
                .param("status", p.status())
                .param("open", p.openBalance().amount())
                .param("fee", p.agreementFee().amount())
                .param("amount", p.amount().amount())
                .param("down", p.downPayment() == null ? null : p.downPayment().amount())
                .param("instalments", p.instalments())
                .param("interval", p.interval())
                .param("first", p.firstDueOn())
                .param("waived", p.interestWaived())
                .param("paidBefore", p.paidBefore().amount())
                .param("paidSince", p.paidSince().amount())
                .param("misses", p.misses())
                .param("agreedOn", p.agreedOn())
                .param("iban", m == null ? null : m.iban())
                .param("mandate", m == null ? null : m.reference())
                .param("signedOn", m == null ? null : m.signedOn())
                .param("holder", m == null ? null : m.holder())
                .param("createdAt", Timestamp.from(p.createdAt()))
                .param("createdBy", p.createdBy())
                .update();
        bulk.insert("case_plan_rate", List.of("plan_id", "number", "case_id", "creditor_id", "due_on", "amount",
                "due_total", "reference", "status"), rates.stream().map(r -> new Object[] {p.id(), r.number(),
                p.caseId().value(), p.creditorId().value(), r.dueOn(), r.amount().amount(), r.dueTotal().amount(),
                r.reference(), r.status()}).toList());
    }

    /** The case's plan that runs or waits for the creditor, locked. */
    public Optional<PlanRow> lockRunning(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where case_id = :case "
                        + "and status in ('ACTIVE', 'PENDING_CREDITOR') for update")
                .param("case", id.value())
                .query(PlanStore::map)
                .optional();
    }

    /** One plan of a case; {@code creditor} null: staff, any creditor's. */
    public Optional<PlanRow> find(CreditorId creditor, CaseId caseId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where id = :id and case_id = :case"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .param("id", id)
                .param("case", caseId.value())
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(PlanStore::map)
                .optional();
    }

    /** One plan, locked; {@code creditor} null: staff, any creditor's. */
    public Optional<PlanRow> lock(CreditorId creditor, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor") + " for update")
                .param("id", id)
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(PlanStore::map)
                .optional();
    }

    /** The creditor's plans waiting for its decision, oldest first. */
    public List<PlanRow> pending(CreditorId creditor, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where status = 'PENDING_CREDITOR' "
                        + "and creditor_id = :creditor order by created_at, id limit :limit")
                .param("creditor", creditor.value()).param("limit", limit).query(PlanStore::map).list();
    }

    /** Plans still waiting for the creditor when their first rate fell due before {@code today}, locked. */
    public List<PlanRow> lockUndecided(LocalDate today, CreditorRange range, int limit) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where status = 'PENDING_CREDITOR' "
                        + "and first_due_on < :today" + range.condition("creditor_id")
                        + " order by first_due_on, id limit :limit for update")
                .params(range.parameters()).param("today", today).param("limit", limit).query(PlanStore::map).list();
    }

    /** Several plans by id, in one query. */
    public Map<UUID, PlanRow> findAll(java.util.Collection<UUID> ids) {
        Map<UUID, PlanRow> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from case_plan where id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query(PlanStore::map).list().forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** The case's plans, newest first. */
    public List<PlanRow> ofCase(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_plan where case_id = :case order by created_at desc, id desc")
                .param("case", id.value())
                .query(PlanStore::map)
                .list();
    }

    /** The rates of many plans in one query, each plan's in order. */
    public Map<UUID, List<RateRow>> ratesOf(java.util.Collection<UUID> planIds) {
        Map<UUID, List<RateRow>> found = new java.util.HashMap<>();
        if (planIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + RATE_COLUMNS + " from case_plan_rate where plan_id = any(:plans) order by plan_id, number")
                .param("plans", planIds.toArray(UUID[]::new))
                .query(PlanStore::mapRate).list()
                .forEach(r -> found.computeIfAbsent(r.planId(), k -> new java.util.ArrayList<>()).add(r));
        return found;
    }

    /** Ends many plans with one status on one day. */
    public void setStatusAll(java.util.Collection<UUID> planIds, String status, LocalDate endedOn) {
        if (planIds.isEmpty()) {
            return;
        }
        jdbc.sql("update case_plan set status = :status, ended_on = :ended where id = any(:plans)")
                .param("status", status).param("ended", endedOn).param("plans", planIds.toArray(UUID[]::new))
                .update();
    }

    public List<RateRow> rates(UUID planId) {
        return jdbc.sql("select " + RATE_COLUMNS + " from case_plan_rate where plan_id = :plan order by number")
                .param("plan", planId)
                .query(PlanStore::mapRate)
                .list();
    }

    /**
     * Records what came in since the plan was agreed; rates it covers (give or take {@code tolerance}) are paid on
     * {@code on}, paid rates it no longer covers (a payment returned) are open again. Returns the rates still unpaid.
     */
    public int settle(UUID planId, Money paidSince, Money tolerance, LocalDate on) {
        jdbc.sql("update case_plan set paid_since = :paid where id = :plan")
                .param("paid", paidSince.amount()).param("plan", planId).update();
        jdbc.sql("update case_plan_rate set status = 'PAID', paid_on = :on where plan_id = :plan "
                        + "and status in ('OPEN', 'MISSED') and due_total <= :covered")
                .param("on", on).param("plan", planId).param("covered", paidSince.plus(tolerance).amount()).update();
        jdbc.sql("update case_plan_rate set status = 'OPEN', paid_on = null where plan_id = :plan "
                        + "and status = 'PAID' and due_total > :covered")
                .param("plan", planId).param("covered", paidSince.plus(tolerance).amount()).update();
        return jdbc.sql("select count(*) from case_plan_rate where plan_id = :plan and status <> 'PAID'")
                .param("plan", planId).query(Integer.class).single();
    }

    public void setStatus(UUID planId, String status, LocalDate endedOn) {
        jdbc.sql("update case_plan set status = :status, ended_on = :ended where id = :plan")
                .param("status", status).param("ended", endedOn).param("plan", planId).update();
    }

    public void agree(UUID planId, LocalDate on) {
        jdbc.sql("update case_plan set status = 'ACTIVE', agreed_on = :on where id = :plan")
                .param("on", on).param("plan", planId).update();
    }

    /** Where a batch of plans left off, in creditor and id order. */
    public record PlanCursor(UUID creditorId, UUID planId) {
    }

    /**
     * Up to {@code limit} running plans of the range after {@code after} (null: from the first), in creditor and id
     * order, with rates that fell due before {@code cutoff} and are not covered by what came in (give or take
     * {@code tolerance}). The rates still open and due are read first by their index {@code (status, due_on)} (few:
     * a rate leaves it once paid or missed), fenced with {@code offset 0} so the planner does not walk every running
     * plan in order instead. Not locked (a grouped query cannot be): one instance at a time works a range of a run,
     * and one run runs at a time.
     */
    public List<Missed> missed(LocalDate cutoff, Money tolerance, CreditorRange range, PlanCursor after, int limit) {
        return jdbc.sql("select p.creditor_id, p.id, p.case_id, p.misses, count(*) as missed, min(r.due_on) as first_due, "
                        + "sum(r.amount) as missed_amount from (select plan_id, due_on, amount, due_total "
                        + "from case_plan_rate where status = 'OPEN' and due_on < :cutoff" + range.condition("creditor_id")
                        + " offset 0) r join case_plan p on p.id = r.plan_id "
                        + "where p.status = 'ACTIVE' and r.due_total > p.paid_since + :tolerance "
                        + (after == null ? "" : "and (p.creditor_id, p.id) > (:afterCreditor, :afterPlan) ")
                        + "group by p.creditor_id, p.id, p.case_id, p.misses order by p.creditor_id, p.id limit :limit")
                .param("cutoff", cutoff).param("tolerance", tolerance.amount()).param("limit", limit)
                .params(range.parameters())
                .params(after == null ? Map.of() : Map.of("afterCreditor", after.creditorId(), "afterPlan",
                        after.planId()))
                .query((rs, n) -> new Missed(rs.getObject(2, UUID.class), new CaseId(rs.getObject(3, UUID.class)),
                        new CreditorId(rs.getObject(1, UUID.class)), rs.getInt(4), rs.getInt(5),
                        rs.getObject(6, LocalDate.class), Money.eur(rs.getBigDecimal(7))))
                .list();
    }

    /** Marks the missed rates of these plans and counts them on the plans, set-based. */
    public void markMissed(List<UUID> plans, LocalDate cutoff, Money tolerance, LocalDate on) {
        if (plans.isEmpty()) {
            return;
        }
        UUID[] ids = plans.toArray(UUID[]::new);
        jdbc.sql("""
                        update case_plan set misses = misses + (select count(*) from case_plan_rate r
                            where r.plan_id = case_plan.id and r.status = 'OPEN' and r.due_on < :cutoff
                              and r.due_total > case_plan.paid_since + :tolerance)
                        where id = any(:plans)""")
                .param("cutoff", cutoff).param("tolerance", tolerance.amount()).param("plans", ids).update();
        jdbc.sql("""
                        update case_plan_rate set status = 'MISSED', missed_on = :on
                        where plan_id = any(:plans) and status = 'OPEN' and due_on < :cutoff
                          and due_total > (select p.paid_since from case_plan p where p.id = case_plan_rate.plan_id)
                              + :tolerance""")
                .param("on", on).param("cutoff", cutoff).param("tolerance", tolerance.amount()).param("plans", ids)
                .update();
    }

    /** The status of each of these cases' latest plan, in one query. */
    public Map<CaseId, String> latestStatusOf(java.util.Collection<CaseId> ids) {
        Map<CaseId, String> latest = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return latest;
        }
        jdbc.sql("select case_id, status from case_plan where case_id = any(:ids) order by case_id, created_at desc, id desc")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    latest.putIfAbsent(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return latest;
    }

    private static PlanRow map(ResultSet rs, int row) throws SQLException {
        String iban = rs.getString("debit_iban");
        return new PlanRow(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("status"),
                Money.eur(rs.getBigDecimal("open_balance")), Money.eur(rs.getBigDecimal("agreement_fee")),
                Money.eur(rs.getBigDecimal("amount")), rs.getBigDecimal("down_payment") == null ? null
                : Money.eur(rs.getBigDecimal("down_payment")), rs.getInt("instalments"), rs.getString("interval_kind"),
                rs.getObject("first_due_on", LocalDate.class), rs.getBoolean("interest_waived"),
                Money.eur(rs.getBigDecimal("paid_before")), Money.eur(rs.getBigDecimal("paid_since")),
                rs.getInt("misses"), rs.getObject("agreed_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), iban == null ? null : new Mandate(iban,
                rs.getString("mandate_reference"), rs.getObject("mandate_signed_on", LocalDate.class),
                rs.getString("debit_holder")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static RateRow mapRate(ResultSet rs, int row) throws SQLException {
        return new RateRow(rs.getObject("plan_id", UUID.class), rs.getInt("number"),
                rs.getObject("due_on", LocalDate.class), Money.eur(rs.getBigDecimal("amount")),
                Money.eur(rs.getBigDecimal("due_total")), rs.getString("reference"), rs.getString("status"),
                rs.getObject("paid_on", LocalDate.class), rs.getObject("missed_on", LocalDate.class));
    }
}
