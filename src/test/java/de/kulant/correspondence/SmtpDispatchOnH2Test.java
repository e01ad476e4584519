package de.kulant.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kulant.correspondence.internal.Dispatcher;
import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** E-mails as a real SMTP server (GreenMail) receives them, and what happens when it cannot be reached. */
@OnH2
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "kulant.correspondence.mail-from=mahnwesen@kulant.example"})
class SmtpDispatchOnH2Test extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private Dispatcher dispatcher;

    /** One part of a received message: its content type, file name and content. */
    private record MailPart(String type, String fileName, Object content) {
    }

    private String claimDueOnMarch2(Tenant shop, String invoiceNumber) {
        Map<String, Object> claim = claim(invoiceNumber);
        claim.put("invoiceDate", "2026-02-16");
        claim.put("dueDate", "2026-03-02");
        return createClaim(shop, claim);
    }

    private void runAndWaitForQueue(Tenant shop, LocalDate day, int dispatches) {
        clock.setToday(day);
        assertThat(api.post("/api/v1/dunning-runs", Map.of("asOf", day.toString()), shop.auth()).status()).isEqualTo(201);
        long until = System.currentTimeMillis() + 10_000;
        while (api.get("/api/v1/dispatches", shop.auth()).json().size() < dispatches
                && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aReminderArrivesAsHtmlAndTextAndANoticeWithItsLetterAttached() throws Exception {
        Tenant shop = newTenant("SMTP Versand");
        claimDueOnMarch2(shop, "R-SMTP-1");
        runAndWaitForQueue(shop, LocalDate.of(2026, 3, 7), 1);

        dispatcher.dispatchDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage reminder = received[0];
        assertThat(reminder.getSubject()).isEqualTo("Zahlungserinnerung – Rechnung R-SMTP-1 vom 16.02.2026");
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("erika@example.org");
        assertThat(reminder.getFrom()[0].toString()).contains("mahnwesen@kulant.example").contains("SMTP Versand");
        assertThat(reminder.getReplyTo()[0].toString()).isEqualTo("rechnung@shop.example");
        List<MailPart> parts = parts(reminder);
        assertThat(parts).extracting(MailPart::type).containsExactly("text/plain", "text/html");
        assertThat((String) parts.get(0).content()).contains("Guten Tag Erika Mustermann,").contains("119,00 €")
                .contains("bis zum 16.03.2026");
        assertThat((String) parts.get(1).content()).contains("<html").contains("119,00 €");

        runAndWaitForQueue(shop, LocalDate.of(2026, 3, 21), 3);
        dispatcher.dispatchDue();

        received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        List<MailPart> noticeParts = parts(received[1]);
        assertThat(noticeParts).extracting(MailPart::type).containsExactly("text/plain", "text/html", "application/pdf");
        assertThat((String) noticeParts.get(0).content()).contains("als PDF im Anhang").contains("120,28 €");
        MailPart attachment = noticeParts.get(2);
        assertThat(attachment.fileName()).endsWith(".pdf").contains("Mahnung");
        byte[] pdf = ((java.io.InputStream) attachment.content()).readAllBytes();
        PdfFacts facts = PdfFacts.of(pdf);
        assertThat(facts.text()).contains("R-SMTP-1");
        assertThat(facts.epc().amount()).isEqualTo("EUR120.28");
        JsonNode letter = api.get("/api/v1/dispatches?status=SENT", shop.auth()).json().valueStream()
                .filter(d -> d.get("channel").asString().equals("LETTER")).findFirst().orElseThrow();
        Api.Download archived = api.download("/api/v1/documents/" + letter.get("documentId").asString(), shop.auth());
        assertThat(archived.body()).isEqualTo(pdf);
    }

    @Test
    void anEmailThatFailsWhileTheServerIsDownIsSentExactlyOnceAfterTheBackOff() throws Exception {
        Tenant shop = newTenant("SMTP Ausfall");
        claimDueOnMarch2(shop, "R-SMTP-DOWN");
        runAndWaitForQueue(shop, LocalDate.of(2026, 3, 7), 1);
        String path = "/api/v1/dispatches/" + api.get("/api/v1/dispatches", shop.auth()).json().get(0).get("id").asString();

        SMTP.stop();
        dispatcher.dispatchDue();
        SMTP.start();

        JsonNode waiting = api.get(path, shop.auth()).json();
        assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
        assertThat(waiting.get("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.findValuesAsString("event")).containsExactly("CREATED", "ATTEMPT_FAILED");
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        clock.advance(Duration.ofHours(24));
        dispatcher.dispatchDue();

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("R-SMTP-DOWN");
        JsonNode sent = api.get(path, shop.auth()).json();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.findValuesAsString("event")).containsExactly("CREATED", "ATTEMPT_FAILED", "SENT");
    }

    private static List<MailPart> parts(Part part) throws Exception {
        List<MailPart> found = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(parts(child));
            }
        } else {
            Object content = part.getContent() instanceof String text ? text.replace('\u00a0', ' ') : part.getContent();
            found.add(new MailPart(part.getContentType().split(";")[0].strip().toLowerCase(), part.getFileName(), content));
        }
        return found;
    }
}
