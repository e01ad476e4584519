package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimId;
import de.kulant.correspondence.CorrespondenceProperties;
import de.kulant.correspondence.DispatchView.Channel;
import de.kulant.correspondence.DispatchView.Status;
import de.kulant.correspondence.DocumentView;
import de.kulant.correspondence.Documents;
import de.kulant.correspondence.Letter;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Instances;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Works off the dispatch queue: writes each due letter or e-mail, archives it, and marks it sent; a failed
 * attempt waits and is tried again, a permanent refusal of an e-mail becomes a letter, and a letter that
 * cannot be written correctly stops with its reason instead of going out half-written.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DispatchStore dispatches;
    private final LetterComposer composer;
    private final LetterTemplates templates;
    private final LetterPrinter printer;
    private final Documents documents;
    private final Notices notices;
    private final MailGateway mail;
    private final StandingNotices standing;
    private final CaseLetterStore caseLetters;
    private final CaseLetterWriter caseWriter;
    private final PdfLetters pdfs;
    private final CorrespondenceProperties properties;
    private final Clock clock;
    private final AsyncTaskExecutor workers;
    private final Instances instances;

    Dispatcher(DispatchStore dispatches, LetterComposer composer, LetterTemplates templates, LetterPrinter printer,
               Documents documents, Notices notices, MailGateway mail, StandingNotices standing,
               CaseLetterStore caseLetters, CaseLetterWriter caseWriter, PdfLetters pdfs,
               CorrespondenceProperties properties, Clock clock,
               @Qualifier(CorrespondenceWorkers.DISPATCH) AsyncTaskExecutor workers, Instances instances) {
        this.instances = instances;
        this.standing = standing;
        this.caseLetters = caseLetters;
        this.caseWriter = caseWriter;
        this.pdfs = pdfs;
        this.dispatches = dispatches;
        this.composer = composer;
        this.templates = templates;
        this.printer = printer;
        this.documents = documents;
        this.notices = notices;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.workers = workers;
    }

    @Scheduled(fixedDelayString = "${kulant.correspondence.dispatch-interval:10s}", initialDelayString = "PT15S")
    void scheduled() {
        if (properties.dispatchEnabled()) {
            dispatchDue();
        }
    }

    /**
     * Sends everything due now, batch by batch, the letters of a batch on several threads; returns how many
     * dispatches were worked on. What the letters of a batch say is read for all of them at once; the dispatches of
     * one letter stay on one thread, so its PDF is written once.
     */
    public synchronized int dispatchDue() {
        int total = 0;
        // instances that died holding dispatches: looked for once per call, which comes every dispatch interval
        List<String> gone = dispatches.holdersOtherThan(instances.current()).stream().filter(instances::isGone)
                .toList();
        dispatches.releaseOfGone(gone, clock.instant());
        while (true) {
            Instant now = clock.instant();
            dispatches.markInterrupted(now, gone);
            List<DispatchStore.Row> due = dispatches.claimDue(now, now.plus(properties.sendingTimeout()),
                    properties.batchSize(), instances.current());
            if (due.isEmpty()) {
                return total;
            }
            Map<LetterId, List<DispatchStore.Row>> byLetter = due.stream().collect(Collectors.groupingBy(
                    row -> new LetterId(row.combinedId()), LinkedHashMap::new, Collectors.toList()));
            Map<LetterId, Prepared> prepared;
            try {
                prepared = prepare(byLetter.keySet());
            } catch (RuntimeException e) {
                due.forEach(row -> attemptFailed(row, e, now));
                total += due.size();
                continue;
            }
            List<Future<?>> work = new ArrayList<>();
            for (Map.Entry<LetterId, List<DispatchStore.Row>> letter : byLetter.entrySet()) {
                Prepared ready = prepared.get(letter.getKey());
                work.add(workers.submit(() -> letter.getValue().forEach(row -> process(row, ready))));
            }
            for (Future<?> done : work) {
                await(done);
            }
            total += due.size();
        }
    }

    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A letter of a batch, ready to send: which of its notices still stand and what it says, or the draft of a case
     * letter; and its newest PDF.
     */
    private static final class Prepared {
        private final StandingNotices.Check check;
        private final LetterComposer.Composed composed;
        private final CaseLetterWriter.Draft caseDraft;
        private Documents.ArchivedLetter pdf;
        /** The PDF's bytes when this dispatch rendered it, for the e-mail that attaches it. */
        private byte[] rendered;

        Prepared(StandingNotices.Check check, LetterComposer.Composed composed, CaseLetterWriter.Draft caseDraft,
                 Documents.ArchivedLetter pdf) {
            this.check = check;
            this.composed = composed;
            this.caseDraft = caseDraft;
            this.pdf = pdf;
        }
    }

    /** What one letter or e-mail says and looks like, whether a notice or a case letter writes it; written on demand. */
    private record Writing(Supplier<String> subject, Supplier<String> text, Supplier<String> html,
                           Supplier<PdfLetters.Pdf> print, Letter.Recipient to, String senderName, String replyTo,
                           List<String> invoices) {
    }

    private Writing writing(Letter letter) {
        return new Writing(() -> templates.subject(letter), () -> templates.emailText(letter, letter.alsoByPost()),
                () -> templates.emailHtml(letter, letter.alsoByPost()), () -> printer.print(letter), letter.recipient(),
                letter.sender().name(), letter.sender().email(),
                letter.items().stream().map(Letter.Item::invoiceNumber).toList());
    }

    private Writing writing(de.kulant.correspondence.CaseLetterText letter) {
        return new Writing(() -> templates.caseSubject(letter), () -> templates.caseEmailText(letter, true),
                () -> templates.caseEmailHtml(letter, true), () -> pdfs.render(templates.caseLetter(letter)),
                letter.recipient(), letter.request().agency().name(), letter.request().agency().email(),
                letter.items().stream().map(Letter.Item::invoiceNumber).toList());
    }

    /** Reads what the letters of a batch need, for all of them together: a fixed number of queries. */
    private Map<LetterId, Prepared> prepare(Collection<LetterId> letters) {
        Map<java.util.UUID, CaseLetterWriter.Draft> drafts = caseWriter.writeAll(
                caseLetters.findAll(letters.stream().map(LetterId::value).toList()));
        Map<LetterId, Documents.ArchivedLetter> casePdfs = documents.lettersOf(
                drafts.keySet().stream().map(LetterId::new).toList());
        Map<LetterId, Prepared> prepared = new HashMap<>();
        drafts.forEach((id, draft) -> prepared.put(new LetterId(id),
                new Prepared(null, null, draft, casePdfs.get(new LetterId(id)))));
        letters = letters.stream().filter(letter -> !drafts.containsKey(letter.value())).toList();
        Map<LetterId, List<NoticeView>> groups = notices.combined(letters);
        Map<LetterId, StandingNotices.Check> checks = standing.checkAll(groups);
        Map<LetterId, List<NoticeView>> standingGroups = new LinkedHashMap<>();
        checks.forEach((combinedId, check) -> {
            if (!check.standing().isEmpty()) {
                standingGroups.put(combinedId, check.standing());
            }
        });
        Map<LetterId, LetterComposer.Composed> composed = composer.composeAll(standingGroups);
        Map<LetterId, Documents.ArchivedLetter> archived = documents.lettersOf(letters);
        for (LetterId letter : letters) {
            StandingNotices.Check check = checks.getOrDefault(letter,
                    new StandingNotices.Check(List.of(), Map.of()));
            prepared.put(letter, new Prepared(check, composed.get(letter), null, archived.get(letter)));
        }
        return prepared;
    }

    private void process(DispatchStore.Row row, Prepared prepared) {
        Instant now = clock.instant();
        LocalDate today = BusinessDates.today(clock);
        try {
            if (prepared.caseDraft != null) {
                processCaseLetter(row, prepared, now, today);
                return;
            }
            StandingNotices.Check check = prepared.check;
            if (check.standing().isEmpty()) {
                dispatches.finish(row, Status.CANCELLED, check.reasons(), now);
                dispatches.log(row.id(), row.creditorId(), now, "CANCELLED", "no notice still stands: " + check.reasons());
                standing.settle(row.creditorId(), new LetterId(row.combinedId()), check.dropped());
                return;
            }
            if (!check.dropped().isEmpty()) {
                dispatches.log(row.id(), row.creditorId(), now, "REWRITTEN", "written without " + check.reasons());
            }
            Letter letter = prepared.composed.orThrow();
            Writing writing = writing(letter);
            List<ClaimId> claims = check.standing().stream().map(NoticeView::claimId).distinct().toList();
            if (row.channel() == Channel.LETTER) {
                DocumentView pdf = letterPdf(writing, row, claims, prepared);
                standing.settle(row.creditorId(), new LetterId(row.combinedId()), check.dropped());
                dispatches.sent(row, pdf.id(), today, now);
                dispatches.log(row.id(), row.creditorId(), now, "QUEUED_FOR_PRINT", "print file of " + today);
                return;
            }
            DocumentView pdf = letter.alsoByPost() ? letterPdf(writing, row, claims, prepared) : null;
            DocumentView archived = email(writing, row, pdf, prepared, claims);
            standing.settle(row.creditorId(), new LetterId(row.combinedId()), check.dropped());
            dispatches.sent(row, archived.id(), today, now);
            dispatches.log(row.id(), row.creditorId(), now, "SENT", "to " + row.recipient());
        } catch (LetterException | TemplateProcessingException e) {
            String reason = e.getMessage();
            dispatches.finish(row, Status.FAILED, reason, now);
            dispatches.log(row.id(), row.creditorId(), now, "FAILED", reason);
            log.warn("Letter {} cannot be written: {}", row.combinedId(), reason);
        } catch (MailGateway.MailRefused refused) {
            dispatches.finish(row, Status.BOUNCED, refused.getMessage(), now);
            dispatches.log(row.id(), row.creditorId(), now, "BOUNCED", refused.getMessage());
            if (dispatches.create(new DispatchStore.NewDispatch(row.creditorId(), row.debtorId(), row.combinedId(),
                    row.runId(), Channel.LETTER, null, row.issuedOn(), "instead of the refused e-mail"), now)) {
                dispatches.log(row.id(), row.creditorId(), now, "FALLBACK", "sent as a letter instead");
            }
        } catch (TakenOver e) {
            log.info("Dispatch {} was taken over by another instance; left to it", row.id());
        } catch (RuntimeException e) {
            attemptFailed(row, e, now);
        }
    }

    /** The dispatch is no longer this worker's: its instance was taken for gone and another queued it again. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("taken over by another instance", null, false, false);
        }
    }

    /** A case letter: cancelled when none of its claims still stands, else written with those that do. */
    private void processCaseLetter(DispatchStore.Row row, Prepared prepared, Instant now, LocalDate today) {
        CaseLetterWriter.Draft draft = prepared.caseDraft;
        if (draft.failure() != null) {
            throw new LetterException(draft.failure());
        }
        String reasons = String.join("; ", draft.dropped());
        if (draft.text() == null) {
            dispatches.finish(row, Status.CANCELLED, reasons, now);
            dispatches.log(row.id(), row.creditorId(), now, "CANCELLED", "no claim still stands: " + reasons);
            return;
        }
        if (!draft.dropped().isEmpty()) {
            dispatches.log(row.id(), row.creditorId(), now, "REWRITTEN", "written without " + reasons);
        }
        Writing writing = writing(draft.text());
        DocumentView pdf = letterPdf(writing, row, draft.standing(), prepared);
        if (row.channel() == Channel.LETTER) {
            dispatches.sent(row, pdf.id(), today, now);
            dispatches.log(row.id(), row.creditorId(), now, "QUEUED_FOR_PRINT", "print file of " + today);
            return;
        }
        DocumentView archived = email(writing, row, pdf, prepared, draft.standing());
        dispatches.sent(row, archived.id(), today, now);
        dispatches.log(row.id(), row.creditorId(), now, "SENT", "to " + row.recipient());
    }

    /** Sends the e-mail (with the PDF attached when there is one) and archives it as it left. */
    private DocumentView email(Writing writing, DispatchStore.Row row, DocumentView pdf, Prepared prepared,
                               List<ClaimId> claims) {
        SentMail email = sendEmail(writing, row, pdf, prepared.rendered);
        DocumentView archived = documents.archive(row.creditorId(), new LetterId(row.combinedId()), "EMAIL",
                "message/rfc822", email.content(), null, row.issuedOn(), claims, null);
        dispatches.messageId(row.id(), email.messageId());
        return archived;
    }

    /** A failure that may pass: tried again after the next delay, or given up after the last. */
    private void attemptFailed(DispatchStore.Row row, RuntimeException e, Instant now) {
        int attempts = row.attempts() + 1;
        List<Duration> delays = properties.retryDelays();
        Instant next = attempts <= delays.size() ? now.plus(delays.get(attempts - 1)) : null;
        dispatches.retryLater(row, attempts, next, e.getMessage(), now);
        dispatches.log(row.id(), row.creditorId(), now, next == null ? "FAILED" : "ATTEMPT_FAILED",
                e.getMessage() + (next == null ? "; no further attempts" : "; next attempt " + next));
        log.warn("Attempt {} of dispatch {} failed: {}", attempts, row.id(), e.getMessage());
    }

    /**
     * The letter's PDF, rendered and archived once per letter and shared by its channels; written anew when the
     * claims that still stand are not the ones the archived one lists.
     */
    private DocumentView letterPdf(Writing letter, DispatchStore.Row row, List<ClaimId> claims, Prepared prepared) {
        if (prepared.pdf != null && prepared.pdf.claims().equals(Set.copyOf(claims))) {
            return prepared.pdf.document();
        }
        PdfLetters.Pdf pdf;
        try {
            pdf = letter.print().get();
        } catch (TemplateProcessingException | IllegalArgumentException e) {
            throw new LetterException("the letter could not be rendered: " + e.getMessage(), e);
        }
        Letter.Recipient to = letter.to();
        DocumentView archived = documents.archive(row.creditorId(), new LetterId(row.combinedId()), "LETTER", "application/pdf",
                pdf.bytes(), pdf.pages(), row.issuedOn(), claims, new Documents.PrintAddress(to.name(), to.street(),
                        to.postalCode(), to.city(), to.country(), letter.invoices()));
        prepared.pdf = new Documents.ArchivedLetter(archived, Set.copyOf(claims));
        prepared.rendered = pdf.bytes();
        return archived;
    }

    /** An e-mail as it left, and the Message-ID a bounce will name. */
    private record SentMail(byte[] content, String messageId) {
    }

    /** @param rendered the PDF's bytes when this dispatch rendered it, else null (they are read from the archive) */
    private SentMail sendEmail(Writing letter, DispatchStore.Row row, DocumentView pdf, byte[] rendered) {
        try {
            MimeMessage message = mail.newMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom(), letter.senderName());
            if (letter.replyTo() != null) {
                helper.setReplyTo(letter.replyTo());
            }
            try {
                helper.setTo(jakarta.mail.internet.InternetAddress.parse(row.recipient(), true)[0]);
            } catch (jakarta.mail.internet.AddressException invalid) {
                throw new MailGateway.MailRefused("the debtor's e-mail address '" + row.recipient()
                        + "' cannot be used: " + invalid.getMessage(), invalid);
            }
            String subject = letter.subject().get();
            helper.setSubject(subject);
            helper.setText(letter.text().get(), letter.html().get());
            if (pdf != null) {
                byte[] content = rendered != null ? rendered
                        : documents.open(row.creditorId(), pdf.id()).orElseThrow().content();
                helper.addAttachment(subject.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf",
                        new ByteArrayResource(content), "application/pdf");
            }
            if (!dispatches.begin(row, clock.instant())) {
                throw new TakenOver();
            }
            mail.send(message);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new SentMail(out.toByteArray(), message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the e-mail could not be built: " + e.getMessage(), e);
        }
    }

}
