package de.kulant.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Kulant-Signature} header of api.md: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, one
 * {@code v1} per secret in use (two while a rotated secret is still valid), so the receiver checks either.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String header(long unixSeconds, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, unixSeconds + "." + body));
        }
        return header.toString();
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
