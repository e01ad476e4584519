package de.kulant.correspondence.web;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/** An archived e-mail as staff read it: header, text and HTML part, names of attachments. */
record ArchivedMail(String subject, String from, String to, String replyTo, Instant sentAt, String text, String html,
                    List<String> attachments) {

    private static final Session SESSION = Session.getInstance(new Properties());

    static ArchivedMail parse(byte[] eml) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(eml));
            Parts parts = new Parts();
            parts.collect(message);
            return new ArchivedMail(message.getSubject(), addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), addresses(message.getReplyTo()),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), parts.text, parts.html,
                    List.copyOf(parts.attachments));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the archived e-mail cannot be read: " + e.getMessage(), e);
        }
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    /** Walks the MIME tree once. */
    private static final class Parts {
        private String text;
        private String html;
        private final List<String> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(part.getFileName());
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
    }
}
