package de.kulant.correspondence.internal;

import de.kulant.claims.ClaimAsOf;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.claims.NoticeId;
import de.kulant.correspondence.EpcPayment;
import de.kulant.correspondence.Letter;
import de.kulant.claims.DebtorView;
import de.kulant.correspondence.Letterhead;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.NoticeView;
import de.kulant.dunning.Notices;
import de.kulant.law.DebtorKind;
import de.kulant.law.InterestPeriod;
import de.kulant.law.InterestResult;
import de.kulant.legal.CurrentLaw;
import de.kulant.platform.CreditorId;
import de.kulant.platform.CreditorReference;
import de.kulant.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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
 * Puts together what a letter says from the notices of one combined letter: the creditor with its letterhead,
 * the debtor, each claim's amounts on the notice date with the interest explained, and how to pay.
 */
@Component
public class LetterComposer {

    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");

    private final Notices notices;
    private final ClaimQueries claims;
    private final Creditors creditors;
    private final LetterheadStore letterheads;
    private final CurrentLaw law;
    private final MessageSource messages;

    LetterComposer(Notices notices, ClaimQueries claims, Creditors creditors, LetterheadStore letterheads,
                   CurrentLaw law, MessageSource messages) {
        this.notices = notices;
        this.claims = claims;
        this.creditors = creditors;
        this.letterheads = letterheads;
        this.law = law;
        this.messages = messages;
    }

    /** A letter composed, or why it cannot be written correctly ({@code letter} null then). */
    public record Composed(Letter letter, String failure) {

        /** The letter; throws {@link LetterException} with the reason when it cannot be written. */
        public Letter orThrow() {
            if (letter == null) {
                throw new LetterException(failure);
            }
            return letter;
        }
    }

    /** The letter of a combined notice; throws {@link LetterException} when it cannot be written correctly. */
    public Letter compose(LetterId combinedId) {
        return compose(combinedId, notices.combined(combinedId));
    }

    /** The letter of a combined notice written with only {@code group}, the notices that still stand. */
    public Letter compose(LetterId combinedId, List<NoticeView> group) {
        return composeAll(Map.of(combinedId, group), null).get(combinedId).orThrow();
    }

    /**
     * The letters of a batch, each written with the notices given for it. What they show (creditors, letterheads,
     * claims on each letter's date, flat fees so far) is read for all of them together: a fixed number of queries
     * however many letters. One that cannot be written does not stop the others.
     */
    public Map<LetterId, Composed> composeAll(Map<LetterId, List<NoticeView>> groups) {
        return composeAll(groups, null);
    }

    private Map<LetterId, Composed> composeAll(Map<LetterId, List<NoticeView>> groups, Locale language) {
        List<NoticeView> all = groups.values().stream().flatMap(List::stream).toList();
        Set<CreditorId> creditorIds = all.stream().map(NoticeView::creditorId).collect(Collectors.toSet());
        Facts facts = new Facts(creditors.findAll(creditorIds), letterheads.findAll(creditorIds),
                claims.findAll(all.stream().map(LetterComposer::asOf).collect(Collectors.toSet())),
                notices.flatFeesSoFar(all));
        Map<LetterId, Composed> letters = new LinkedHashMap<>();
        groups.forEach((combinedId, group) -> {
            try {
                letters.put(combinedId, new Composed(compose(combinedId, group, language, facts), null));
            } catch (LetterException e) {
                letters.put(combinedId, new Composed(null, e.getMessage()));
            }
        });
        return letters;
    }

    /** What the letters of a batch are written from, read together. */
    private record Facts(Map<CreditorId, Creditor> creditors, Map<CreditorId, Letterhead> letterheads,
                         Map<ClaimAsOf, ClaimView> claims, Map<NoticeView, Money> flatFeesSoFar) {
    }

    private static ClaimAsOf asOf(NoticeView notice) {
        return new ClaimAsOf(notice.claimId(), notice.creditorId(), notice.issuedOn());
    }

    private Letter compose(LetterId combinedId, List<NoticeView> group, Locale language, Facts facts) {
        if (group.isEmpty()) {
            throw new LetterException("no notices for letter " + combinedId);
        }
        NoticeView first = group.get(0);
        Creditor creditor = facts.creditors().get(first.creditorId());
        if (creditor == null) {
            throw new LetterException("creditor " + first.creditorId() + " not found");
        }
        Letterhead letterhead = facts.letterheads().getOrDefault(creditor.id(), Letterhead.empty());
        List<ClaimView> views = new ArrayList<>();
        for (NoticeView notice : group) {
            ClaimView claim = facts.claims().get(asOf(notice));
            if (claim == null) {
                throw new LetterException("claim " + notice.claimId() + " not found");
            }
            views.add(claim);
        }
        ClaimView anyClaim = views.get(0);
        Locale locale = language != null ? language : localeFor(anyClaim.debtor());
        LetterFormat format = new LetterFormat(locale);
        List<Letter.Item> items = new ArrayList<>();
        Money total = Money.zeroEur();
        for (int i = 0; i < group.size(); i++) {
            NoticeView notice = group.get(i);
            ClaimView claim = views.get(i);
            Money flatFees = facts.flatFeesSoFar().getOrDefault(notice, Money.zeroEur());
            items.add(new Letter.Item(claim.invoiceNumber(), claim.invoiceDate(), claim.dueDate(), claim.amount(),
                    notice.principal(), notice.interest(),
                    interestExplanation(claim, notice.principal(), notice.interest(), notice.issuedOn(), format, locale),
                    notice.fees().minus(flatFees), flatFees, notice.costs(), claim.balance().paid(), notice.outstanding(),
                    notice.paymentReference()));
            total = total.plus(notice.outstanding());
        }
        NoticeView highest = group.stream().max(Comparator.comparingInt(NoticeView::level)).orElseThrow();
        boolean finalNotice = group.stream().anyMatch(NoticeView::announcesHandover);
        String kind = finalNotice ? "FINAL" : highest.level() == 1 ? "REMINDER" : "NOTICE";
        LocalDate payBy = group.stream().map(NoticeView::payBy).max(LocalDate::compareTo).orElseThrow();
        String name = creditor.name().length() > 70 ? creditor.name().substring(0, 70) : creditor.name();
        String remittance;
        String qrPayload;
        try {
            EpcPayment payment;
            if (group.size() == 1) {
                CreditorReference reference = new CreditorReference(first.paymentReference());
                remittance = reference.printed();
                payment = EpcPayment.withReference(creditor.bic(), name, creditor.iban(), total, reference);
            } else {
                String invoices = items.stream().map(Letter.Item::invoiceNumber).collect(Collectors.joining(", "));
                remittance = messages.getMessage("letter.remittanceCombined", new Object[] {invoices}, locale);
                if (remittance.length() > 140) {
                    remittance = remittance.substring(0, 137) + "...";
                }
                payment = EpcPayment.withText(creditor.bic(), name, creditor.iban(), total, remittance);
            }
            qrPayload = payment.payload();
        } catch (IllegalArgumentException e) {
            throw new LetterException(e.getMessage());
        }
        Letter.Sender sender = sender(creditor, letterhead);
        Letter.Recipient recipient = recipient(anyClaim.debtor());
        return new Letter(combinedId.value(), locale, first.tone().name(), kind, highest.level(), highest.levelName(), sender,
                recipient, first.issuedOn(), payBy, List.copyOf(items), total, remittance, qrPayload,
                letterhead.freeTexts().get(highest.level()), finalNotice,
                group.stream().anyMatch(n -> n.channel().includesLetter()));
    }

    /**
     * A letter for a claim as it stands today as the creditor's policy would write it at a level (its name, fee, flat
     * fee, handover announcement and pay-by date), for a preview; {@code tone} null takes the policy's; nothing is stored.
     */
    public Letter preview(ClaimView claim, de.kulant.dunning.NoticePreviews.NoticePreview policy,
                          de.kulant.dunning.Tone tone, String language, LocalDate today) {
        var balance = claim.balance();
        Money fees = balance.fees().plus(policy.fee());
        NoticeView notice = new NoticeView(new NoticeId(UUID.randomUUID()), claim.id(), claim.creditorId(),
                policy.level(), policy.levelName(), today, policy.payBy(), policy.channel(),
                tone == null ? policy.tone() : tone, "preview", balance.principal(), balance.interest(), fees,
                balance.costs(), balance.outstanding().plus(policy.fee()).plus(policy.flatFee()), policy.fee(), "PREVIEW",
                policy.flatFee(), claim.paymentReference().value(), new LetterId(UUID.randomUUID()),
                policy.announcesHandover());
        Locale locale = language == null || language.isBlank() ? null
                : "en".equalsIgnoreCase(language.strip()) ? Locale.ENGLISH : Locale.GERMAN;
        return composeAll(Map.of(notice.combinedId(), List.of(notice)), locale).get(notice.combinedId()).orThrow();
    }

    /** The creditor as it signs a notice: its letterhead, contact and bank details. */
    static Letter.Sender sender(Creditor creditor, Letterhead letterhead) {
        return new Letter.Sender(creditor.name(), creditor.address().street(),
                creditor.address().postalCode(), creditor.address().city(), creditor.address().country(),
                letterhead.senderLine(), letterhead.contactPerson(), letterhead.phone(),
                letterhead.email() != null ? letterhead.email() : creditor.email(), letterhead.signature(),
                letterhead.logoPng() == null || !LogoImage.withinLimits(letterhead.logoPng()) ? null
                        : "data:image/png;base64," + Base64.getEncoder().encodeToString(letterhead.logoPng()),
                creditor.iban(), creditor.bic());
    }

    /** The debtor as addressed, the country written out in capitals abroad (DIN 5008). */
    static Letter.Recipient recipient(DebtorView debtor) {
        String country = debtor.address().country();
        return new Letter.Recipient(debtor.name(), debtor.address().street(),
                debtor.address().postalCode(), debtor.address().city(), country,
                "DE".equals(country) ? null : new Locale("", country).getDisplayCountry(Locale.GERMAN).toUpperCase(Locale.GERMAN),
                debtor.customerNumber(), debtor.email(), debtor.kind() == DebtorKind.BUSINESS);
    }

    /** German for debtors in German-speaking countries, English for everyone else. */
    static Locale localeFor(DebtorView debtor) {
        return GERMAN_SPEAKING.contains(debtor.address().country()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** The statutory basis of the interest: margin, paragraph, principal, period and rate(s). */
    String interestExplanation(ClaimView claim, Money principal, Money interest, LocalDate issuedOn,
                               LetterFormat format, Locale locale) {
        // the amounts stand as of the letter's date: interest through the day before it, as a payment that day is booked
        LocalDate through = issuedOn.minusDays(1);
        if (!interest.isPositive() || claim.defaultSince() == null || !principal.isPositive()
                || claim.defaultSince().isAfter(through)) {
            return "";
        }
        boolean business = claim.debtor().kind() == DebtorKind.BUSINESS;
        InterestResult result = law.interest().calculate(principal, claim.debtor().kind(), claim.defaultSince(),
                through);
        String rates = result.periods().stream().map(InterestPeriod::ratePercent).distinct().map(format::rate)
                .collect(Collectors.joining(" / "));
        return messages.getMessage("letter.interestWhy", new Object[] {business ? 9 : 5, business ? 2 : 1,
                format.money(principal), format.date(claim.defaultSince()), format.date(through),
                rates}, locale);
    }
}
