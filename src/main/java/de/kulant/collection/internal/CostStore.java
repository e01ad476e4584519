package de.kulant.collection.internal;

import de.kulant.claims.ClaimId;
import de.kulant.collection.CaseId;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_cost} table: every collection cost line charged on a case's claims, with what it was computed from. */
@Repository
public class CostStore {

    /** A cost line as charged on one claim, with what it was computed from. */
    public record CostRow(ClaimId claim, String code, String labelDe, String labelEn, Money amount, String basis,
                          Money claimValue, BigDecimal factor, String feeTable, LocalDate chargedOn) {
    }

    /** A cost line of a case to be stored. */
    public record NewCost(CaseId caseId, CreditorId creditorId, CostRow row) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    CostStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public void insertAll(List<NewCost> costs, Instant now) {
        bulk.insert("case_cost", List.of("id", "case_id", "creditor_id", "claim_id", "code", "label_de", "label_en",
                "amount", "basis", "claim_value", "factor", "fee_table", "charged_on", "created_at"),
                costs.stream().map(c -> new Object[] {Ids.next(), c.caseId().value(), c.creditorId().value(),
                        c.row().claim().value(), c.row().code(), c.row().labelDe(), c.row().labelEn(),
                        c.row().amount().amount(), c.row().basis(), c.row().claimValue().amount(), c.row().factor(),
                        c.row().feeTable(), c.row().chargedOn(), now}).toList());
    }

    /** The cost lines of a case, in the order they were charged. */
    public List<CostRow> costs(CaseId id) {
        return costsOf(List.of(id)).getOrDefault(id, List.of());
    }

    /** The cost lines of several cases in one query, each case's in the order they were charged. */
    public Map<CaseId, List<CostRow>> costsOf(Collection<CaseId> ids) {
        Map<CaseId, List<CostRow>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select case_id, claim_id, code, label_de, label_en, amount, basis, claim_value, factor, fee_table, "
                        + "charged_on from case_cost where case_id = any(:cases) order by case_id, created_at, code, claim_id")
                .param("cases", ids.stream().map(CaseId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    found.computeIfAbsent(new CaseId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                            .add(new CostRow(new ClaimId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4),
                                    rs.getString(5), Money.eur(rs.getBigDecimal(6)), rs.getString(7),
                                    Money.eur(rs.getBigDecimal(8)), rs.getBigDecimal(9), rs.getString(10),
                                    rs.getObject(11, LocalDate.class)));
                });
        return found;
    }
}
