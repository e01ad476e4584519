package de.kulant.claims;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A position in the claim list in one order: the sort key of a claim, then its id. Passed to clients as an opaque
 * text; in the default order it reads as before sorting existed, so cursors handed out earlier stay valid.
 */
public record ClaimCursor(ClaimSort sort, String key, ClaimId id) {

    public static ClaimCursor of(ClaimView claim, ClaimSort sort) {
        return new ClaimCursor(sort, sort.keyOf(claim), claim.id());
    }

    /** The key as the database compares it. */
    public Object typedKey() {
        return sort.typedKey(key).orElseThrow();
    }

    public String encode() {
        String prefix = sort == ClaimSort.DUE_DATE_DESC ? "" : sort.param() + "|";
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + key + "_" + id.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this list gave out. */
    public static Optional<ClaimCursor> parse(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            int idAt = decoded.lastIndexOf('_');
            if (idAt < 0) {
                return Optional.empty();
            }
            ClaimId id = new ClaimId(UUID.fromString(decoded.substring(idAt + 1)));
            String head = decoded.substring(0, idAt);
            int bar = head.indexOf('|');
            Optional<ClaimSort> named = bar < 0 ? Optional.empty() : ClaimSort.parse(head.substring(0, bar))
                    .filter(s -> s != ClaimSort.DUE_DATE_DESC);
            ClaimSort sort = named.orElse(ClaimSort.DUE_DATE_DESC);
            String key = named.isPresent() ? head.substring(bar + 1) : head;
            return sort.typedKey(key).map(typed -> new ClaimCursor(sort, key, id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
