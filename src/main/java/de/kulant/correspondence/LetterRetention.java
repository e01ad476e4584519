package de.kulant.correspondence;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStanding;
import de.kulant.claims.ClaimStatus;
import de.kulant.correspondence.internal.DocumentErasure;
import de.kulant.correspondence.internal.LetterRetentionStore;
import de.kulant.correspondence.internal.LetterRetentionStore.Archived;
import de.kulant.platform.CreditorId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Business letters and e-mails sent are kept six years from the end of the year they went out (§257 Abs. 1 Nr. 3,
 * Abs. 4 and 5 HGB, §147 AO) and then erased — but only once every claim they are about has ended, while they may
 * still prove a demand. The debtor's data in the books follow their own, longer period.
 */
@Service
public class LetterRetention {

    public static final int LETTER_YEARS = 6;
    private static final int BATCH = 500;

    private final LetterRetentionStore store;
    private final ClaimQueries claims;
    private final DocumentErasure erasure;
    private final TransactionTemplate transactions;

    LetterRetention(LetterRetentionStore store, ClaimQueries claims, DocumentErasure erasure,
                    TransactionTemplate transactions) {
        this.store = store;
        this.claims = claims;
        this.erasure = erasure;
        this.transactions = transactions;
    }

    /** The first day a letter issued on {@code issuedOn} may be erased. */
    public static LocalDate erasableFrom(LocalDate issuedOn) {
        return LocalDate.of(issuedOn.getYear() + LETTER_YEARS + 1, 1, 1);
    }

    /** Erases every letter and e-mail whose period ended by {@code today} and whose claims all ended; how many. */
    public int eraseDue(LocalDate today) {
        LocalDate issuedBefore = LocalDate.of(today.getYear() - LETTER_YEARS, 1, 1);
        int erased = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Batch batch = transactions.execute(status -> eraseBatch(issuedBefore, from, today));
            if (batch == null) {
                return erased;
            }
            erased += batch.erased();
            if (batch.read() < BATCH) {
                return erased;
            }
            after = batch.last();
        }
    }

    private record Batch(int read, int erased, UUID last) {
    }

    private Batch eraseBatch(LocalDate issuedBefore, UUID after, LocalDate today) {
        List<Archived> due = store.issuedBefore(issuedBefore, after, BATCH);
        Map<ClaimId, CreditorId> owners = new HashMap<>();
        due.forEach(d -> d.claims().forEach(c -> owners.put(c, d.creditorId())));
        Map<ClaimId, ClaimStanding> standing = claims.standing(owners, today);
        List<Archived> ended = due.stream().filter(d -> d.claims().stream().allMatch(c -> ended(standing.get(c))))
                .toList();
        erasure.erase(ended.stream().map(Archived::id).toList());
        return new Batch(due.size(), ended.size(), due.isEmpty() ? after : due.get(due.size() - 1).id());
    }

    /** A claim not found for its creditor is not held any more. */
    private static boolean ended(ClaimStanding standing) {
        return standing == null || standing.status().isClosed() || standing.status() == ClaimStatus.RETURNED;
    }
}
