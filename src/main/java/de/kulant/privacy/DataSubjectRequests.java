package de.kulant.privacy;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.DebtorRecords;
import de.kulant.claims.DebtorView;
import de.kulant.correspondence.Documents;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.Notices;
import de.kulant.payments.PaymentRecords;
import de.kulant.platform.Actor;
import de.kulant.platform.AuditEntry;
import de.kulant.platform.AuditTrail;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.NotFoundException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject requests of a debtor, found by one of their claims: the copy of everything held (Art. 15 GDPR) and
 * erasure (Art. 17), which is carried out only once every claim ended and the retention periods passed. Each request
 * is audited on the debtor.
 */
@Service
public class DataSubjectRequests {

    private final DebtorRecords records;
    private final ClaimQueries claims;
    private final Notices notices;
    private final Documents documents;
    private final PaymentRecords payments;
    private final Creditors creditors;
    private final AuditTrail audit;
    private final Clock clock;

    DataSubjectRequests(DebtorRecords records, ClaimQueries claims, Notices notices, Documents documents,
                        PaymentRecords payments, Creditors creditors, AuditTrail audit, Clock clock) {
        this.records = records;
        this.claims = claims;
        this.notices = notices;
        this.documents = documents;
        this.payments = payments;
        this.creditors = creditors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The copy for the debtor of this claim; audited as given out by {@code actor}. */
    @Transactional
    public DataCopy copy(ClaimId claim, Actor actor) {
        LocalDate today = BusinessDates.today(clock);
        DebtorRecords.Retention retention = records.ofClaim(null, claim).orElseThrow(() -> new NotFoundException("claim"));
        List<ClaimView> views = claims.findAll(retention.claims().stream()
                        .map(id -> new ClaimAsOf(id, retention.creditor(), today)).toList()).values().stream()
                .sorted(Comparator.comparing(ClaimView::invoiceDate).thenComparing(ClaimView::invoiceNumber)).toList();
        DebtorView d = views.get(0).debtor();
        DataCopy.Person person = new DataCopy.Person(d.kind().name(), d.customerNumber(), d.name(),
                d.address().street(), d.address().postalCode(), d.address().city(), d.address().country(), d.email(),
                d.phone());
        List<DataCopy.ClaimPart> parts = views.stream().map(view -> new DataCopy.ClaimPart(view.invoiceNumber(),
                view.invoiceDate(), view.dueDate(), view.amount().toPlainString(), view.status().name(),
                view.dunningLevel(), view.balance().outstanding().toPlainString(),
                claims.ledger(view.creditorId(), view.id()).stream().map(p -> new DataCopy.Booking(p.bookingDate(),
                        p.kind(), p.bucket(), p.amount().toPlainString(), p.note())).toList(),
                notices.forClaim(view.creditorId(), view.id()).stream().map(n -> new DataCopy.NoticePart(n.level(),
                        n.levelName(), n.issuedOn(), n.payBy(), n.channel().name(), n.outstanding().toPlainString()))
                        .toList())).toList();
        List<DataCopy.PaymentPart> paid = payments.ofClaims(retention.claims()).stream()
                .map(p -> new DataCopy.PaymentPart(p.bookingDate(), p.amount().toPlainString(), p.payerName(),
                        p.payerIban(), p.remittance(), p.allocations().stream().map(s -> s.invoiceNumber()).distinct()
                        .toList())).toList();
        List<DataCopy.LetterPart> letters = views.stream()
                .flatMap(view -> documents.forClaim(view.creditorId(), view.id()).stream()).distinct()
                .map(doc -> new DataCopy.LetterPart(doc.issuedOn(), doc.kind(), doc.pages()))
                .sorted(Comparator.comparing(DataCopy.LetterPart::issuedOn)).toList();
        String creditor = creditors.find(retention.creditor()).map(Creditor::name).orElse("");
        audit.record(new AuditEntry(retention.creditor(), "debtor", retention.debtor().value().toString(),
                "privacy.copy-given", actor, null, Map.of("claims", views.size())));
        return new DataCopy(today, creditor, person, parts, paid, letters, new DataCopy.RetentionPart(
                retention.openClaims(), retention.lastBooking(), retention.erasableFrom(), retention.anonymised()));
    }

    /** The answer to an erasure request: carried out, or refused with the reason and the day erasure becomes due. */
    public record ErasureAnswer(Outcome outcome, LocalDate erasableFrom, int openClaims) implements Serializable {
        public enum Outcome { ERASED, REFUSED_OPEN_CLAIMS, REFUSED_RETENTION, ALREADY_ERASED }
    }

    @Transactional
    public ErasureAnswer erase(ClaimId claim, Actor actor) {
        DebtorRecords.Retention retention = records.ofClaim(null, claim).orElseThrow(() -> new NotFoundException("claim"));
        ErasureAnswer answer;
        if (retention.anonymised()) {
            answer = new ErasureAnswer(ErasureAnswer.Outcome.ALREADY_ERASED, null, 0);
        } else if (retention.openClaims() > 0) {
            // Art. 17(3)(e): the data are needed to pursue the claim
            answer = new ErasureAnswer(ErasureAnswer.Outcome.REFUSED_OPEN_CLAIMS, null, retention.openClaims());
        } else if (records.anonymise(retention, actor)) {
            answer = new ErasureAnswer(ErasureAnswer.Outcome.ERASED, retention.erasableFrom(), 0);
        } else {
            // Art. 17(3)(b): books must be kept ten years (§147 AO, §257 HGB); processing is restricted until then
            answer = new ErasureAnswer(ErasureAnswer.Outcome.REFUSED_RETENTION, retention.erasableFrom(), 0);
        }
        audit.record(new AuditEntry(retention.creditor(), "debtor", retention.debtor().value().toString(),
                "privacy.erasure-requested", actor, null, Map.of("outcome", answer.outcome().name(),
                "erasableFrom", String.valueOf(answer.erasableFrom()))));
        return answer;
    }
}
