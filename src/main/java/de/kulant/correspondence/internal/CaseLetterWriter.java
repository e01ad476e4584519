package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimStanding;
import de.kulant.claims.ClaimStatus;
import de.kulant.claims.ClaimView;
import de.kulant.correspondence.CaseLetter;
import de.kulant.correspondence.CaseLetterText;
import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.Letter;
import de.kulant.correspondence.Letterhead;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes collection letters at the moment they are sent: only about the claims that still stand (open, no hold), with
 * their amounts on the letter's date. A letter about no claim that still stands is not sent at all.
 */
@Component
public class CaseLetterWriter {

    /** A case letter ready to send, or why not: {@code text} null when nothing stands or it cannot be written. */
    record Draft(CaseLetterText text, List<ClaimId> standing, List<String> dropped, String failure) {
    }

    private final ClaimQueries claims;
    private final Creditors creditors;
    private final LetterheadStore letterheads;
    private final LetterComposer composer;
    private final MessageSource messages;
    private final Clock clock;

    CaseLetterWriter(ClaimQueries claims, Creditors creditors, LetterheadStore letterheads, LetterComposer composer,
                     MessageSource messages, Clock clock) {
        this.claims = claims;
        this.creditors = creditors;
        this.letterheads = letterheads;
        this.composer = composer;
        this.messages = messages;
        this.clock = clock;
    }

    /** A letter as it would be written now, for a preview; refuses one that cannot be written or has no claim left. */
    public CaseLetterText preview(CaseLetter letter) {
        Draft draft = writeAll(Map.of(letter.id(), letter)).get(letter.id());
        if (draft.failure() != null) {
            throw new LetterException(draft.failure());
        }
        if (draft.text() == null) {
            throw new LetterException("no claim of the letter is still in collection: " + String.join("; ", draft.dropped()));
        }
        return draft.text();
    }

    Map<UUID, Draft> writeAll(Map<UUID, CaseLetter> letters) {
        Map<ClaimId, de.kulant.platform.CreditorId> owners = new HashMap<>();
        List<ClaimAsOf> wanted = new ArrayList<>();
        letters.values().forEach(l -> l.claims().forEach(c -> {
            owners.put(c, l.creditorId());
            wanted.add(new ClaimAsOf(c, l.creditorId(), l.date()));
        }));
        Map<ClaimId, ClaimStanding> now = claims.standing(owners, BusinessDates.today(clock));
        Map<ClaimAsOf, ClaimView> views = claims.findAll(wanted);
        Map<ClaimId, Money> flatFees = claims.flatFeesCharged(owners.keySet());
        Set<de.kulant.platform.CreditorId> creditorIds = letters.values().stream().map(CaseLetter::creditorId)
                .collect(Collectors.toSet());
        Map<de.kulant.platform.CreditorId, Creditor> byId = creditors.findAll(creditorIds);
        Map<de.kulant.platform.CreditorId, Letterhead> heads = letterheads.findAll(creditorIds);
        Map<UUID, Draft> drafts = new LinkedHashMap<>();
        letters.forEach((id, letter) -> {
            try {
                drafts.put(id, write(letter, now, views, flatFees, byId.get(letter.creditorId()),
                        heads.getOrDefault(letter.creditorId(), Letterhead.empty())));
            } catch (LetterException | IllegalArgumentException e) {
                drafts.put(id, new Draft(null, List.of(), List.of(), e.getMessage()));
            }
        });
        return drafts;
    }

    private Draft write(CaseLetter letter, Map<ClaimId, ClaimStanding> now, Map<ClaimAsOf, ClaimView> views,
                        Map<ClaimId, Money> flatFees, Creditor creditor, Letterhead letterhead) {
        if (creditor == null) {
            throw new LetterException("creditor " + letter.creditorId() + " not found");
        }
        List<ClaimView> standing = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (ClaimId id : letter.claims()) {
            ClaimStanding s = now.get(id);
            ClaimView view = views.get(new ClaimAsOf(id, letter.creditorId(), letter.date()));
            if (s == null || view == null) {
                throw new LetterException("claim " + id + " not found");
            }
            // only claims still in collection are written about: paid, ended, withdrawn or held ones are left out
            if (s.status() != ClaimStatus.COLLECTION || !s.holds().isEmpty()) {
                dropped.add(s.invoiceNumber() + ": " + (s.status() != ClaimStatus.COLLECTION ? s.status().name()
                        : "ON_HOLD " + s.holds()));
            } else {
                standing.add(view);
            }
        }
        if (standing.isEmpty()) {
            return new Draft(null, List.of(), dropped, null);
        }
        Locale locale = letter.language() != null ? Locale.forLanguageTag(letter.language())
                : LetterComposer.localeFor(standing.get(0).debtor());
        LetterFormat format = new LetterFormat(locale);
        List<Letter.Item> items = new ArrayList<>();
        Money total = Money.zeroEur();
        for (ClaimView claim : standing) {
            var b = claim.balance();
            Money flatFee = flatFees.getOrDefault(claim.id(), Money.zeroEur()).min(b.fees());
            items.add(new Letter.Item(claim.invoiceNumber(), claim.invoiceDate(), claim.dueDate(), claim.amount(),
                    b.principal(), b.interest(), composer.interestExplanation(claim, b.principal(), b.interest(),
                    letter.date(), format, locale), b.fees().minus(flatFee), flatFee, b.costs(), b.paid(),
                    b.outstanding(), claim.paymentReference().value()));
            total = total.plus(b.outstanding());
        }
        Set<ClaimId> kept = standing.stream().map(ClaimView::id).collect(Collectors.toSet());
        List<CaseLetter.CostItem> costs = letter.costs().stream().filter(c -> kept.contains(c.claimId())).toList();
        CaseLetter.Payee payee = payee(letter.agency(), creditor);
        String name = payee.name().length() > 70 ? payee.name().substring(0, 70) : payee.name();
        String remittance;
        EpcPayment payment;
        if (letter.offer() != null) {
            CreditorReference reference = new CreditorReference(letter.offer().reference());
            remittance = reference.printed();
            payment = EpcPayment.withReference(payee.bic(), name, payee.iban(), letter.offer().amount(), reference);
        } else if (standing.size() == 1) {
            CreditorReference reference = standing.get(0).paymentReference();
            remittance = reference.printed();
            payment = EpcPayment.withReference(payee.bic(), name, payee.iban(), total, reference);
        } else {
            String invoices = items.stream().map(Letter.Item::invoiceNumber).collect(Collectors.joining(", "));
            remittance = letter.caseReference() + " " + messages.getMessage("letter.remittanceCombined",
                    new Object[] {invoices}, locale);
            if (remittance.length() > 140) {
                remittance = remittance.substring(0, 137) + "...";
            }
            payment = EpcPayment.withText(payee.bic(), name, payee.iban(), total, remittance);
        }
        // each rate of a plan paid by transfer gets its own QR code with its own reference
        List<String> ratePayloads = letter.plan() == null || letter.plan().mandate() != null ? List.of()
                : letter.plan().rates().stream().map(rate -> EpcPayment.withReference(payee.bic(), name,
                        payee.iban(), rate.amount(), new CreditorReference(rate.reference())).payload()).toList();
        CaseLetterText text = new CaseLetterText(letter, locale, LetterComposer.sender(creditor, letterhead),
                LetterComposer.recipient(standing.get(0).debtor()), List.copyOf(items), costs, total, remittance,
                payment.payload(), ratePayloads, payee);
        return new Draft(text, standing.stream().map(ClaimView::id).toList(), dropped, null);
    }

    /** In collection the debtor pays the agency's client-money account (§13g RDG), which the settlement pays out. */
    private static CaseLetter.Payee payee(CaseLetter.Agency agency, Creditor creditor) {
        return agency.iban() == null || agency.iban().isBlank()
                ? new CaseLetter.Payee(creditor.name(), creditor.iban(), creditor.bic())
                : new CaseLetter.Payee(agency.name(), agency.iban(), agency.bic());
    }
}
