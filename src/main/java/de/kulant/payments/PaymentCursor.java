package de.kulant.payments;

import de.kulant.payments.internal.PaymentStore;
import de.kulant.platform.ListOrder;
import de.kulant.platform.SortColumns;
import java.util.Optional;
import java.util.UUID;

/** A position in a payment list in one of its orders (booking date or amount, then id), passed on as opaque text. */
public record PaymentCursor(ListOrder order, String key, UUID id) {

    public static PaymentCursor of(PaymentView payment, ListOrder order) {
        String key = "amount".equals(order.column()) ? payment.amount().amount().toPlainString()
                : payment.bookingDate().toString();
        return new PaymentCursor(order, key, payment.id());
    }

    public String encode() {
        return SortColumns.cursor(order, key, id);
    }

    /** Empty when the text is not a position a payment list gave out in this order. */
    public static Optional<PaymentCursor> parse(String text, ListOrder order) {
        return PaymentStore.LIST_ORDER.position(text, order)
                .map(position -> new PaymentCursor(order, position.key(), position.id()));
    }
}
