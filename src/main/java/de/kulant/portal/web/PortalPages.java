package de.kulant.portal.web;

import de.kulant.collection.PortalCases;
import de.kulant.correspondence.DocumentView;
import de.kulant.correspondence.Documents;
import de.kulant.correspondence.PdfDocuments;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.InputCheck;
import de.kulant.platform.NotFoundException;
import de.kulant.portal.PortalProperties;
import de.kulant.portal.PortalSignIn;
import de.kulant.portal.PortalStatement;
import de.kulant.portal.Statements;
import de.kulant.privacy.DataSubjectRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Signing in and out of the portal, the statement of what is owed, the letters and the copy of one's data. */
@Controller
class PortalPages {

    /** As far ahead as a debtor may ask what the amount will be on the day they pay. */
    static final int LATEST_PAY_DAY = 90;

    private final PortalSignIn signIn;
    private final PortalCases cases;
    private final Statements statements;
    private final Documents documents;
    private final DataSubjectRequests privacy;
    private final PdfDocuments pdfs;
    private final PortalProperties properties;
    private final LocaleResolver languages;
    private final Clock clock;

    PortalPages(PortalSignIn signIn, PortalCases cases, Statements statements, Documents documents,
                DataSubjectRequests privacy, PdfDocuments pdfs, PortalProperties properties, LocaleResolver languages,
                Clock clock) {
        this.languages = languages;
        this.signIn = signIn;
        this.cases = cases;
        this.statements = statements;
        this.documents = documents;
        this.privacy = privacy;
        this.pdfs = pdfs;
        this.properties = properties;
        this.clock = clock;
    }

    /** The sign-in form; the QR link on a letter fills in reference and code. */
    @GetMapping("/portal")
    String start(@RequestParam(required = false) String reference, @RequestParam(required = false) String code,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (PortalSession.current(request, clock.instant(), properties.inactivity()).isPresent()) {
            return "redirect:/portal/case";
        }
        if (firstVisitInAnotherLanguage(request)) {
            // a debtor whose browser does not ask for German reads the portal in English until they choose
            languages.setLocale(request, response, Locale.ENGLISH);
            LocaleContextHolder.setLocale(Locale.ENGLISH);
        }
        model.addAttribute("reference", reference == null ? "" : clip(reference));
        model.addAttribute("accessCode", code == null ? "" : clip(code));
        model.addAttribute("postalCode", "");
        return "portal/login";
    }

    @PostMapping("/portal/login")
    String login(@RequestParam(required = false) String reference, @RequestParam(required = false) String accessCode,
                 @RequestParam(required = false) String postalCode, HttpServletRequest request, Model model) {
        PortalSignIn.Attempt attempt = signIn.signIn(clip(reference), clip(accessCode), clip(postalCode),
                request.getRemoteAddr());
        if (attempt.result() == PortalSignIn.Result.SIGNED_IN) {
            PortalSession.start(request, attempt.caseId(), attempt.reference(), clock.instant());
            return "redirect:/portal/case";
        }
        model.addAttribute("reference", clip(reference));
        model.addAttribute("accessCode", "");
        model.addAttribute("postalCode", clip(postalCode));
        model.addAttribute("failure", attempt.result() == PortalSignIn.Result.LOCKED ? "locked" : "wrong");
        return "portal/login";
    }

    @PostMapping("/portal/logout")
    String logout(HttpServletRequest request) {
        PortalSession.end(request);
        return "redirect:/portal?loggedOut";
    }

    /** What is owed today, claim by claim, and, when asked, on the day the debtor means to pay. */
    @GetMapping("/portal/case")
    String overview(@RequestParam(required = false) String payOn, PortalSession session, Model model, Locale locale) {
        LocalDate today = BusinessDates.today(clock);
        PortalStatement statement = statements.of(session.caseId(), today);
        model.addAttribute("statement", statement);
        model.addAttribute("payOn", payOn == null ? "" : clip(payOn));
        if (payOn != null && !payOn.isBlank()) {
            InputCheck check = InputCheck.typedBy(locale);
            LocalDate day = check.date("payOn", payOn, true);
            if (day != null && day.isBefore(today)) {
                check.violation("payOn", "past", "must not be in the past");
            } else if (day != null && day.isAfter(today.plusDays(LATEST_PAY_DAY))) {
                check.violation("payOn", "tooLate", "must lie within " + LATEST_PAY_DAY + " days", LATEST_PAY_DAY);
            }
            if (check.isValid()) {
                model.addAttribute("onPayDay", day.equals(today) ? statement : statements.of(session.caseId(), day));
            } else {
                model.addAttribute("errors", check.violations());
            }
        }
        model.addAttribute("letters", letters(cases.parties(session.caseId())));
        model.addAttribute("page", "case");
        return "portal/case";
    }

    @GetMapping("/portal/letters/{id}")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, PortalSession session) {
        var parties = cases.parties(session.caseId());
        boolean ours = letters(parties).stream().anyMatch(d -> d.id().equals(id));
        var stored = ours ? documents.open(parties.creditor(), id) : java.util.Optional.<Documents.Stored>empty();
        if (stored.isEmpty()) {
            throw new NotFoundException("letter");
        }
        return attachment(stored.get().content(), MediaType.parseMediaType(stored.get().document().mediaType()),
                "kulant-" + stored.get().document().issuedOn() + ".pdf");
    }

    /** The copy of everything held about the debtor (Art. 15 GDPR), made by the same function staff use. */
    @GetMapping("/portal/data-copy")
    ResponseEntity<byte[]> dataCopy(PortalSession session, Locale locale) {
        var parties = cases.parties(session.caseId());
        var copy = privacy.copy(parties.claims().get(0), session.actor());
        cases.record(session.caseId(), "data-copy", "Kopie der gespeicherten Daten (Art. 15 DSGVO) im Portal abgerufen",
                false, session.actor());
        return attachment(pdfs.render("data-copy", Map.of("copy", copy), locale), MediaType.APPLICATION_PDF,
                "kulant-daten-" + parties.reference().value() + ".pdf");
    }

    private static boolean firstVisitInAnotherLanguage(HttpServletRequest request) {
        boolean chosen = request.getParameter("lang") != null || (request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals("kulant-lang")));
        String asked = request.getHeader("Accept-Language");
        return !chosen && asked != null && !asked.isBlank() && !request.getLocale().getLanguage().equals("de");
    }

    /** Every letter and notice about the case's claims as PDF, newest first (e-mails carry the same text). */
    private List<DocumentView> letters(PortalCases.Parties parties) {
        return parties.claims().stream().flatMap(claim -> documents.forClaim(parties.creditor(), claim).stream())
                .filter(Objects::nonNull).filter(d -> d.mediaType().equals("application/pdf")).distinct()
                .sorted(Comparator.comparing(DocumentView::createdAt).reversed()).toList();
    }

    static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /** Form fields are short; whatever is longer was not typed by a person and is cut before it is looked at. */
    static String clip(String typed) {
        if (typed == null) {
            return null;
        }
        return typed.length() > 40 ? typed.substring(0, 40) : typed.strip();
    }
}
