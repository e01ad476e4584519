package de.kulant.payments.internal;

import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statement entries as the bank listed them (table {@code bank_entry}), kept to recognise them when they come again. */
@Repository
public class EntryStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    EntryStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record EntryRow(UUID id, UUID statementId, CreditorId creditor, String accountIban, String contentKey,
                           String bankReference, boolean credit, boolean reversal, boolean returned, BigDecimal amount,
                           String currency, LocalDate bookingDate, LocalDate valueDate, String bankCode) {
    }

    /** Of these entry keys of one account, those already stored (by content key, or by the bank's reference as "ref:…"). */
    public Set<String> known(String accountIban, Collection<String> contentKeys, Collection<String> bankReferences) {
        Set<String> found = new HashSet<>();
        if (!contentKeys.isEmpty()) {
            found.addAll(jdbc.sql("select content_key from bank_entry where account_iban = :iban and content_key = any(:keys)")
                    .param("iban", accountIban).param("keys", contentKeys.toArray(String[]::new))
                    .query(String.class).list());
        }
        if (!bankReferences.isEmpty()) {
            jdbc.sql("select bank_reference from bank_entry where account_iban = :iban and bank_reference = any(:refs)")
                    .param("iban", accountIban).param("refs", bankReferences.toArray(String[]::new))
                    .query(String.class).list()
                    .forEach(ref -> found.add("ref:" + ref));
        }
        return found;
    }

    public void insert(List<EntryRow> rows) {
        bulk.insert("bank_entry", List.of("id", "statement_id", "creditor_id", "account_iban", "content_key",
                "bank_reference", "credit", "reversal", "returned", "amount", "currency", "booking_date", "value_date",
                "bank_code"), rows.stream().map(r -> new Object[] {r.id(), r.statementId(),
                r.creditor() == null ? null : r.creditor().value(), r.accountIban(), r.contentKey(), r.bankReference(),
                r.credit(), r.reversal(), r.returned(), r.amount(), r.currency(), r.bookingDate(), r.valueDate(),
                r.bankCode()}).toList());
    }
}
