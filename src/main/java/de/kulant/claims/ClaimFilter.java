package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/**
 * Filters of the claim list, built from {@link #forCreditor} with the {@code with…} methods. All optional:
 * {@code creditor} null means all creditors (staff only); {@code search} matches invoice number, customer number or
 * debtor name (UI); the due date lies in [{@code dueFrom}, {@code dueBefore}).
 */
public record ClaimFilter(CreditorId creditor, ClaimStatus status, String invoiceNumber, String customerNumber,
                          LocalDate dueFrom, LocalDate dueBefore, Integer dunningLevel, String search, boolean openOnly) {

    public static ClaimFilter forCreditor(CreditorId creditor) {
        return new ClaimFilter(creditor, null, null, null, null, null, null, null, false);
    }

    /** Only claims not paid, cancelled or written off. */
    public ClaimFilter withOpenOnly(boolean value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                value);
    }

    public ClaimFilter withStatus(ClaimStatus value) {
        return new ClaimFilter(creditor, value, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                openOnly);
    }

    public ClaimFilter withInvoiceNumber(String value) {
        return new ClaimFilter(creditor, status, value, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                openOnly);
    }

    public ClaimFilter withCustomerNumber(String value) {
        return new ClaimFilter(creditor, status, invoiceNumber, value, dueFrom, dueBefore, dunningLevel, search,
                openOnly);
    }

    public ClaimFilter withDueBetween(LocalDate from, LocalDate before) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, from, before, dunningLevel, search,
                openOnly);
    }

    public ClaimFilter withDunningLevel(Integer value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, value, search,
                openOnly);
    }

    public ClaimFilter withSearch(String value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel,
                value == null || value.isBlank() ? null : value, openOnly);
    }

    /** Whether the claim figures can count this list (they know creditor, status, level and due date only). */
    public boolean countableFromFigures() {
        return invoiceNumber == null && customerNumber == null && search == null;
    }
}
