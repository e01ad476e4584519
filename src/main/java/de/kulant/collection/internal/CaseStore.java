package de.kulant.collection.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.collection.CaseId;
import de.kulant.collection.CaseReference;
import de.kulant.collection.CaseStatus;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorRange;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import de.kulant.platform.BulkInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of cases: {@code collection_case} and {@code case_claim}. */
@Repository
public class CaseStore {

    /** A case as stored. */
    public record CaseRow(CaseId id, CreditorId creditorId, DebtorId debtorId, CaseReference reference,
                          CaseStatus status, LocalDate mandateDate, LocalDate openedOn, String assignee,
                          String closeReason, String closeText, LocalDate closedOn, BigDecimal costFactor,
                          LocalDate firstDemandUntil, boolean hardship, int version) {
    }

    /** A claim of a case: the value its costs are computed on, and whether it was in default when it joined. */
    public record Member(ClaimId claim, Money value, boolean chargeable, LocalDate joinedOn) {
    }

    static final String COLUMNS = "id, creditor_id, debtor_id, reference, status, mandate_date, opened_on, "
            + "assignee, close_reason, close_text, closed_on, cost_factor, first_demand_until, hardship, version";

    /** A claim joining a case. */
    public record Link(CaseId caseId, CreditorId creditorId, Member member) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;

    CaseStore(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** The open cases of these debtors, their rows locked (in id order) until the transaction ends. */
    public Map<DebtorId, CaseRow> lockOpenCases(Collection<DebtorId> debtors) {
        Map<DebtorId, CaseRow> found = new LinkedHashMap<>();
        if (debtors.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from collection_case where open_debtor = any(:debtors) order by id for update")
                .param("debtors", debtors.stream().map(DebtorId::value).distinct().toArray(UUID[]::new))
                .query(CaseStore::map)
                .list()
                .forEach(row -> found.put(row.debtorId(), row));
        return found;
    }

    /**
     * Sets one column of many cases in one statement ({@code column} and {@code type} are names from code, never
     * input): a batch of single-row updates would be planned once per row.
     */
    public void setEach(String column, String type, Map<CaseId, ?> values) {
        if (values.isEmpty()) {
            return;
        }
        List<Map.Entry<CaseId, ?>> entries = new java.util.ArrayList<>(values.entrySet());
        jdbc.sql("merge into collection_case c using (select * from unnest(:ids, :values) as v(id, new_value)) v "
                        + "on c.id = v.id when matched then update set " + column + " = cast(v.new_value as " + type + "), "
                        + "version = c.version + 1")
                .param("ids", entries.stream().map(e -> e.getKey().value()).toArray(UUID[]::new))
                .param("values", entries.stream().map(e -> e.getValue() == null ? null : e.getValue() instanceof BigDecimal d
                        ? d.toPlainString() : e.getValue().toString()).toArray(String[]::new))
                .update();
    }

    /** Of these claims, those in a case already. */
    public Set<ClaimId> linked(Collection<ClaimId> claims) {
        Set<ClaimId> found = new HashSet<>();
        if (claims.isEmpty()) {
            return found;
        }
        jdbc.sql("select claim_id from case_claim where claim_id = any(:ids)")
                .param("ids", claims.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .query(UUID.class).list().forEach(id -> found.add(new ClaimId(id)));
        return found;
    }

    /** The case each of these claims belongs to; claims in no case are absent. */
    public Map<ClaimId, CaseId> casesOf(Collection<ClaimId> claims) {
        Map<ClaimId, CaseId> found = new HashMap<>();
        if (claims.isEmpty()) {
            return found;
        }
        jdbc.sql("select claim_id, case_id from case_claim where claim_id = any(:ids)")
                .param("ids", claims.stream().map(ClaimId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new ClaimId(rs.getObject(1, UUID.class)), new CaseId(rs.getObject(2, UUID.class)));
                });
        return found;
    }

    /** Claims joining cases: one bulk insert for a whole chunk. */
    public void linkAll(List<Link> links) {
        bulk.insert("case_claim", List.of("claim_id", "case_id", "creditor_id", "joined_on", "claim_value", "chargeable"),
                links.stream().map(l -> new Object[] {l.member().claim().value(), l.caseId().value(),
                        l.creditorId().value(), l.member().joinedOn(), l.member().value().amount(),
                        l.member().chargeable()}).toList());
    }

    /** The case's claims in the order they joined. */
    public List<Member> members(CaseId id) {
        return membersOf(List.of(id)).getOrDefault(id, List.of());
    }

    /** The claims of several cases (a page of them) in one query, each case's in the order they joined. */
    public Map<CaseId, List<Member>> membersOf(Collection<CaseId> ids) {
        Map<CaseId, List<Member>> members = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return members;
        }
        jdbc.sql("select case_id, claim_id, claim_value, chargeable, joined_on from case_claim where case_id = any(:cases) "
                        + "order by case_id, joined_on, claim_id")
                .param("cases", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    members.computeIfAbsent(new CaseId(rs.getObject(1, UUID.class)), k -> new java.util.ArrayList<>())
                            .add(new Member(new ClaimId(rs.getObject(2, UUID.class)), Money.eur(rs.getBigDecimal(3)),
                                    rs.getBoolean(4), rs.getObject(5, LocalDate.class)));
                });
        return members;
    }

    public void setAssignee(CaseId id, String assignee) {
        jdbc.sql("update collection_case set assignee = :assignee, version = version + 1 where id = :id")
                .param("assignee", assignee)
                .param("id", id.value())
                .update();
    }

    /** How many cases that are not closed each of these people owns (those with none are left out). */
    public Map<String, Long> openCountsOf(List<String> assignees) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (assignees.isEmpty()) {
            return counts;
        }
        jdbc.sql("select assignee, count(*) from collection_case where status <> 'CLOSED' and assignee = any(:people) "
                        + "group by assignee")
                .param("people", assignees.toArray(String[]::new))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The cases not closed that {@code assignee} owns. */
    public List<CaseRow> openCasesOf(String assignee) {
        return jdbc.sql("select " + COLUMNS + " from collection_case where assignee = :assignee and status <> 'CLOSED' "
                        + "order by id")
                .param("assignee", assignee)
                .query(CaseStore::map)
                .list();
    }

    /** The working status of a case that is not closed (OPEN, AGREEMENT, DISPUTED, COURT). */
    public void setStatus(CaseId id, CaseStatus status) {
        jdbc.sql("update collection_case set status = :status, version = version + 1 where id = :id "
                        + "and status <> 'CLOSED'")
                .param("status", status.name())
                .param("id", id.value())
                .update();
    }

    public void setHardship(CaseId id, boolean hardship) {
        jdbc.sql("update collection_case set hardship = :hardship where id = :id")
                .param("hardship", hardship)
                .param("id", id.value())
                .update();
    }

    /** Closes an open case; false when it was closed already. */
    public boolean close(CaseId id, String reason, String text, LocalDate on) {
        return jdbc.sql("update collection_case set status = 'CLOSED', open_debtor = null, close_reason = :reason, "
                        + "close_text = :text, closed_on = :on, first_demand_until = null, version = version + 1 "
                        + "where id = :id and status <> 'CLOSED'")
                .param("reason", reason)
                .param("text", text)
                .param("on", on)
                .param("id", id.value())
                .update() == 1;
    }

    /** Opens a closed case again; false when it was not closed (a debtor's other open case makes the update fail). */
    /** Something about a case that waits for a case worker's eye, with the day it began. */
    public enum Mark {
        PAYMENT_RETURNED("payment_returned_on"), MESSAGE_WAITING("message_waiting_since");

        private final String column;

        Mark(String column) {
            this.column = column;
        }
    }

    /** Sets the mark on these cases from {@code on}, or clears it with null. */
    public void mark(Mark mark, Collection<CaseId> ids, LocalDate on) {
        if (!ids.isEmpty()) {
            jdbc.sql("update collection_case set " + mark.column + " = :on where id = any(:ids)")
                    .param("on", on)
                    .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                    .update();
        }
    }

    /** The marks each of these cases carries; a case without any is left out. */
    public Map<CaseId, Set<Mark>> marksOf(Collection<CaseId> ids) {
        Map<CaseId, Set<Mark>> marks = new HashMap<>();
        if (ids.isEmpty()) {
            return marks;
        }
        jdbc.sql("select id, payment_returned_on, message_waiting_since from collection_case where id = any(:ids) "
                        + "and (payment_returned_on is not null or message_waiting_since is not null)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    Set<Mark> set = EnumSet.noneOf(Mark.class);
                    if (rs.getObject(2) != null) {
                        set.add(Mark.PAYMENT_RETURNED);
                    }
                    if (rs.getObject(3) != null) {
                        set.add(Mark.MESSAGE_WAITING);
                    }
                    marks.put(new CaseId(rs.getObject(1, UUID.class)), set);
                });
        return marks;
    }

    public boolean reopen(CaseId id) {
        return jdbc.sql("update collection_case set status = 'OPEN', open_debtor = debtor_id, close_reason = null, "
                        + "close_text = null, closed_on = null, version = version + 1 where id = :id and status = 'CLOSED'")
                .param("id", id.value())
                .update() == 1;
    }

    /** Reopens a closed case unless its debtor has another open case at the creditor meanwhile. */
    public boolean reopenUnlessAnotherIsOpen(CaseId id) {
        return jdbc.sql("update collection_case set status = 'OPEN', open_debtor = debtor_id, close_reason = null, "
                        + "close_text = null, closed_on = null, version = version + 1 where id = :id and status = 'CLOSED' "
                        + "and not exists (select 1 from collection_case o where o.creditor_id = collection_case.creditor_id "
                        + "and o.open_debtor = collection_case.debtor_id)")
                .param("id", id.value())
                .update() == 1;
    }

    /** Open cases still rated 0.5 whose first demand's pay-by date passed before {@code today}, locked. */
    public List<CaseRow> lockFirstDemandsPassed(LocalDate today, BigDecimal promptFactor, CreditorRange range,
                                                int limit) {
        return jdbc.sql("select " + COLUMNS + " from collection_case where first_demand_until < :today "
                        + "and status <> 'CLOSED' and cost_factor = :factor" + range.condition("creditor_id")
                        + " order by first_demand_until, id limit :limit for update")
                .params(range.parameters())
                .param("today", today)
                .param("factor", promptFactor)
                .param("limit", limit)
                .query(CaseStore::map)
                .list();
    }

    /** One case, its row locked until the transaction ends; {@code creditor} null: staff, any tenant's. */
    public Optional<CaseRow> lock(CreditorId creditor, CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from collection_case where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor") + " for update")
                .param("id", id.value())
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(CaseStore::map)
                .optional();
    }

    /** One case; {@code creditor} null only for staff, who see every tenant's. */
    public Optional<CaseRow> find(CreditorId creditor, CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from collection_case where id = :id"
                        + (creditor == null ? "" : " and creditor_id = :creditor"))
                .param("id", id.value())
                .params(creditor == null ? Map.of() : Map.of("creditor", creditor.value()))
                .query(CaseStore::map)
                .optional();
    }

    /** Several cases by id, in one query. */
    public Map<CaseId, CaseRow> findAll(Collection<CaseId> ids) {
        Map<CaseId, CaseRow> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from collection_case where id = any(:ids)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(CaseStore::map)
                .list()
                .forEach(row -> found.put(row.id(), row));
        return found;
    }

    /** The case a claim belongs to; {@code creditor} null: staff, any creditor's. */
    public Optional<CaseRow> ofClaim(CreditorId creditor, ClaimId claim) {
        Map<String, Object> params = new HashMap<>(Map.of("claim", claim.value()));
        if (creditor != null) {
            params.put("creditor", creditor.value());
        }
        return jdbc.sql("select " + COLUMNS.replaceAll("(^|, )", "$1c.") + " from collection_case c "
                        + "join case_claim l on l.case_id = c.id where l.claim_id = :claim"
                        + (creditor == null ? "" : " and c.creditor_id = :creditor"))
                .params(params)
                .query(CaseStore::map)
                .optional();
    }

    /**
     * A page of cases, newest first, by keyset on (opened_on, id); each filter may be null. {@code creditor} null: all
     * creditors (staff).
     */
    public List<CaseRow> list(CreditorId creditor, CaseStatus status, String assignee, LocalDate afterOn, UUID afterId,
                              int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from collection_case where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (creditor != null) {
            sql.append(" and creditor_id = :creditor");
            params.put("creditor", creditor.value());
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (assignee != null) {
            sql.append(" and assignee = :assignee");
            params.put("assignee", assignee);
        }
        if (afterOn != null) {
            sql.append(" and (opened_on < :afterOn or (opened_on = :afterOn and id < :afterId))");
            params.put("afterOn", afterOn);
            params.put("afterId", afterId);
        }
        sql.append(" order by opened_on desc, id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(CaseStore::map).list();
    }

    static CaseRow map(ResultSet rs, int row) throws SQLException {
        return new CaseRow(new CaseId(rs.getObject("id", UUID.class)), new CreditorId(rs.getObject("creditor_id", UUID.class)),
                new DebtorId(rs.getObject("debtor_id", UUID.class)), new CaseReference(rs.getString("reference")),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("mandate_date", LocalDate.class),
                rs.getObject("opened_on", LocalDate.class), rs.getString("assignee"), rs.getString("close_reason"),
                rs.getString("close_text"), rs.getObject("closed_on", LocalDate.class), rs.getBigDecimal("cost_factor"),
                rs.getObject("first_demand_until", LocalDate.class), rs.getBoolean("hardship"), rs.getInt("version"));
    }
}
