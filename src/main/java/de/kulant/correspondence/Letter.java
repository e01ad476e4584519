package de.kulant.correspondence;

import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything one letter or e-mail says: sender and recipient, the claims with their itemized amounts and how
 * each came about, the total, the pay-by date and how to pay (bank details, reference, EPC QR payload).
 */
public record Letter(UUID combinedId, Locale locale, String tone, String kind, int level, String levelName,
                     Sender sender, Recipient recipient, LocalDate date, LocalDate payBy, List<Item> items, Money total,
                     String remittance, String qrPayload, String freeText, boolean announcesHandover,
                     boolean alsoByPost) {

    /** The creditor as it signs: letterhead, contact and bank details. */
    public record Sender(String name, String street, String postalCode, String city, String country, String senderLine,
                         String contactPerson, String phone, String email, String signature, String logoDataUri,
                         String iban, String bic) {
    }

    /** The debtor as addressed. */
    public record Recipient(String name, String street, String postalCode, String city, String country,
                            String countryName, String customerNumber, String email, boolean business) {
    }

    /** One claim of the letter, its amounts on the letter's date, and the explanation of its interest. */
    public record Item(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, Money amount, Money principal,
                       Money interest, String interestExplanation, Money fees, Money flatFee, Money costs, Money paid,
                       Money outstanding, String paymentReference) {
    }

    public boolean combined() {
        return items.size() > 1;
    }

    public boolean german() {
        return "de".equals(locale.getLanguage());
    }
}
