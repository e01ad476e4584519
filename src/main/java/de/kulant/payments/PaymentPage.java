package de.kulant.payments;

import java.util.List;

/**
 * One page of a payment list, newest booking first. {@code total} is exact when {@code totalExact}, else the list
 * holds more than it says; {@code next} and {@code previous} are null at the ends; {@code page} is the number asked
 * for (0 when paging by position).
 */
public record PaymentPage(List<PaymentView> items, int page, int size, long total, boolean totalExact,
                          PaymentCursor next, PaymentCursor previous) {

    /** Counting stops here: beyond it a list says "more than", and page numbers give way to positions. */
    public static final int COUNT_LIMIT = 10_000;

    public long pages() {
        return (total + size - 1) / size;
    }
}
