package de.kulant.correspondence.internal;

import de.kulant.correspondence.CorrespondenceProperties;
import de.kulant.creditors.ShopUserMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails a shop's user a one-time link (confirm the address, accept an invitation, set a new password), in the
 * language of the page that asked for it.
 */
@Component
class ShopUserMails implements ShopUserMail {

    private static final Logger log = LoggerFactory.getLogger(ShopUserMails.class);

    private final MailGateway mail;
    private final CorrespondenceProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    ShopUserMails(MailGateway mail, CorrespondenceProperties properties, MessageSource messages, Clock clock) {
        this.mail = mail;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean send(Purpose purpose, String email, String shopName, String url, Instant expiresAt,
                        Locale locale) {
        String prefix = switch (purpose) {
            case CONFIRM -> "signupMail";
            case INVITE -> "inviteMail";
            case RESET -> "resetMail";
        };
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(clock.getZone()).format(expiresAt);
        try {
            MimeMessage message = mail.newMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom(), "Kulant");
            helper.setTo(email);
            helper.setSubject(messages.getMessage(prefix + ".subject", null, locale));
            helper.setText(messages.getMessage(prefix + ".text", new Object[] {shopName, url, until}, locale));
            mail.send(message);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // the link stays valid; the page tells the person the e-mail did not go out
            log.warn("A {} link for a user of '{}' could not be e-mailed: {}", purpose, shopName, e.getMessage());
            return false;
        }
    }
}
