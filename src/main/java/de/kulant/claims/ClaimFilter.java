package de.kulant.claims;

import java.time.LocalDate;

/**
 * Filters of the claim list. All optional: {@code creditor} null means all creditors (staff only);
 * {@code search} matches invoice number, customer number or debtor name (UI).
 */
public record ClaimFilter(de.kulant.platform.CreditorId creditor, ClaimStatus status, String invoiceNumber,
                          String customerNumber, LocalDate dueBefore, String search) {

    public static ClaimFilter forCreditor(de.kulant.platform.CreditorId creditor) {
        return new ClaimFilter(creditor, null, null, null, null, null);
    }
}
