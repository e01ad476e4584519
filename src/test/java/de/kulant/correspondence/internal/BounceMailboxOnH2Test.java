package de.kulant.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.CorrespondenceProperties;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Bounces read from a real IMAP mailbox (GreenMail): a delivery status notification (RFC 3464) for one of our e-mails,
 * matched by its Message-ID, turns the notice into a letter; an unreachable server loses nothing (issue 11, item 15).
 */
@OnH2
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "kulant.correspondence.mail-from=mahnwesen@kulant.example",
        "kulant.correspondence.bounce.host=127.0.0.1", "kulant.correspondence.bounce.port=3143",
        "kulant.correspondence.bounce.protocol=imap", "kulant.correspondence.bounce.username=bounces",
        "kulant.correspondence.bounce.password=secret", "kulant.correspondence.bounce.timeout=3s"})
class BounceMailboxOnH2Test extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("bounces@kulant.example", "bounces", "secret"));

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private BounceMailbox mailbox;

    @Autowired
    private Correspondence correspondence;

    @Autowired
    private CorrespondenceProperties properties;

    /** A reminder e-mailed to the debtor on 2026-03-07; returns the dispatch's id and the e-mail's Message-ID. */
    private String[] remindedByEmail(Tenant shop, String invoice) throws Exception {
        Map<String, Object> claim = claim(invoice);
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        createClaim(shop, claim);
        clock.setToday(LocalDate.of(2026, 3, 7));
        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", "2026-03-07"), shop.auth()).status()).isEqualTo(201);
        long until = System.currentTimeMillis() + 10_000;
        JsonNode queued = api.get("/api/v1/dispatches", shop.auth()).json();
        while (queued.isEmpty() && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
            queued = api.get("/api/v1/dispatches", shop.auth()).json();
        }
        dispatcher.dispatchDue();
        MimeMessage sent = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(invoice);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        return new String[] {queued.get(0).get("id").asString(), sent.getMessageID()};
    }

    private static MimeMessage deliveryStatusNotification(String messageId, String action) throws Exception {
        MimeMessage dsn = new MimeMessage(Session.getInstance(new Properties()));
        dsn.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.org"));
        dsn.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("bounces@kulant.example"));
        dsn.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("The mail system could not deliver your message.", "UTF-8");
        report.addBodyPart(human);
        MimeBodyPart fields = new MimeBodyPart();
        fields.setDataHandler(new DataHandler(new ByteArrayDataSource(("Reporting-MTA: dns; mx.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; erika@example.org\r\nAction: " + action + "\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n").getBytes(StandardCharsets.US_ASCII),
                "message/delivery-status")));
        report.addBodyPart(fields);
        MimeBodyPart headers = new MimeBodyPart();
        headers.setDataHandler(new DataHandler(new ByteArrayDataSource(("From: mahnwesen@kulant.example\r\n"
                + "To: erika@example.org\r\nMessage-ID: " + messageId + "\r\nSubject: Zahlungserinnerung\r\n")
                .getBytes(StandardCharsets.US_ASCII), "text/rfc822-headers")));
        report.addBodyPart(headers);
        dsn.setContent(report);
        dsn.saveChanges();
        return dsn;
    }

    private static GreenMailUser bounces() {
        return MAIL.getUserManager().getUser("bounces");
    }

    @Test
    void aBounceInTheMailboxTurnsTheEmailIntoALetterExactlyOnce() throws Exception {
        Tenant shop = newTenant("Bounce-Postfach");
        String[] email = remindedByEmail(shop, "R-DSN-1");
        bounces().deliver(deliveryStatusNotification(email[1], "failed"));
        MimeMessage unrelated = new MimeMessage(Session.getInstance(new Properties()));
        unrelated.setSubject("Out of office");
        unrelated.setText("Ich bin im Urlaub.");
        unrelated.saveChanges();
        bounces().deliver(unrelated);

        BounceMailbox.Poll poll = mailbox.poll();

        assertThat(poll).isEqualTo(new BounceMailbox.Poll(true, 2, 1));
        JsonNode bounced = api.get("/api/v1/dispatches/" + email[0], shop.auth()).json();
        assertThat(bounced.get("status").asString()).isEqualTo("BOUNCED");
        assertThat(bounced.get("error").asString()).contains("5.1.1").contains("550 5.1.1 user unknown");
        dispatcher.dispatchDue();
        JsonNode all = api.get("/api/v1/dispatches", shop.auth()).json();
        assertThat(all.findValuesAsString("channel")).containsExactlyInAnyOrder("EMAIL", "LETTER");
        assertThat(all.findValuesAsString("status")).containsExactlyInAnyOrder("BOUNCED", "SENT");
        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(true, 0, 0));
    }

    @Test
    void aDelayNoticeIsNoBounce() throws Exception {
        Tenant shop = newTenant("Nur verzögert");
        String[] email = remindedByEmail(shop, "R-DSN-2");
        bounces().deliver(deliveryStatusNotification(email[1], "delayed"));

        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(true, 1, 0));
        assertThat(api.get("/api/v1/dispatches/" + email[0], shop.auth()).at("/status")).isEqualTo("SENT");
    }

    @Test
    void anUnreachableMailboxIsLoggedAndTriedAgainWithNothingLost() throws Exception {
        Tenant shop = newTenant("Postfach weg");
        String[] email = remindedByEmail(shop, "R-DSN-3");
        bounces().deliver(deliveryStatusNotification(email[1], "failed"));
        CorrespondenceProperties.Bounce b = properties.bounce();
        BounceMailbox unreachable = new BounceMailbox(new CorrespondenceProperties(properties.mailFrom(),
                properties.dispatchEnabled(), properties.dispatchInterval(), properties.batchSize(), properties.threads(),
                properties.retryDelays(), properties.sendingTimeout(), new CorrespondenceProperties.Bounce(b.host(), 1,
                b.protocol(), b.username(), b.password(), b.folder(), b.interval(), Duration.ofSeconds(2))),
                correspondence);

        assertThat(unreachable.poll()).isEqualTo(new BounceMailbox.Poll(false, 0, 0));
        assertThat(api.get("/api/v1/dispatches/" + email[0], shop.auth()).at("/status")).isEqualTo("SENT");

        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(true, 1, 1));
        assertThat(api.get("/api/v1/dispatches/" + email[0], shop.auth()).at("/status")).isEqualTo("BOUNCED");
    }
}
