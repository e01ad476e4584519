package de.kulant.claims.internal;

import de.kulant.claims.ClaimRequest;
import de.kulant.claims.ClaimRequest.AddressRequest;
import de.kulant.claims.ClaimRequest.DebtorRequest;
import de.kulant.law.DebtorKind;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.PostalAddress;
import de.kulant.platform.money.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Checks a {@link ClaimRequest} field by field (api.md "Bad input") and turns it into a {@link NewClaim}. */
public final class ClaimValidator {

    public static final Money MAXIMUM_AMOUNT = Money.eur("10000000.00");

    /** Either the claim or every violation found; never both. */
    public record Checked(NewClaim claim, List<FieldViolation> violations) {
    }

    private ClaimValidator() {
    }

    public static Checked check(ClaimRequest request, LocalDate today) {
        InputCheck check = new InputCheck();
        if (request == null) {
            check.violation("", "a claim is required");
            return new Checked(null, check.violations());
        }
        String invoiceNumber = check.required("invoiceNumber", request.invoiceNumber(), 50);
        LocalDate invoiceDate = check.date("invoiceDate", request.invoiceDate(), true);
        LocalDate dueDate = check.date("dueDate", request.dueDate(), true);
        Money amount = check.amount("amount", request.amount(), MAXIMUM_AMOUNT);
        check.currency("currency", request.currency());
        if (invoiceDate != null && invoiceDate.isAfter(today)) {
            check.violation("invoiceDate", "must not be in the future (today is " + today + ")");
        }
        if (invoiceDate != null && dueDate != null && dueDate.isBefore(invoiceDate)) {
            check.violation("dueDate", "must not be before the invoice date " + invoiceDate);
        }
        NewDebtor debtor = debtor(check.nested("debtor"), request.debtor());
        if (!check.isValid()) {
            return new Checked(null, check.violations());
        }
        boolean noticeGiven = Boolean.TRUE.equals(request.consumerNoticeGiven());
        boolean calendarAgreed = Boolean.TRUE.equals(request.calendarDueDateAgreed());
        String hash = hash(invoiceNumber, invoiceDate, dueDate, amount.toPlainString(), noticeGiven, calendarAgreed,
                debtor.kind(), debtor.customerNumber(), debtor.name(), debtor.email(), debtor.phone(),
                debtor.address().street(), debtor.address().postalCode(), debtor.address().city(),
                debtor.address().country(), debtor.customerTag());
        return new Checked(new NewClaim(invoiceNumber, invoiceDate, dueDate, amount, noticeGiven, calendarAgreed, debtor,
                hash), List.of());
    }

    private static NewDebtor debtor(InputCheck check, DebtorRequest debtor) {
        if (debtor == null) {
            check.violation("", "is required");
            return null;
        }
        DebtorKind kind = null;
        if (debtor.kind() == null || debtor.kind().isBlank()) {
            check.violation("kind", "is required (CONSUMER or BUSINESS)");
        } else {
            try {
                kind = DebtorKind.valueOf(debtor.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                check.violation("kind", "unknown debtor kind '" + debtor.kind().strip() + "' (CONSUMER or BUSINESS)");
            }
        }
        String customerNumber = check.optional("customerNumber", debtor.customerNumber(), 50);
        String name = check.required("name", debtor.name(), 140);
        String email = check.email("email", debtor.email(), false);
        String phone = check.optional("phone", debtor.phone(), 40);
        String tag = check.optional("customerTag", debtor.customerTag(), 40);
        AddressRequest address = debtor.address();
        PostalAddress postal = null;
        if (address == null) {
            check.violation("address", "is required");
        } else {
            InputCheck a = check.nested("address");
            String street = a.required("street", address.street(), 140);
            String country = a.country("country", address.country());
            String postalCode = a.postalCode("postalCode", address.postalCode(), country);
            String city = a.required("city", address.city(), 70);
            postal = new PostalAddress(street, postalCode, city, country);
        }
        if (!check.isValid()) {
            return null;
        }
        return new NewDebtor(kind, customerNumber, name, email, phone, postal, tag, matchKey(customerNumber, name, postal));
    }

    public static String matchKey(String customerNumber, String name, PostalAddress address) {
        if (customerNumber != null) {
            return "C:" + customerNumber.toUpperCase(Locale.ROOT);
        }
        String key = "N:" + normalize(name) + "|" + normalize(address.postalCode()) + "|" + normalize(address.street());
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.GERMAN).replace("ß", "ss").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String hash(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(Objects.toString(part, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
