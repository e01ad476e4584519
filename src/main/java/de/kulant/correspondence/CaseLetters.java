package de.kulant.correspondence;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorView;
import de.kulant.correspondence.DispatchView.Channel;
import de.kulant.correspondence.internal.CaseLetterStore;
import de.kulant.correspondence.internal.CaseLetterWriter;
import de.kulant.correspondence.internal.LetterException;
import de.kulant.correspondence.internal.LetterTemplates;
import de.kulant.correspondence.internal.PdfLetters;
import de.kulant.platform.ConflictException;
import de.kulant.correspondence.internal.DispatchStore;
import java.time.Clock;
import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection letters into the dispatch queue: kept as asked for, written when sent (with the claims that still stand
 * then), as a PDF/A letter for print and, where the debtor's e-mail address is known, as an e-mail with the letter
 * attached — each once per channel, retried like notices.
 */
@Service
public class CaseLetters {

    private final CaseLetterStore letters;
    private final DispatchStore dispatches;
    private final ClaimQueries claims;
    private final CaseLetterWriter writer;
    private final LetterTemplates templates;
    private final PdfLetters pdfs;
    private final Clock clock;

    CaseLetters(CaseLetterStore letters, DispatchStore dispatches, ClaimQueries claims, CaseLetterWriter writer,
                LetterTemplates templates, PdfLetters pdfs, Clock clock) {
        this.writer = writer;
        this.templates = templates;
        this.pdfs = pdfs;
        this.letters = letters;
        this.dispatches = dispatches;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * A letter to queue: on paper and/or by e-mail; when {@code debtorChooses}, a channel the debtor stated they
     * prefer replaces the one asked for; the e-mail leaves at {@code emailAt} (null: at once).
     */
    public record Request(CaseLetter letter, boolean onPaper, boolean byEmail, boolean debtorChooses,
                          java.time.Instant emailAt) {

        public Request(CaseLetter letter, boolean onPaper, boolean byEmail, boolean debtorChooses) {
            this(letter, onPaper, byEmail, debtorChooses, null);
        }

        public Request(CaseLetter letter, boolean onPaper, boolean byEmail) {
            this(letter, onPaper, byEmail, false, null);
        }
    }

    /** Queues the letter on paper, and by e-mail too when the debtor has an address. */
    @Transactional
    public void queue(CaseLetter letter) {
        queueAll(List.of(new Request(letter, true, true)));
    }

    /**
     * Queues letters, each on paper and/or by e-mail (e-mail only where an address is known; by e-mail alone without an
     * address it goes on paper), with a fixed number of statements however many. Returns the ids of the letters that
     * go out on paper.
     */
    @Transactional
    public Set<UUID> queueAll(List<Request> requests) {
        Map<DebtorId, CreditorId> owners = new HashMap<>();
        requests.forEach(r -> owners.put(r.letter().debtorId(), r.letter().creditorId()));
        Map<DebtorId, DebtorView> debtors = claims.debtors(owners);
        List<DispatchStore.NewDispatch> queue = new ArrayList<>();
        Set<UUID> onPaper = new HashSet<>();
        for (Request request : requests) {
            CaseLetter letter = request.letter();
            DebtorView debtor = debtors.get(letter.debtorId());
            if (debtor == null) {
                throw new IllegalArgumentException("debtor " + letter.debtorId() + " of creditor "
                        + letter.creditorId() + " not found");
            }
            String subject = "collection letter " + letter.caseReference();
            boolean paper = request.onPaper();
            boolean email = request.byEmail();
            if (request.debtorChooses() && debtor.preferredChannel() != null) {
                paper = debtor.preferredChannel().equals("LETTER");
                email = !paper;
            }
            if (paper || debtor.email() == null) {
                onPaper.add(letter.id());
                queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(), letter.id(), null,
                        Channel.LETTER, debtor.name(), letter.date(), subject));
            }
            if (email && debtor.email() != null) {
                queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(), letter.id(), null,
                        Channel.EMAIL, debtor.email(), letter.date(), subject, request.emailAt()));
            }
        }
        letters.insertAll(requests.stream().map(Request::letter).toList(), clock.instant());
        dispatches.createAll(queue, clock.instant());
        return onPaper;
    }

    /** The letter as PDF as it would be written now, nothing stored or sent; 409 when it cannot be written. */
    @Transactional(readOnly = true)
    public byte[] preview(CaseLetter letter) {
        try {
            return pdfs.render(templates.caseLetter(writer.preview(letter))).bytes();
        } catch (LetterException e) {
            throw ConflictException.coded("letterNotWritable", "The letter cannot be written: " + e.getMessage(),
                    e.getMessage());
        }
    }
}
