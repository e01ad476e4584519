package de.kulant.correspondence.internal;

import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.CorrespondenceProperties;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox (IMAP) for delivery status notifications: a failed delivery of one of our e-mails, matched
 * by its Message-ID, counts as a bounce, and the notice goes out as a letter. A message is marked seen only after it
 * was handled, so an unreachable server or a failure loses nothing: the next poll tries again.
 */
@Component
public class BounceMailbox {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

    /** What one poll did; {@code reachable} false when the server could not be read this time. */
    public record Poll(boolean reachable, int read, int bounced) {
    }

    private final CorrespondenceProperties.Bounce settings;
    private final Correspondence correspondence;

    BounceMailbox(CorrespondenceProperties properties, Correspondence correspondence) {
        this.settings = properties.bounce();
        this.correspondence = correspondence;
    }

    @Scheduled(fixedDelayString = "${kulant.correspondence.bounce.interval:1m}", initialDelayString = "PT30S")
    void scheduled() {
        if (settings.enabled()) {
            poll();
        }
    }

    /** Reads the unseen messages once. */
    public synchronized Poll poll() {
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail." + settings.protocol() + ".connectiontimeout", timeout);
        properties.put("mail." + settings.protocol() + ".timeout", timeout);
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                int read = 0;
                int bounced = 0;
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    read++;
                    if (handle((MimeMessage) message)) {
                        bounced++;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                }
                return new Poll(true, read, bounced);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("The bounce mailbox {}:{} could not be read ({}); trying again in {}", settings.host(),
                    settings.port(), e.getMessage(), settings.interval());
            return new Poll(false, 0, 0);
        }
    }

    private boolean handle(MimeMessage message) throws MessagingException {
        Optional<DeliveryStatusReport> report;
        try {
            report = DeliveryStatusReport.of(message);
        } catch (IOException | RuntimeException e) {
            log.warn("A message in the bounce mailbox could not be read as a delivery status notification: {}",
                    e.getMessage());
            return false;
        }
        if (report.isEmpty() || !report.get().failed()) {
            return false;
        }
        boolean bounced = correspondence.bouncedByMailServer(report.get().originalMessageId(), report.get().detail());
        if (!bounced) {
            log.info("Bounce for {} matches no e-mail waiting to be counted as bounced", report.get().originalMessageId());
        }
        return bounced;
    }
}
