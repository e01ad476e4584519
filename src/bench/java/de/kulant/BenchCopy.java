package de.kulant;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import de.kulant.payments.BankFiles;
import de.kulant.platform.Ids;
import org.postgresql.copy.CopyManager;

/** Generated creditors, debtors and claims written with COPY in the column order the benchmarks build their CSV rows in. */
public final class BenchCopy {

    private BenchCopy() {
    }

    /**
     * {@code count} creditors named {@code name} and their number, each with a valid IBAN from {@code ibanBase} on;
     * returns their ids in that order.
     */
    public static List<UUID> creditors(CopyManager copy, int count, String name, long ibanBase)
            throws SQLException, IOException {
        String now = Instant.now().toString();
        List<UUID> ids = new ArrayList<>(count);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            UUID id = Ids.next();
            ids.add(id);
            String mail = name.toLowerCase(Locale.ROOT).replace(" ", "");
            rows.append(id).append(',').append(name).append(' ').append(i).append(',').append(mail).append(i)
                    .append("@example.org,Weg 1,10115,Berlin,DE,").append(BankFiles.iban(ibanBase + i))
                    .append(",,,false,").append(now).append('\n');
        }
        copy.copyIn("copy creditor (id, name, email, street, postal_code, city, country, iban, bic, promo_code, "
                + "handover_requires_approval, created_at) from stdin (format csv)", new StringReader(rows.toString()));
        return ids;
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
