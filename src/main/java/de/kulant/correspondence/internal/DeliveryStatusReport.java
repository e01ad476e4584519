package de.kulant.correspondence.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery status notification (RFC 3464): a {@code multipart/report; report-type=delivery-status} whose second
 * part holds per-recipient fields ({@code Action: failed}, {@code Status: 5.1.1}, {@code Diagnostic-Code}) and whose
 * third part carries the original message or its headers, with the Message-ID it was sent with.
 */
record DeliveryStatusReport(String originalMessageId, boolean failed, String status, String diagnostic) {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\r\\n]+>)");
    private static final Pattern ACTION = Pattern.compile("(?im)^Action:\\s*([a-z]+)");
    private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([0-9.]+)");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^Diagnostic-Code:\\s*(.+)$");

    /** The report in {@code message}, or empty when it is no delivery status notification or names no message. */
    static Optional<DeliveryStatusReport> of(MimeMessage message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")
                || !message.getContentType().toLowerCase(Locale.ROOT).contains("delivery-status")) {
            return Optional.empty();
        }
        Multipart parts = (Multipart) message.getContent();
        String fields = null;
        String original = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                fields = text(part);
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                    || part.isMimeType("message/global-headers")) {
                original = part.getContent() instanceof MimeMessage returned && returned.getMessageID() != null
                        ? "Message-ID: " + returned.getMessageID() : text(part);
            }
        }
        if (fields == null || original == null) {
            return Optional.empty();
        }
        Matcher id = MESSAGE_ID.matcher(original);
        if (!id.find()) {
            return Optional.empty();
        }
        Matcher action = ACTION.matcher(fields);
        Matcher status = STATUS.matcher(fields);
        Matcher diagnostic = DIAGNOSTIC.matcher(fields);
        return Optional.of(new DeliveryStatusReport(id.group(1),
                action.find() && "failed".equalsIgnoreCase(action.group(1)),
                status.find() ? status.group(1) : null, diagnostic.find() ? diagnostic.group(1).strip() : null));
    }

    /** What the delivery log says about it. */
    String detail() {
        return "delivery status notification: " + (status == null ? "failed" : status)
                + (diagnostic == null ? "" : " " + diagnostic);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
