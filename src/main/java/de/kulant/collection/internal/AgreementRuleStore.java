package de.kulant.collection.internal;

import de.kulant.collection.AgreementRules;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code agreement_rules}: a creditor's rules for instalments, pauses and settlements. */
@Repository
public class AgreementRuleStore {

    private final JdbcClient jdbc;

    AgreementRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgreementRules> find(CreditorId creditor) {
        return jdbc.sql("select max_instalments, min_rate, max_pause_days, max_discount_percent, discount_from_days, "
                        + "charge_agreement_fee, waive_interest, credit_bureau from agreement_rules where creditor_id = :creditor")
                .param("creditor", creditor.value())
                .query((rs, n) -> new AgreementRules(rs.getInt(1), Money.eur(rs.getBigDecimal(2)), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8)))
                .optional();
    }

    public void save(CreditorId creditor, AgreementRules rules, Instant now, String actor) {
        int updated = jdbc.sql("""
                        update agreement_rules set max_instalments = :instalments, min_rate = :minRate,
                            max_pause_days = :pause, max_discount_percent = :discount, discount_from_days = :from,
                            charge_agreement_fee = :fee, waive_interest = :waive, credit_bureau = :bureau, updated_at = :at, updated_by = :by
                        where creditor_id = :creditor""")
                .params(params(creditor, rules, now, actor))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into agreement_rules (creditor_id, max_instalments, min_rate, max_pause_days,
                                max_discount_percent, discount_from_days, charge_agreement_fee, waive_interest,
                                credit_bureau, updated_at, updated_by)
                            values (:creditor, :instalments, :minRate, :pause, :discount, :from, :fee, :waive, :bureau,
                                :at, :by)""")
                    .params(params(creditor, rules, now, actor))
                    .update();
        }
    }

    /** The rules of one segment of the creditor's strategy; the bureau is filled in by the caller. */
    public Optional<AgreementRules> findSegment(CreditorId creditor, String segment) {
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from agreement_segment_rules where creditor_id = :creditor "
                        + "and segment = :segment")
                .param("creditor", creditor.value()).param("segment", segment)
                .query((rs, n) -> segmentRules(rs)).optional();
    }

    /** Every segment with rules of its own, by name. */
    public Map<String, AgreementRules> segmentsOf(CreditorId creditor) {
        Map<String, AgreementRules> found = new TreeMap<>();
        jdbc.sql("select segment, " + SEGMENT_COLUMNS + " from agreement_segment_rules where creditor_id = :creditor")
                .param("creditor", creditor.value())
                .query(rs -> {
                    found.put(rs.getString("segment"), segmentRules(rs));
                });
        return found;
    }

    public void saveSegment(CreditorId creditor, String segment, AgreementRules rules, Instant now, String actor) {
        Map<String, Object> params = params(creditor, rules, now, actor);
        params.put("segment", segment);
        jdbc.sql("delete from agreement_segment_rules where creditor_id = :creditor and segment = :segment")
                .params(params).update();
        jdbc.sql("insert into agreement_segment_rules (creditor_id, segment, max_instalments, min_rate, max_pause_days, "
                        + "max_discount_percent, discount_from_days, charge_agreement_fee, waive_interest, updated_at, "
                        + "updated_by) values (:creditor, :segment, :instalments, :minRate, :pause, :discount, :from, "
                        + ":fee, :waive, :at, :by)")
                .params(params).update();
    }

    /** True when the segment had rules of its own. */
    public boolean deleteSegment(CreditorId creditor, String segment) {
        return jdbc.sql("delete from agreement_segment_rules where creditor_id = :creditor and segment = :segment")
                .param("creditor", creditor.value()).param("segment", segment).update() > 0;
    }

    private static final String SEGMENT_COLUMNS = "max_instalments, min_rate, max_pause_days, max_discount_percent, "
            + "discount_from_days, charge_agreement_fee, waive_interest";

    private static AgreementRules segmentRules(ResultSet rs) throws SQLException {
        return new AgreementRules(rs.getInt("max_instalments"), Money.eur(rs.getBigDecimal("min_rate")),
                rs.getInt("max_pause_days"), rs.getInt("max_discount_percent"), rs.getInt("discount_from_days"),
                rs.getBoolean("charge_agreement_fee"), rs.getBoolean("waive_interest"), null);
    }

    private static Map<String, Object> params(CreditorId creditor, AgreementRules rules, Instant now,
                                                        String actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("creditor", creditor.value());
        params.put("instalments", rules.maxInstalments());
        params.put("minRate", rules.minRate().amount());
        params.put("pause", rules.maxPauseDays());
        params.put("discount", rules.maxDiscountPercent());
        params.put("from", rules.discountFromDays());
        params.put("fee", rules.chargeAgreementFee());
        params.put("waive", rules.waiveInterest());
        params.put("bureau", rules.creditBureau());
        params.put("at", Timestamp.from(now));
        params.put("by", actor);
        return params;
    }
}
