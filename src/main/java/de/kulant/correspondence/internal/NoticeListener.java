package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimQueries;
import de.kulant.claims.DebtorId;
import de.kulant.claims.DebtorView;
import de.kulant.correspondence.DispatchView.Channel;
import de.kulant.dunning.IssuedLetter;
import de.kulant.dunning.Notices;
import de.kulant.dunning.NoticesIssued;
import de.kulant.platform.CreditorId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues the letter and e-mail of each combined notice once its run chunk committed. A debtor without an
 * e-mail address gets a letter instead of the e-mail.
 */
@Component
class NoticeListener {

    private final DispatchStore dispatches;
    private final Notices notices;
    private final ClaimQueries claims;
    private final Clock clock;

    NoticeListener(DispatchStore dispatches, Notices notices, ClaimQueries claims, Clock clock) {
        this.dispatches = dispatches;
        this.notices = notices;
        this.claims = claims;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NoticesIssued issued) {
        if (issued.isHistory()) {
            return;
        }
        List<IssuedLetter> letters = notices.letters(issued);
        Map<DebtorId, CreditorId> wanted = new HashMap<>();
        letters.forEach(letter -> wanted.put(letter.debtorId(), letter.creditorId()));
        Map<DebtorId, DebtorView> debtors = claims.debtors(wanted);
        List<DispatchStore.NewDispatch> queue = new ArrayList<>();
        for (IssuedLetter letter : letters) {
            DebtorView debtor = debtors.get(letter.debtorId());
            if (debtor == null) {
                throw new IllegalStateException("debtor " + letter.debtorId() + " of letter " + letter.combinedId()
                        + " not found");
            }
            queue(letter, debtor, issued, queue);
        }
        dispatches.createAll(queue, clock.instant());
    }

    private static void queue(IssuedLetter letter, DebtorView debtor, NoticesIssued issued,
                              List<DispatchStore.NewDispatch> queue) {
        boolean byPost = letter.channel().includesLetter();
        String note = null;
        if (letter.channel().includesEmail()) {
            if (debtor.email() != null) {
                queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(),
                        letter.combinedId().value(), issued.runId(), Channel.EMAIL, debtor.email(), issued.issuedOn(), null));
            } else if (!byPost) {
                byPost = true;
                note = "no e-mail address known; sent as a letter instead";
            }
        }
        if (byPost) {
            queue.add(new DispatchStore.NewDispatch(letter.creditorId(), debtor.id().value(),
                    letter.combinedId().value(), issued.runId(), Channel.LETTER, debtor.name(), issued.issuedOn(), note));
        }
    }
}
