package de.kulant.claims.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.law.DebtorKind;
import de.kulant.law.DefaultRule;
import de.kulant.platform.CreditorId;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Reading claim and debtor rows; the column list every claim query selects. */
final class ClaimRows {

    static final String COLUMNS = """
            c.id, c.creditor_id, c.debtor_id, c.invoice_number, c.invoice_date, c.due_date, c.amount,
            c.consumer_notice_given, c.calendar_due_date_agreed, c.status, c.dunning_level, c.default_since,
            c.default_rule, c.principal_open, c.interest_open, c.fees_open, c.costs_open, c.paid_total,
            c.interest_posted_through, c.last_posting_date, c.version, c.created_at,
            c.reference_number, c.next_dunning_on, c.demanded_amount, c.demanded_on, c.demand_pay_by, c.demand_paid_before,
            d.kind, d.customer_number, d.name, d.email, d.phone, d.street, d.postal_code, d.city, d.country,
            d.customer_tag, d.preferred_channel""";

    private ClaimRows() {
    }

    static ClaimFacts facts(ResultSet rs) throws SQLException {
        String rule = rs.getString("default_rule");
        return new ClaimFacts(new ClaimId(rs.getObject("id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)),
                new DebtorId(rs.getObject("debtor_id", UUID.class)),
                DebtorKind.valueOf(rs.getString("kind")),
                rs.getString("invoice_number"),
                rs.getObject("invoice_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                Money.eur(rs.getBigDecimal("amount")),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getInt("dunning_level"),
                rs.getObject("default_since", LocalDate.class),
                rule == null ? null : DefaultRule.valueOf(rule),
                new OpenBuckets(Money.eur(rs.getBigDecimal("principal_open")), Money.eur(rs.getBigDecimal("interest_open")),
                        Money.eur(rs.getBigDecimal("fees_open")), Money.eur(rs.getBigDecimal("costs_open"))),
                Money.eur(rs.getBigDecimal("paid_total")),
                rs.getObject("interest_posted_through", LocalDate.class),
                rs.getObject("last_posting_date", LocalDate.class),
                rs.getInt("version"),
                rs.getObject("demanded_on") == null ? null : new Demand(Money.eur(rs.getBigDecimal("demanded_amount")),
                        rs.getObject("demanded_on", LocalDate.class), rs.getObject("demand_pay_by", LocalDate.class),
                        Money.eur(rs.getBigDecimal("demand_paid_before"))),
                rs.getObject("next_dunning_on", LocalDate.class));
    }

    static DebtorView debtor(ResultSet rs) throws SQLException {
        return new DebtorView(new DebtorId(rs.getObject("debtor_id", UUID.class)), DebtorKind.valueOf(rs.getString("kind")),
                rs.getString("customer_number"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                new PostalAddress(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("country")), rs.getString("customer_tag"), rs.getString("preferred_channel"));
    }
}
