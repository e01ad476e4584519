package de.kulant;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/** Generated debtors and claims written with COPY in the column order the benchmarks build their CSV rows in. */
public final class BenchCopy {

    private BenchCopy() {
    }

    /**
     * Debtor rows: id, creditor_id, match_key, customer_number, kind, name, email, phone, street, postal_code, city,
     * country, created_at, updated_at, customer_tag. Claim rows: id, creditor_id, debtor_id, invoice_number,
     * invoice_date, due_date, currency, amount, consumer_notice_given, calendar_due_date_agreed, status,
     * dunning_level, default_since, default_rule, principal_open, interest_open, fees_open, costs_open, paid_total,
     * interest_posted_through, last_posting_date, content_hash, version, created_at, updated_at, reference_number,
     * next_dunning_on.
     */
    public static void debtorsAndClaims(CopyManager copy, CharSequence debtors, CharSequence claims)
            throws SQLException, IOException {
        copy.copyIn("copy debtor (id, creditor_id, match_key, customer_number, kind, name, email, phone, street, "
                + "postal_code, city, country, created_at, updated_at, customer_tag) from stdin (format csv)",
                new StringReader(debtors.toString()));
        copy.copyIn("copy claim (id, creditor_id, debtor_id, invoice_number, invoice_date, due_date, currency, "
                + "amount, consumer_notice_given, calendar_due_date_agreed, status, dunning_level, default_since, "
                + "default_rule, principal_open, interest_open, fees_open, costs_open, paid_total, "
                + "interest_posted_through, last_posting_date, content_hash, version, created_at, updated_at, "
                + "reference_number, next_dunning_on) from stdin (format csv)", new StringReader(claims.toString()));
    }
}
