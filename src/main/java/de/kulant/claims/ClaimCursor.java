package de.kulant.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** A position in the claim list (due date, then id), passed to clients as an opaque text. */
public record ClaimCursor(LocalDate dueDate, ClaimId id) {

    public static ClaimCursor of(ClaimView claim) {
        return new ClaimCursor(claim.dueDate(), claim.id());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((dueDate + "_" + id.value()).getBytes(StandardCharsets.US_ASCII));
    }

    /** Empty when the text is not a cursor this list gave out. */
    public static Optional<ClaimCursor> parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII).split("_");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new ClaimCursor(LocalDate.parse(parts[0]), new ClaimId(UUID.fromString(parts[1]))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
