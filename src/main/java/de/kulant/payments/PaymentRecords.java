package de.kulant.payments;

import de.kulant.payments.internal.PaymentStore;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payments of a period for the books: read chunk by chunk in booking order, however many there are. */
@Service
public class PaymentRecords {

    static final int CHUNK = 1000;

    private final PaymentStore store;

    PaymentRecords(PaymentStore store) {
        this.store = store;
    }

    /** Hands every payment booked from {@code from} to {@code to} (null: open end) to {@code chunk}, a thousand at a time. */
    @Transactional(readOnly = true)
    public void forEach(CreditorId scope, List<PaymentStatus> statuses, LocalDate from, LocalDate to,
                        Consumer<List<PaymentView>> chunk) {
        LocalDate afterDate = null;
        java.util.UUID afterId = null;
        while (true) {
            List<PaymentView> payments = store.chunk(scope, statuses, from, to, afterDate, afterId, CHUNK);
            if (payments.isEmpty()) {
                return;
            }
            chunk.accept(payments);
            PaymentView last = payments.get(payments.size() - 1);
            afterDate = last.bookingDate();
            afterId = last.id();
            if (payments.size() < CHUNK) {
                return;
            }
        }
    }

    /** The payments booked on these claims, with what each paid on which: for a debtor's copy of their data. */
    @Transactional(readOnly = true)
    public List<PaymentView> ofClaims(List<de.kulant.claims.ClaimId> claims) {
        return store.byClaims(claims.stream().map(de.kulant.claims.ClaimId::value).toList());
    }
}
