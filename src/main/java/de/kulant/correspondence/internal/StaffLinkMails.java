package de.kulant.correspondence.internal;

import de.kulant.correspondence.CorrespondenceProperties;
import de.kulant.platform.StaffLink;
import de.kulant.platform.StaffLinkMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mails a staff member the link to set a password, in the language of the admin who issued it. */
@Component
class StaffLinkMails implements StaffLinkMail {

    private static final Logger log = LoggerFactory.getLogger(StaffLinkMails.class);

    private final MailGateway mail;
    private final CorrespondenceProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    StaffLinkMails(MailGateway mail, CorrespondenceProperties properties, MessageSource messages, Clock clock) {
        this.mail = mail;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean send(StaffLink link) {
        if (link.email() == null || link.email().isBlank()) {
            return false;
        }
        String kind = link.purpose() == StaffLink.Purpose.INVITATION ? "invitation" : "reset";
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(link.locale()).withZone(clock.getZone()).format(link.expiresAt());
        String greeting = link.name() == null ? messages.getMessage("staffMail.greeting", null, link.locale())
                : messages.getMessage("staffMail.greetingNamed", new Object[] {link.name()}, link.locale());
        String text = greeting + "\n\n" + messages.getMessage("staffMail." + kind + ".text",
                new Object[] {link.username(), link.url(), until}, link.locale());
        try {
            MimeMessage message = mail.newMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom(), "Kulant");
            helper.setTo(link.email());
            helper.setSubject(messages.getMessage("staffMail." + kind + ".subject", null, link.locale()));
            helper.setText(text);
            mail.send(message);
            return true;
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            // the admin sees the link on screen and can pass it on; a mail failure must not undo the account
            log.warn("The password link for staff user '{}' could not be e-mailed: {}", link.username(), e.getMessage());
            return false;
        }
    }
}
