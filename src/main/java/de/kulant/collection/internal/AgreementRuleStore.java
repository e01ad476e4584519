package de.kulant.collection.internal;

import de.kulant.collection.AgreementRules;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
