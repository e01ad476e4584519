package de.kulant.correspondence.internal;

import jakarta.mail.internet.MimeMessage;

/** Where e-mails go: an SMTP server, or without one a folder (the embedded default). */
public interface MailGateway {

    MimeMessage newMessage();

    /**
     * Sends the message. A {@link MailRefused} means the recipient's server refused it for good (a hard bounce);
     * any other exception is worth another attempt later.
     */
    void send(MimeMessage message);

    /** A permanent refusal of the recipient address. */
    class MailRefused extends RuntimeException {
        public MailRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
