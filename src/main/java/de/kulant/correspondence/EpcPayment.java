package de.kulant.correspondence;

import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * The EPC QR code payload ("GiroCode", EPC069-12 version 002) of a credit transfer: service tag BCD, version
 * 002, UTF-8, SCT, BIC (may be empty), beneficiary name, IBAN, amount in EUR, no purpose, and either the RF
 * reference (structured) or a text of up to 140 characters. Lines are separated by LF; nothing follows the
 * last used line.
 */
public record EpcPayment(String bic, String name, String iban, Money amount, CreditorReference reference, String text) {

    public static final Money MAXIMUM = Money.eur("999999999.99");
    private static final int MAX_BYTES = 331;

    public EpcPayment {
        if (name == null || name.isBlank() || name.strip().length() > 70) {
            throw new IllegalArgumentException("the beneficiary name has 1 to 70 characters: '" + name + "'");
        }
        try {
            IbanUtil.validate(iban == null ? "" : iban.replace(" ", ""));
        } catch (Iban4jException e) {
            throw new IllegalArgumentException("the creditor's IBAN '" + iban + "' is not valid; nothing can be paid to it");
        }
        if (bic != null && !bic.isBlank()) {
            try {
                BicUtil.validate(bic.strip().toUpperCase(Locale.ROOT));
            } catch (Iban4jException e) {
                throw new IllegalArgumentException("the creditor's BIC '" + bic + "' is not valid");
            }
        }
        if (!amount.currency().equals(Money.EUR) || !amount.isPositive() || amount.isGreaterThan(MAXIMUM)) {
            throw new IllegalArgumentException("an EPC QR code carries 0.01 to 999999999.99 EUR, not " + amount.toPlainString());
        }
        if ((reference == null) == (text == null)) {
            throw new IllegalArgumentException("an EPC payment has either an RF reference or a text");
        }
        if (text != null && text.length() > 140) {
            throw new IllegalArgumentException("an EPC remittance text has at most 140 characters");
        }
    }

    public static EpcPayment withReference(String bic, String name, String iban, Money amount, CreditorReference reference) {
        return new EpcPayment(bic, name, iban, amount, reference, null);
    }

    public static EpcPayment withText(String bic, String name, String iban, Money amount, String text) {
        return new EpcPayment(bic, name, iban, amount, null, text);
    }

    /** The payload the QR code encodes. */
    public String payload() {
        String value = String.join("\n", "BCD", "002", "1", "SCT", bic == null ? "" : bic.strip().toUpperCase(Locale.ROOT),
                name.strip(), iban.replace(" ", "").toUpperCase(Locale.ROOT), "EUR" + amount.toPlainString(), "",
                reference == null ? "" : reference.value(), text == null ? "" : text);
        // nothing after the last used line
        value = value.replaceAll("\n+$", "");
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the EPC payload exceeds " + MAX_BYTES + " bytes");
        }
        return value;
    }
}
