package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.dunning.internal.NoticeStore;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The notices of a claim, and of a combined letter. */
@Service
public class Notices {

    private final NoticeStore store;
    private final ClaimQueries claims;
    private final Clock clock;

    Notices(NoticeStore store, ClaimQueries claims, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.clock = clock;
    }

    /** {@code creditor} null: staff, any creditor's claim. */
    public List<NoticeView> forClaim(CreditorId creditor, ClaimId claim) {
        var view = claims.find(creditor, claim, BusinessDates.today(clock)).orElseThrow(() -> new NotFoundException("claim"));
        return store.forClaim(view.creditorId(), claim);
    }

    /** One notice; {@code creditor} null: staff, any creditor's notice. */
    public java.util.Optional<NoticeView> find(CreditorId creditor, UUID id) {
        return store.find(id).filter(n -> creditor == null || n.creditorId().equals(creditor));
    }

    /** Who gets the combined letters, and how: the channels of all their notices together. */
    public List<IssuedLetter> letters(java.util.Collection<UUID> combinedIds) {
        return store.letters(combinedIds);
    }

    /**
     * Records that a notice's letter was left out at sending time because its claim no longer stood; true only the
     * first time, so what follows from it happens once however often the dispatch is tried.
     */
    @org.springframework.transaction.annotation.Transactional
    public boolean markDropped(UUID noticeId) {
        return store.markDropped(noticeId);
    }

    /** All notices sent in one combined letter. */
    public List<NoticeView> combined(UUID combinedId) {
        return store.combined(combinedId);
    }
}
