package de.kulant.payments;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** A position in a payment list (booking date, then id, newest first), passed to clients as an opaque text. */
public record PaymentCursor(LocalDate bookingDate, UUID id) {

    public static PaymentCursor of(PaymentView payment) {
        return new PaymentCursor(payment.bookingDate(), payment.id());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((bookingDate + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** Empty when the text is not a position a payment list gave out. */
    public static Optional<PaymentCursor> parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII).split("_");
            return parts.length != 2 ? Optional.empty()
                    : Optional.of(new PaymentCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
