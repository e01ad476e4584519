package de.kulant.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Kulant holds about one debtor at one creditor (Art. 15 GDPR): the person, each claim with its bookings
 * and notices, the payments and the letters sent, and how long the data must be kept. Amounts in the API's form.
 */
public record DataCopy(LocalDate asOf, String creditor, Person person, List<ClaimPart> claims,
                       List<PaymentPart> payments, List<LetterPart> letters, RetentionPart retention) {

    public record Person(String kind, String customerNumber, String name, String street, String postalCode,
                         String city, String country, String email, String phone) {
    }

    public record ClaimPart(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, String amount,
                            String status, int dunningLevel, String outstanding, List<Booking> bookings,
                            List<NoticePart> notices) {
    }

    public record Booking(LocalDate date, String kind, String bucket, String amount, String note) {
    }

    public record NoticePart(int level, String name, LocalDate issuedOn, LocalDate payBy, String channel,
                             String outstanding) {
    }

    public record PaymentPart(LocalDate bookingDate, String amount, String payerName, String payerIban,
                              String remittance, List<String> invoices) {
    }

    public record LetterPart(LocalDate issuedOn, String kind, Integer pages) {
    }

    /** {@code erasableFrom} null while a claim is open. */
    public record RetentionPart(int openClaims, LocalDate lastBooking, LocalDate erasableFrom, boolean anonymised) {
    }
}
