package de.kulant.correspondence.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set, else the outbox folder {@code <data-dir>/outbox}. */
@Configuration(proxyBeanMethods = false)
class MailGateways {

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> sender, @Value("${kulant.data-dir}") String dataDir) {
        JavaMailSender smtp = sender.getIfAvailable();
        return smtp != null ? new Smtp(smtp) : new Folder(Path.of(dataDir, "outbox"));
    }

    /** Sends through the configured SMTP server. */
    static final class Smtp implements MailGateway {

        private final JavaMailSender sender;

        Smtp(JavaMailSender sender) {
            this.sender = sender;
        }

        @Override
        public MimeMessage newMessage() {
            return sender.createMimeMessage();
        }

        @Override
        public void send(MimeMessage message) {
            try {
                sender.send(message);
            } catch (MailSendException e) {
                for (Exception failure : e.getFailedMessages().values()) {
                    if (failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                            && refused.getInvalidAddresses().length > 0) {
                        throw new MailRefused("the recipient's server refused " + addresses(refused.getInvalidAddresses())
                                + ": " + refused.getMessage(), e);
                    }
                }
                throw e;
            }
        }

        private static String addresses(Address[] addresses) {
            StringBuilder text = new StringBuilder();
            for (Address address : addresses) {
                text.append(text.isEmpty() ? "" : ", ").append(address);
            }
            return text.toString();
        }
    }

    /** Writes each message as an .eml file into a folder, where staff can read it in the UI. */
    static final class Folder implements MailGateway {

        private final Path folder;
        private final Session session = Session.getInstance(new Properties());

        Folder(Path folder) {
            this.folder = folder;
        }

        Path folder() {
            return folder;
        }

        @Override
        public MimeMessage newMessage() {
            return new MimeMessage(session);
        }

        @Override
        public void send(MimeMessage message) {
            try {
                Files.createDirectories(folder);
                message.saveChanges();
                String name = System.currentTimeMillis() + "-" + message.getMessageID().replaceAll("[^A-Za-z0-9.-]", "")
                        + ".eml";
                try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                    message.writeTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
