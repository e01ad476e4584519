package de.kulant.correspondence;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorView;
import de.kulant.correspondence.DispatchView.Channel;
import de.kulant.correspondence.internal.CaseLetterStore;
import de.kulant.correspondence.internal.DispatchStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    CaseLetters(CaseLetterStore letters, DispatchStore dispatches, ClaimQueries claims, Clock clock) {
        this.letters = letters;
        this.dispatches = dispatches;
        this.claims = claims;
        this.clock = clock;
    }

    /** Queues the letter on paper, and by e-mail too when the debtor has an address. */
    @Transactional
    public void queue(CaseLetter letter) {
        queue(letter, false);
    }

    /**
     * Queues the letter; {@code emailOnly}: by e-mail alone (a reminder), on paper only when no address is known.
     * Returns whether it goes out on paper.
     */
    @Transactional
    public boolean queue(CaseLetter letter, boolean emailOnly) {
        DebtorView debtor = claims.debtors(Map.of(letter.debtorId(), letter.creditorId())).get(letter.debtorId());
        if (debtor == null) {
            throw new IllegalArgumentException("debtor " + letter.debtorId() + " of creditor " + letter.creditorId()
                    + " not found");
        }
        letters.insert(letter, clock.instant());
        List<DispatchStore.NewDispatch> queue = new ArrayList<>();
        boolean paper = !emailOnly || debtor.email() == null;
        if (paper) {
            queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(), letter.id(), null,
                    Channel.LETTER, debtor.name(), letter.date(), "collection letter " + letter.caseReference()));
        }
        if (debtor.email() != null) {
            queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(), letter.id(), null,
                    Channel.EMAIL, debtor.email(), letter.date(), "collection letter " + letter.caseReference()));
        }
        dispatches.createAll(queue, clock.instant());
        return paper;
    }
}
