package de.kulant.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the claim list can be read in, each backed by an index that starts with the creditor: due date (the
 * default, newest first), invoice number and amount, each either way. Written as in the API: {@code dueDate},
 * {@code -dueDate} for descending.
 */
public enum ClaimSort {

    DUE_DATE_DESC("dueDate", true), DUE_DATE("dueDate", false),
    INVOICE_NUMBER("invoiceNumber", false), INVOICE_NUMBER_DESC("invoiceNumber", true),
    AMOUNT_DESC("amount", true), AMOUNT("amount", false);

    private final String field;
    private final boolean descending;

    ClaimSort(String field, boolean descending) {
        this.field = field;
        this.descending = descending;
    }

    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    /** As the API and the page links write it. */
    public String param() {
        return descending ? "-" + field : field;
    }

    /** The same field the other way round: what a click on the sorted column header asks for. */
    public ClaimSort reversed() {
        return Arrays.stream(values()).filter(s -> s.field.equals(field) && s.descending != descending).findFirst()
                .orElseThrow();
    }

    public static Optional<ClaimSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(DUE_DATE_DESC);
        }
        String wanted = text.strip();
        return Arrays.stream(values()).filter(s -> s.param().equals(wanted)).findFirst();
    }

    /** The sort key of a claim in this order, as a cursor carries it. */
    String keyOf(ClaimView claim) {
        return switch (field) {
            case "dueDate" -> claim.dueDate().toString();
            case "invoiceNumber" -> claim.invoiceNumber();
            default -> claim.amount().toPlainString();
        };
    }

    /** The key of a cursor as the value the database compares, or empty when it is not one of this order. */
    public Optional<Object> typedKey(String key) {
        try {
            return Optional.of(switch (field) {
                case "dueDate" -> LocalDate.parse(key);
                case "invoiceNumber" -> key;
                default -> new BigDecimal(key);
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
