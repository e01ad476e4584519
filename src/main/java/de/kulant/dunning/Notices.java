package de.kulant.dunning;

import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.NoticeId;
import de.kulant.dunning.internal.NoticeStore;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.SortColumns;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** The notices of many claims of one creditor, each claim's by level; claims of another creditor have none. */
    public Map<ClaimId, List<NoticeView>> forClaims(CreditorId creditor, Collection<ClaimId> claims) {
        return store.forClaims(creditor, claims);
    }

    /** One notice; {@code creditor} null: staff, any creditor's notice. */
    public Optional<NoticeView> find(CreditorId creditor, NoticeId id) {
        return store.find(id).filter(n -> creditor == null || n.creditorId().equals(creditor));
    }

    /** Who gets the combined letters, and how: the channels of all their notices together. */
    public List<IssuedLetter> letters(Collection<LetterId> combinedIds) {
        return store.letters(combinedIds);
    }

    /** The letters an event announced: as it names them, or read for an event stored before events named them. */
    public List<IssuedLetter> letters(NoticesIssued issued) {
        return issued.sent() != null ? issued.issuedLetters() : store.letters(issued.letterIds());
    }

    /**
     * Records that a notice's letter was left out at sending time because its claim no longer stood; true only the
     * first time, so what follows from it happens once however often the dispatch is tried.
     */
    @Transactional
    public boolean markDropped(NoticeId noticeId) {
        return store.markDropped(noticeId);
    }

    /** The notices of several combined letters, each letter's in its order: one query however many. */
    public Map<LetterId, List<NoticeView>> combined(Collection<LetterId> combinedIds) {
        return store.combined(combinedIds);
    }

    /**
     * For each notice, the B2B flat fees (§288 Abs. 5 BGB) its claim's notices up to its level charged, for showing
     * them apart from the dunning fees: one query however many.
     */
    public Map<NoticeView, Money> flatFeesSoFar(Collection<NoticeView> notices) {
        Map<NoticeStore.UpToLevel, Money> sums = store.flatFeesUpTo(notices.stream()
                .map(n -> new NoticeStore.UpToLevel(n.claimId(), n.creditorId(), n.level())).toList());
        Map<NoticeView, Money> fees = new HashMap<>();
        for (NoticeView n : notices) {
            fees.put(n, sums.getOrDefault(new NoticeStore.UpToLevel(n.claimId(), n.creditorId(), n.level()),
                    Money.zeroEur()));
        }
        return fees;
    }

    /** All notices sent in one combined letter. */
    public List<NoticeView> combined(LetterId combinedId) {
        return store.combined(combinedId);
    }

    /** The columns the notice list sorts by. */
    public static SortColumns listOrder() {
        return NoticeStore.LIST_ORDER;
    }

    /**
     * A page of notices across claims in the order, after the position {@code after} gave out (null: the first page);
     * a cursor this list and order did not give out starts from the top.
     */
    public NoticePage page(NoticeFilter filter, ListOrder order, String after, int size) {
        SortColumns.Keyed<NoticeView> rows = store.page(filter, order, after, size);
        long counted = store.count(filter, NoticePage.COUNT_LIMIT + 1);
        return new NoticePage(rows.items(), Math.min(counted, NoticePage.COUNT_LIMIT),
                counted <= NoticePage.COUNT_LIMIT, rows.next());
    }
}
