package de.kulant.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identifiers as banks write them: "NOTPROVIDED" and "NONREF" stand for none. */
final class BankIds {

    private BankIds() {
    }

    /** The first identifier that names something, or null. */
    static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.equalsIgnoreCase("NOTPROVIDED") && !v.equalsIgnoreCase("NONREF")) {
                return v;
            }
        }
        return null;
    }

    /** 24 hex digits of the text's SHA-256: short enough for a key column, long enough not to collide. */
    static String shortHash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
