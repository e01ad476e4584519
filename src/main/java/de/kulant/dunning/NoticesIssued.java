package de.kulant.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A chunk of a dunning run issued notices, one letter or e-mail per debtor ({@code letters}: the combined ids;
 * {@link Notices#letters} tells who gets what). Correspondence sends them, unless they are {@code history}: notices
 * recorded as sent before (the demo's past runs). The event stays small, because it is stored with the chunk's
 * transaction; its stored form keeps plain ids, so events stored by earlier versions are still read.
 */
public record NoticesIssued(UUID runId, LocalDate issuedOn, List<UUID> letters, Boolean history) {

    public NoticesIssued(RunId run, LocalDate issuedOn, List<LetterId> letterIds, boolean history) {
        this(run.value(), issuedOn, letterIds.stream().map(LetterId::value).toList(), history);
    }

    public RunId run() {
        return new RunId(runId);
    }

    public List<LetterId> letterIds() {
        return letters.stream().map(LetterId::new).toList();
    }

    /** Events stored before history runs existed have no value and were not history. */
    public boolean isHistory() {
        return Boolean.TRUE.equals(history);
    }
}
