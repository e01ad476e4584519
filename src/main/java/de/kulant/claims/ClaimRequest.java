package de.kulant.claims;

/**
 * A claim as a shop sends it (api.md, ClaimInput): raw text, checked field by field by the intake.
 */
public record ClaimRequest(String invoiceNumber, String invoiceDate, String dueDate, String amount, String currency,
                           Boolean consumerNoticeGiven, Boolean calendarDueDateAgreed, DebtorRequest debtor) {

    /** {@code customerTag}: a tag of the shop's own, e.g. {@code STAMMKUNDE}; dunning segments can use it. */
    public record DebtorRequest(String kind, String customerNumber, String name, String email, String phone,
                                AddressRequest address, String customerTag) {
    }

    public record AddressRequest(String street, String postalCode, String city, String country) {
    }
}
