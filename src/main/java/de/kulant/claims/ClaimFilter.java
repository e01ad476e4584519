package de.kulant.claims;

import de.kulant.platform.CreditorId;
import java.time.LocalDate;

/**
 * Filters of the claim list, built from {@link #forCreditor} with the {@code with…} methods. All optional:
 * {@code creditor} null means all creditors (staff only); {@code search} matches invoice number, customer number or
 * debtor name (UI); the due date lies in [{@code dueFrom}, {@code dueBefore}).
 */
public record ClaimFilter(CreditorId creditor, ClaimStatus status, String invoiceNumber, String customerNumber,
                          LocalDate dueFrom, LocalDate dueBefore, Integer dunningLevel, String search, boolean openOnly,
                          ClaimSort sort) {

    public static ClaimFilter forCreditor(CreditorId creditor) {
        return new ClaimFilter(creditor, null, null, null, null, null, null, null, false, ClaimSort.DUE_DATE_DESC);
    }

    /** Only claims not paid, cancelled or written off. */
    public ClaimFilter withOpenOnly(boolean value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                value, sort);
    }

    public ClaimFilter withStatus(ClaimStatus value) {
        return new ClaimFilter(creditor, value, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                openOnly, sort);
    }

    public ClaimFilter withInvoiceNumber(String value) {
        return new ClaimFilter(creditor, status, value, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                openOnly, sort);
    }

    public ClaimFilter withCustomerNumber(String value) {
        return new ClaimFilter(creditor, status, invoiceNumber, value, dueFrom, dueBefore, dunningLevel, search,
                openOnly, sort);
    }

    public ClaimFilter withDueBetween(LocalDate from, LocalDate before) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, from, before, dunningLevel, search,
                openOnly, sort);
    }

    public ClaimFilter withDunningLevel(Integer value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, value, search,
                openOnly, sort);
    }

    public ClaimFilter withSearch(String value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel,
                value == null || value.isBlank() ? null : value, openOnly, sort);
    }

    /** The list read in another order (null: the default). */
    public ClaimFilter withSort(ClaimSort value) {
        return new ClaimFilter(creditor, status, invoiceNumber, customerNumber, dueFrom, dueBefore, dunningLevel, search,
                openOnly, value == null ? ClaimSort.DUE_DATE_DESC : value);
    }

    /** Whether the claim figures can count this list (they know creditor, status, level and due date only). */
    public boolean countableFromFigures() {
        return invoiceNumber == null && customerNumber == null && search == null;
    }
}
