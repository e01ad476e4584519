package de.kulant.claims;

import de.kulant.claims.internal.Bucket;
import de.kulant.claims.internal.Claim;
import de.kulant.claims.internal.ClaimStore;
import de.kulant.claims.internal.Ledger;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Default interest and a payment pause: while the creditor defers a claim it is not due, so no default interest
 * arises for those days (§§ 286, 288 BGB need a claim that is due and unpaid). The pause's first day starts an interest
 * period of its own; when the pause ends, the interest posted for its days is let go by a WAIVER posting.
 */
@Service
public class PauseInterest {

    private final ClaimStore claims;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CurrentLaw law;
    private final Clock clock;

    PauseInterest(ClaimStore claims, Ledger ledger, JdbcClient jdbc, AuditTrail audit, CurrentLaw law, Clock clock) {
        this.claims = claims;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.law = law;
        this.clock = clock;
    }

    /** A pause starts on {@code from}: interest is posted through the day before, so no period spans its start. */
    @Transactional
    public void pauseStarts(UUID collectionCase, CreditorId creditor, List<ClaimId> ids, LocalDate from, Actor actor) {
        accrueThrough(collectionCase, creditor, ids, from.minusDays(1), actor);
    }

    /**
     * The pause ran from {@code from} through {@code through}: the interest posted for exactly those days is waived,
     * at most what is still open of it. Returns what was waived per claim.
     */
    @Transactional
    public Map<ClaimId, Money> pauseEnded(UUID collectionCase, CreditorId creditor, List<ClaimId> ids, LocalDate from,
                                          LocalDate through, Actor actor) {
        Map<ClaimId, Money> waived = new LinkedHashMap<>();
        if (through.isBefore(from)) {
            return waived;
        }
        accrueThrough(collectionCase, creditor, ids, through, actor);
        Map<ClaimId, Money> posted = new LinkedHashMap<>();
        jdbc.sql("""
                        select claim_id, sum(amount) from ledger_posting
                        where claim_id = any(:ids) and kind = 'INTEREST' and bucket = 'INTEREST'
                          and period_from >= :from and period_to <= :through
                        group by claim_id""")
                .param("ids", ids.stream().map(ClaimId::value).toArray(UUID[]::new))
                .param("from", from).param("through", through)
                .query((rs, n) -> Map.entry(new ClaimId(rs.getObject(1, UUID.class)), Money.eur(rs.getBigDecimal(2))))
                .list()
                .forEach(e -> posted.put(e.getKey(), e.getValue()));
        if (posted.isEmpty()) {
            return waived;
        }
        LocalDate today = BusinessDates.today(clock);
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(posted.keySet());
        List<AuditEntry> entries = new ArrayList<>();
        for (Claim claim : loaded.values()) {
            if (!claim.facts().creditorId().equals(creditor) || claim.facts().status().isClosed()) {
                continue;
            }
            Money amount = posted.get(claim.facts().id()).min(claim.facts().open().interest());
            if (!amount.isPositive()) {
                continue;
            }
            claim.waive(Bucket.INTEREST, amount, through.plusDays(1), today, "Zahlungspause " + from + " bis "
                    + through + ": keine Verzugszinsen (§ 286 BGB)", PostingSource.collectionCase(collectionCase));
            waived.put(claim.facts().id(), amount);
            entries.add(new AuditEntry(creditor, "claim", claim.facts().id().toString(), "interest.pause-waived", actor,
                    null, Map.of("case", collectionCase.toString(), "amount", amount.toPlainString(), "from",
                            from.toString(), "through", through.toString())));
        }
        ledger.write(loaded.values(), Ledger.OnConflict.FAIL, clock.instant(), actor.label());
        audit.recordAll(entries);
        return waived;
    }

    private void accrueThrough(UUID collectionCase, CreditorId creditor, List<ClaimId> ids, LocalDate lastDay,
                               Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        Map<ClaimId, Claim> loaded = claims.loadAllForUpdate(ids);
        List<Claim> changed = new ArrayList<>();
        for (Claim claim : loaded.values()) {
            if (claim.facts().creditorId().equals(creditor) && !claim.facts().status().isClosed()) {
                claim.accrueInterestThrough(lastDay, today, law.interest(), PostingSource.collectionCase(collectionCase));
                if (!claim.newPostings().isEmpty()) {
                    changed.add(claim);
                }
            }
        }
        ledger.write(changed, Ledger.OnConflict.FAIL, clock.instant(), actor.label());
    }
}
