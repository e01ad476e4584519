package de.kulant.correspondence;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.correspondence.DispatchView.Status;
import de.kulant.correspondence.internal.DispatchStore;
import de.kulant.correspondence.internal.LetterComposer;
import de.kulant.correspondence.internal.LetterException;
import de.kulant.correspondence.internal.LetterPrinter;
import de.kulant.correspondence.internal.LetterheadStore;
import de.kulant.correspondence.internal.LogoImage;
import de.kulant.dunning.Channel;
import de.kulant.dunning.RunId;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.SortColumns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dispatch queue as people see it, the creditor's letterhead, and previews of letters. */
@Service
public class Correspondence {

    private final DispatchStore dispatches;
    private final LetterheadStore letterheads;
    private final LetterComposer composer;
    private final LetterPrinter printer;
    private final de.kulant.dunning.NoticePreviews previews;
    private final ClaimQueries claims;
    private final AuditTrail audit;
    private final Clock clock;

    Correspondence(DispatchStore dispatches, LetterheadStore letterheads, LetterComposer composer,
                   LetterPrinter printer, de.kulant.dunning.NoticePreviews previews, ClaimQueries claims, AuditTrail audit, Clock clock) {
        this.dispatches = dispatches;
        this.letterheads = letterheads;
        this.composer = composer;
        this.printer = printer;
        this.previews = previews;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest {@code limit} dispatches. */
    public List<DispatchView> dispatches(CreditorId creditor, Status status, int limit) {
        return page(creditor, status, DispatchStore.LIST_ORDER.defaultOrder(), null, limit).items();
    }

    /** The columns the dispatch list sorts by. */
    public static SortColumns listOrder() {
        return DispatchStore.LIST_ORDER;
    }

    /** One page of the dispatch list; {@code next} is the cursor of the following page, null on the last. */
    public record DispatchPage(List<DispatchView> items, String next) {
    }

    /** The dispatch list page after {@code after} (a cursor of this list and order; anything else starts at the top). */
    public DispatchPage page(CreditorId creditor, Status status, ListOrder order, String after, int size) {
        var page = dispatches.page(creditor, status, order, after, size);
        return new DispatchPage(page.items(), page.next());
    }

    public Map<Status, Integer> counts(CreditorId creditor) {
        return dispatches.counts(creditor);
    }

    /** What went out on a day and what waits for a person, for the dashboard. */
    public record DayFigures(int lettersSent, int emailsSent, int failed) {
    }

    @Transactional(readOnly = true)
    public DayFigures dayFigures(CreditorId creditor, java.time.LocalDate day) {
        Map<String, Integer> sent = dispatches.sentOn(creditor, day);
        return new DayFigures(sent.getOrDefault(Channel.LETTER.name(), 0), sent.getOrDefault(Channel.EMAIL.name(), 0),
                dispatches.failed(creditor));
    }

    /** What of a dunning run's letters and e-mails could not go out and waits for a person. */
    public List<DispatchView> problemsOfRun(RunId run) {
        return dispatches.problemsOfRun(run.value(), 500);
    }

    public DispatchView dispatch(CreditorId creditor, UUID id) {
        return dispatches.find(creditor, id).orElseThrow(() -> new NotFoundException("dispatch"));
    }

    /** A hard bounce reported by the mail provider: the e-mail counts as not delivered and goes out as a letter. */
    @Transactional
    public DispatchView bounce(CreditorId creditor, UUID id, String detail, Actor actor) {
        DispatchView dispatch = dispatch(creditor, id);
        String reason = detail == null || detail.isBlank() ? "reported as bounced" : detail.strip();
        if (!dispatches.bounce(creditor, id, reason, clock.instant())) {
            throw ConflictException.coded("onlyEmailBounces", "Only an e-mail can bounce; this dispatch is a " + dispatch.channel()
                    + " with status " + dispatch.status() + ".");
        }
        dispatches.log(id, dispatch.creditorId(), clock.instant(), "BOUNCED", reason + " (" + actor.label() + ")");
        var row = dispatches.row(id).orElseThrow();
        dispatches.create(new DispatchStore.NewDispatch(dispatch.creditorId(), row.debtorId(), dispatch.combinedId(),
                row.runId(), DispatchView.Channel.LETTER, null, dispatch.issuedOn(), "instead of the bounced e-mail"), clock.instant());
        return dispatch(creditor, id);
    }

    /**
     * A delivery status notification from the bounce mailbox says the e-mail with this Message-ID failed; false when
     * no e-mail of ours has it or it was counted as bounced already.
     */
    @Transactional
    public boolean bouncedByMailServer(String messageId, String detail) {
        var row = dispatches.byMessageId(messageId).orElse(null);
        if (row == null || row.status() == Status.BOUNCED) {
            return false;
        }
        bounce(null, row.id(), detail, new Actor(Actor.Kind.SYSTEM, "bounce-mailbox"));
        return true;
    }

    /** Sends a failed or uncertain dispatch again. */
    @Transactional
    public DispatchView retry(CreditorId creditor, UUID id, Actor actor) {
        DispatchView dispatch = dispatch(creditor, id);
        if (!dispatches.retryNow(creditor, id, clock.instant())) {
            throw ConflictException.coded("onlyFailedRetried", "Only a FAILED or UNCERTAIN dispatch can be retried, not " + dispatch.status() + ".");
        }
        dispatches.log(id, dispatch.creditorId(), clock.instant(), "RETRY", "requested by " + actor.label());
        return dispatch(creditor, id);
    }

    public Letterhead letterhead(CreditorId creditor) {
        return letterheads.find(creditor).orElse(Letterhead.empty());
    }

    @Transactional
    public Letterhead saveLetterhead(CreditorId creditor, Letterhead input, Actor actor) {
        InputCheck check = new InputCheck();
        String senderLine = check.optional("senderLine", input.senderLine(), 120);
        String contact = check.optional("contactPerson", input.contactPerson(), 80);
        String phone = check.optional("phone", input.phone(), 40);
        String email = check.email("email", input.email(), false);
        String signature = check.optional("signature", input.signature(), 200);
        byte[] logo = input.logoPng() == null ? null : LogoImage.checkedAndScaled("logo", input.logoPng(), check);
        Map<Integer, String> texts = input.freeTexts() == null ? Map.of() : input.freeTexts();
        texts.forEach((level, text) -> {
            if (level < 1 || level > 6 || text == null || text.length() > 600) {
                check.violation("freeTexts." + level, "a free text belongs to a level 1 to 6 and has at most 600 characters");
            }
        });
        check.throwIfInvalid();
        Letterhead letterhead = new Letterhead(senderLine, contact, phone, email, signature, logo, Map.copyOf(texts));
        letterheads.save(creditor, letterhead, clock.instant(), actor.label());
        audit.record(new AuditEntry(creditor, "letterhead", creditor.toString(), "letterhead.changed", actor, null,
                Map.of("senderLine", String.valueOf(senderLine), "signature", String.valueOf(signature),
                        "freeTexts", texts.keySet().toString())));
        return letterhead;
    }

    /**
     * A letter for a claim at a level as the creditor's policy would write it today, as PDF; {@code tone} null takes the
     * policy's, {@code language} null the debtor's. Nothing is stored.
     */
    public byte[] preview(CreditorId creditor, ClaimId claim, int level, de.kulant.dunning.Tone tone, String language) {
        LocalDate today = BusinessDates.today(clock);
        ClaimView view = claims.find(creditor, claim, today).orElseThrow(() -> new NotFoundException("claim"));
        if (level < 1 || level > 6) {
            throw new InvalidInputException("level", "must lie between 1 and 6");
        }
        var policy = previews.preview(view.creditorId(), claim, level, today)
                .orElseThrow(() -> new NotFoundException("claim"));
        try {
            return printer.print(composer.preview(view, policy, tone, language, today)).bytes();
        } catch (LetterException e) {
            throw new InvalidInputException("letter", e.getMessage());
        }
    }

    /** The names of the levels of the chain that applies to a claim, for offering them in a preview form. */
    public java.util.List<String> levelNames(ClaimView claim) {
        return previews.preview(claim.creditorId(), claim.id(), 1, BusinessDates.today(clock))
                .map(de.kulant.dunning.NoticePreviews.NoticePreview::levelNames).orElse(java.util.List.of());
    }
}
