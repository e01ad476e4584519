package de.kulant.claims;

import de.kulant.platform.money.Money;
import java.util.List;

/**
 * One page of the claim list. {@code total} is exact when {@code totalExact}, else the list holds more than it says;
 * {@code outstanding} is what all listed claims owe (null when it could not be summed cheaply); {@code next} and
 * {@code previous} are null at the ends.
 */
public record ClaimListPage(List<ClaimView> items, long total, boolean totalExact, Money outstanding, ClaimCursor next,
                            ClaimCursor previous) {

    /** Counting stops here: beyond it a list says "more than", and page numbers give way to cursors. */
    public static final int COUNT_LIMIT = 10_000;
}
