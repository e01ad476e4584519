package de.kulant.payments.internal;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorId;
import de.kulant.payments.PaymentView;
import de.kulant.platform.BulkInsert;
import de.kulant.platform.CreditorId;
import de.kulant.platform.Ids;
import de.kulant.platform.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each payment paid, claim by claim (table {@code payment_allocation}): a read model for the payment screens and
 * for matching by known IBAN. The ledger in claims is the record; reversing a payment reads the ledger, not this.
 */
@Repository
public class AllocationStore {

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    AllocationStore(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record AllocationRow(UUID paymentId, CreditorId creditor, ClaimId claim, String invoiceNumber,
                                DebtorId debtor, Money amount, Money costs, Money fees, Money interest,
                                Money principal) {
    }

    public void insert(List<AllocationRow> rows, Instant now) {
        bulk.insert("payment_allocation", List.of("id", "payment_id", "creditor_id", "claim_id", "invoice_number",
                "debtor_id", "amount", "costs", "fees", "interest", "principal", "reversed", "created_at"),
                rows.stream().map(r -> new Object[] {Ids.next(), r.paymentId(), r.creditor().value(), r.claim().value(),
                        r.invoiceNumber(), r.debtor().value(), r.amount().amount(), r.costs().amount(),
                        r.fees().amount(), r.interest().amount(), r.principal().amount(), false, now}).toList());
    }

    /** The payments' allocations are shown as reversed (their payment was returned or its booking undone). */
    public void markReversed(Collection<UUID> paymentIds) {
        if (!paymentIds.isEmpty()) {
            jdbc.sql("update payment_allocation set reversed = true where payment_id = any(:ids)")
                    .param("ids", paymentIds.toArray(UUID[]::new)).update();
        }
    }

    public List<PaymentView.Share> of(UUID paymentId) {
        return of(List.of(paymentId)).getOrDefault(paymentId, List.of());
    }

    /** The allocations of these payments, by payment, in the order they were made: one query. */
    public Map<UUID, List<PaymentView.Share>> of(Collection<UUID> paymentIds) {
        Map<UUID, List<PaymentView.Share>> result = new HashMap<>();
        if (paymentIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select payment_id, claim_id, amount, costs, fees, interest, principal, reversed, invoice_number
                        from payment_allocation where payment_id = any(:ids) order by created_at, id""")
                .param("ids", paymentIds.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PaymentView.Share(new ClaimId(rs.getObject(2, UUID.class)), rs.getString(9),
                                    Money.eur(rs.getBigDecimal(3)), Money.eur(rs.getBigDecimal(4)),
                                    Money.eur(rs.getBigDecimal(5)), Money.eur(rs.getBigDecimal(6)),
                                    Money.eur(rs.getBigDecimal(7)), rs.getBoolean(8)));
                });
        return result;
    }

    /** Debtors who paid from these IBANs in booked payments before, by IBAN. */
    public Map<String, Collection<DebtorId>> debtorsByIban(CreditorId scope, Collection<String> ibans) {
        Map<String, Collection<DebtorId>> result = new HashMap<>();
        if (ibans.isEmpty()) {
            return result;
        }
        var spec = jdbc.sql("select distinct p.payer_iban, a.debtor_id from payment p"
                        + " join payment_allocation a on a.payment_id = p.id"
                        + " where p.payer_iban = any(:ibans) and p.status = 'BOOKED' and not a.reversed"
                        + (scope == null ? "" : " and a.creditor_id = :creditor"))
                .param("ibans", ibans.toArray(String[]::new));
        if (scope != null) {
            spec = spec.param("creditor", scope.value());
        }
        spec.query(rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DebtorId(rs.getObject(2, UUID.class)));
        });
        return result;
    }
}
