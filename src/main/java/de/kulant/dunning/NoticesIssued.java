package de.kulant.dunning;

import de.kulant.claims.DebtorId;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A chunk of a dunning run issued notices, one letter or e-mail per debtor. Correspondence sends them, unless they are
 * {@code history}: notices recorded as sent before (the demo's past runs). The event names who gets each letter and
 * on which channels ({@code sent}), so its listeners need not read the chunk's notices back. Its stored form keeps
 * plain values; events stored by earlier versions carry only the letters' ids ({@code letters}), and
 * {@link Notices#letters(NoticesIssued)} reads those.
 */
public record NoticesIssued(UUID runId, LocalDate issuedOn, List<UUID> letters, Boolean history, List<Sent> sent) {

    /** One combined letter in the stored form. */
    public record Sent(UUID letter, UUID creditor, UUID debtor, Channel channel) {
    }

    public NoticesIssued(RunId run, LocalDate issuedOn, List<IssuedLetter> issued, boolean history) {
        // the ids stay as well: an instance of the previous version, running beside this one, reads only them
        this(run.value(), issuedOn, issued.stream().map(letter -> letter.combinedId().value()).toList(), history,
                issued.stream().map(letter -> new Sent(letter.combinedId().value(), letter.creditorId().value(),
                        letter.debtorId().value(), letter.channel())).toList());
    }

    public RunId run() {
        return new RunId(runId);
    }

    public List<LetterId> letterIds() {
        return letters.stream().map(LetterId::new).toList();
    }

    /** The letters as the event names them; empty for an event stored before it named them (ask {@link Notices}). */
    List<IssuedLetter> issuedLetters() {
        return sent == null ? List.of() : sent.stream().map(letter -> new IssuedLetter(new LetterId(letter.letter()),
                new CreditorId(letter.creditor()), new DebtorId(letter.debtor()), letter.channel())).toList();
    }

    /** Events stored before history runs existed have no value and were not history. */
    public boolean isHistory() {
        return Boolean.TRUE.equals(history);
    }
}
