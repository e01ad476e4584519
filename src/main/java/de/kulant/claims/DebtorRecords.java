package de.kulant.claims;

import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is held about a debtor, for data-subject requests: the claims, how long the books must keep them, and the
 * anonymisation once every claim ended and the longest retention period (books, 10 years from the end of the year
 * of the last booking) has passed. The postings stay, so the books still balance.
 */
@Service
public class DebtorRecords {

    /** Books and accounts are kept ten years from the end of the calendar year of their last entry (§147 AO, §257 HGB). */
    public static final int BOOKS_YEARS = 10;
    static final String ANONYMISED = "anonymisiert";
    /** What identifies the person in the recorded states of the debtor and of their claims' histories. */
    private static final Set<String> DEBTOR_FIELDS = Set.of("name", "customerNumber", "email", "phone", "address",
            "customerTag", "matchKey");
    private static final Set<String> CLAIM_FIELDS = Set.of("debtor", "customerNumber", "street", "postalCode", "city",
            "country", "email", "phone");
    private static final String ENDED = "('PAID', 'CANCELLED', 'WRITTEN_OFF', 'RETURNED')";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DebtorRecords(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The retention standing of one debtor: open claims, the last booking, and the first day they may be erased. */
    public record Retention(DebtorId debtor, CreditorId creditor, List<ClaimId> claims, int openClaims,
                            LocalDate lastBooking, LocalDate erasableFrom, boolean anonymised) {
    }

    /** The debtor a claim of the creditor is owed by ({@code creditor} null: any creditor's, for staff). */
    @Transactional(readOnly = true)
    public Optional<Retention> ofClaim(CreditorId creditor, ClaimId claim) {
        String tenant = creditor == null ? "" : " and c.creditor_id = :creditor";
        var statement = jdbc.sql("select c.debtor_id, c.creditor_id from claim c where c.id = :claim" + tenant)
                .param("claim", claim.value());
        if (creditor != null) {
            statement = statement.param("creditor", creditor.value());
        }
        return statement.query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional().map(row -> retention(new DebtorId((UUID) row[0]), new CreditorId((UUID) row[1])));
    }

    private Retention retention(DebtorId debtor, CreditorId creditor) {
        List<ClaimId> claims = jdbc.sql("select id from claim where debtor_id = :debtor order by invoice_date, id")
                .param("debtor", debtor.value()).query(UUID.class).list().stream().map(ClaimId::new).toList();
        int open = jdbc.sql("select count(*) from claim where debtor_id = :debtor and status not in " + ENDED)
                .param("debtor", debtor.value()).query(Integer.class).single();
        LocalDate last = jdbc.sql("""
                        select max(p.booking_date) from ledger_posting p join claim c on c.id = p.claim_id
                        where c.debtor_id = :debtor""")
                .param("debtor", debtor.value()).query(LocalDate.class).optional().orElse(null);
        boolean anonymised = jdbc.sql("select anonymised_at from debtor where id = :debtor")
                .param("debtor", debtor.value()).query(Timestamp.class).optional().isPresent();
        LocalDate erasable = open > 0 || last == null ? null : LocalDate.of(last.getYear() + BOOKS_YEARS + 1, 1, 1);
        return new Retention(debtor, creditor, claims, open, last, erasable, anonymised);
    }

    /**
     * Debtors (of one creditor, or all when null) whose retention ended by {@code today}, up to {@code limit}: every
     * claim ended, no booking for ten full years.
     */
    @Transactional(readOnly = true)
    public List<Retention> dueForAnonymisation(LocalDate today, CreditorId creditor, int limit) {
        LocalDate cutoff = LocalDate.of(today.getYear() - BOOKS_YEARS, 1, 1);
        String tenant = creditor == null ? "" : " and d.creditor_id = :creditor";
        var statement = jdbc.sql("""
                        select d.id, d.creditor_id from debtor d where d.anonymised_at is null""" + tenant + """

                        and not exists (select 1 from claim c where c.debtor_id = d.id and c.status not in""" + ENDED + """
                        )
                        and not exists (select 1 from claim c join ledger_posting p on p.claim_id = c.id
                                        where c.debtor_id = d.id and p.booking_date >= :cutoff)
                        order by d.id limit :limit""")
                .param("cutoff", cutoff).param("limit", limit);
        if (creditor != null) {
            statement = statement.param("creditor", creditor.value());
        }
        return statement.query((rs, n) -> retention(new DebtorId(rs.getObject(1, UUID.class)),
                        new CreditorId(rs.getObject(2, UUID.class))))
                .list();
    }

    /**
     * Removes the debtor's name, address, e-mail, phone and customer number; the claims, postings and amounts stay.
     * Refused (false) while a claim is open or the books' retention period has not passed.
     */
    @Transactional
    public boolean anonymise(Retention retention, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        if (retention.anonymised() || retention.erasableFrom() == null || today.isBefore(retention.erasableFrom())) {
            return false;
        }
        jdbc.sql("""
                        update debtor set name = :anon, email = null, phone = null, street = '', postal_code = '',
                            city = '', customer_number = null, customer_tag = null, name_key = :anon,
                            match_key = :key, anonymised_at = :now, updated_at = :now
                        where id = :id""")
                .param("anon", ANONYMISED).param("key", "ANON:" + retention.debtor().value())
                .param("now", Timestamp.from(clock.instant())).param("id", retention.debtor().value()).update();
        audit.redact(retention.creditor(), "debtor", List.of(retention.debtor().value().toString()), DEBTOR_FIELDS,
                ANONYMISED);
        audit.redact(retention.creditor(), "claim", retention.claims().stream().map(c -> c.value().toString()).toList(),
                CLAIM_FIELDS, ANONYMISED);
        audit.record(new AuditEntry(retention.creditor(), "debtor", retention.debtor().value().toString(),
                "debtor.anonymised", actor, null, Map.of("lastBooking", String.valueOf(retention.lastBooking()),
                "claims", retention.claims().size())));
        events.publishEvent(new DebtorAnonymised(retention.creditor(), retention.debtor(), retention.claims()));
        return true;
    }
}
