package de.kulant.correspondence.web;

import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimId;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.DispatchView.Status;
import de.kulant.correspondence.DispatchView;
import de.kulant.correspondence.Documents;
import de.kulant.correspondence.Letterhead;
import de.kulant.correspondence.PrintExports;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.creditors.Creditors;
import de.kulant.dunning.Channel;
import de.kulant.dunning.LetterId;
import de.kulant.dunning.RunId;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.CreditorId;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ListOrder;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.web.SortLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff UI of correspondence: the dispatch queue with retry and bounce, each letter or e-mail as sent, the
 * day's print file, the creditor's letterhead, previews, and the documents on a claim's page.
 */
@Controller
class CorrespondencePages {

    static final int LEVELS = 6;
    static final int PAGE_SIZE = 100;

    private final Correspondence correspondence;
    private final Documents documents;
    private final PrintExports printExports;
    private final Creditors creditors;
    private final CreditorChoices choices;
    private final ClaimQueries claims;
    private final de.kulant.dunning.Notices notices;
    private final Clock clock;

    CorrespondencePages(Correspondence correspondence, Documents documents, PrintExports printExports,
                        Creditors creditors, CreditorChoices choices, ClaimQueries claims, de.kulant.dunning.Notices notices, Clock clock) {
        this.choices = choices;
        this.correspondence = correspondence;
        this.documents = documents;
        this.printExports = printExports;
        this.creditors = creditors;
        this.claims = claims;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/correspondence")
    String overview(@RequestParam(required = false) UUID creditor, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String after, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String creditorSearch, Model model) {
        CreditorId scope = creditor == null ? null : new CreditorId(creditor);
        Status selected = status == null || status.isBlank() ? null : parseStatus(status);
        ListOrder order = Correspondence.listOrder().orderOrDefault(sort);
        Correspondence.DispatchPage page = correspondence.page(scope, selected, order, after, PAGE_SIZE);
        model.addAttribute("dispatches", page.items());
        Map<Status, Integer> counts = correspondence.counts(scope);
        model.addAttribute("counts", counts);
        model.addAttribute("listed", selected == null ? counts.values().stream().mapToInt(Integer::intValue).sum()
                : counts.getOrDefault(selected, 0));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("creditor", creditor == null ? null : creditor.toString());
        filters.put("status", selected == null ? null : selected.name());
        SortLinks sorting = new SortLinks("/correspondence", filters, Correspondence.listOrder(), order);
        model.addAttribute("sorting", sorting);
        UriComponentsBuilder query = sorting.query("/correspondence");
        model.addAttribute("firstLink", after == null ? null : query.cloneBuilder().build().toUriString());
        model.addAttribute("nextLink", page.next() == null ? null
                : query.cloneBuilder().queryParam("after", page.next()).build().toUriString());
        model.addAttribute("exportQuery", query.cloneBuilder().build().getQuery());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("selectedStatus", selected);
        model.addAttribute("selectedCreditor", creditor);
        CreditorChoices.Choice choice = choices.of(creditor == null ? null : creditor.toString(), creditorSearch);
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("creditorNames", choices.allNames());
        model.addAttribute("today", BusinessDates.today(clock));
        return "correspondence/overview";
    }

    @GetMapping("/correspondence/dispatches/{id}")
    String dispatch(@PathVariable UUID id, Model model) {
        DispatchView dispatch = correspondence.dispatch(null, id);
        model.addAttribute("dispatch", dispatch);
        model.addAttribute("creditorName", creditors.find(dispatch.creditorId()).map(Creditor::name).orElse(""));
        if (dispatch.documentId() != null && dispatch.channel() == DispatchView.Channel.EMAIL) {
            documents.open(null, dispatch.documentId())
                    .ifPresent(stored -> model.addAttribute("mail", ArchivedMail.parse(stored.content())));
        }
        documents.letterOf(new LetterId(dispatch.combinedId())).ifPresent(letter -> model.addAttribute("letter", letter));
        return "correspondence/dispatch";
    }

    /** The HTML part of a sent e-mail, for the frame on the dispatch page: its own styles, no scripts, no requests. */
    @GetMapping("/correspondence/dispatches/{id}/html")
    ResponseEntity<String> mailHtml(@PathVariable UUID id) {
        DispatchView dispatch = correspondence.dispatch(null, id);
        String html = dispatch.documentId() == null ? null : documents.open(null, dispatch.documentId())
                .map(stored -> ArchivedMail.parse(stored.content()).html()).orElse(null);
        if (html == null) {
            throw new NotFoundException("HTML part of this dispatch");
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                        + "frame-ancestors 'self'; sandbox")
                .header("X-Frame-Options", "SAMEORIGIN")
                .body(html);
    }

    @PostMapping("/correspondence/dispatches/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String detail,
               Caller caller, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "retry" -> correspondence.retry(null, id, caller.actor());
                case "bounce" -> correspondence.bounce(null, id, detail, caller.actor());
                default -> throw new NotFoundException("action");
            }
            redirect.addFlashAttribute("message", action);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("dispatch"));
        }
        return "redirect:/correspondence/dispatches/" + id;
    }

    @GetMapping("/correspondence/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable UUID id) {
        return CorrespondenceController.serve(documents.open(null, id)
                .orElseThrow(() -> new NotFoundException("document")));
    }

    @GetMapping("/correspondence/print-export")
    void printExport(@RequestParam String date, @RequestParam(required = false) UUID creditor,
                     HttpServletResponse response) throws IOException {
        InputCheck check = new InputCheck();
        LocalDate day = check.date("date", date, true);
        check.throwIfInvalid();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("letters-" + day + ".zip").build().toString());
        printExports.write(creditor == null ? null : new CreditorId(creditor), day, response.getOutputStream());
    }

    @GetMapping("/correspondence/letterhead")
    String letterhead(@RequestParam(required = false) UUID creditor,
                      @RequestParam(required = false) String creditorSearch, Model model) {
        CreditorChoices.Choice choice = choices.of(creditor == null ? null : creditor.toString(), creditorSearch);
        model.addAttribute("creditorChoice", choice);
        List<Creditor> all = choice.options();
        if (all.isEmpty()) {
            model.addAttribute("creditors", all);
            return "correspondence/letterhead";
        }
        CreditorId selected = creditor == null ? all.get(0).id() : new CreditorId(creditor);
        creditors.find(selected).orElseThrow(() -> new NotFoundException("creditor"));
        model.addAttribute("creditors", all);
        model.addAttribute("selected", selected);
        if (!model.containsAttribute("letterhead")) {
            model.addAttribute("letterhead", correspondence.letterhead(selected));
        }
        model.addAttribute("levels", java.util.stream.IntStream.rangeClosed(1, LEVELS).boxed().toList());
        return "correspondence/letterhead";
    }

    @PostMapping("/correspondence/letterhead")
    String saveLetterhead(@RequestParam UUID creditor, @RequestParam Map<String, String> form,
                          @RequestParam(required = false) MultipartFile logo, Caller caller,
                          RedirectAttributes redirect) throws IOException {
        CreditorId id = new CreditorId(creditor);
        Letterhead input = letterheadOf(form, logo, correspondence.letterhead(id));
        try {
            correspondence.saveLetterhead(id, input, caller.actor());
            redirect.addFlashAttribute("message", "saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("letterhead", input);
        }
        return "redirect:/correspondence/letterhead?creditor=" + creditor;
    }

    /** The letterhead as the form posted it; no new logo keeps the current one unless it is to be removed. */
    static Letterhead letterheadOf(Map<String, String> form, MultipartFile logo, Letterhead current) throws IOException {
        byte[] logoBytes = logo != null && !logo.isEmpty() ? logo.getBytes()
                : "true".equals(form.get("removeLogo")) ? null : current.logoPng();
        Map<Integer, String> texts = new HashMap<>();
        for (int level = 1; level <= LEVELS; level++) {
            String text = form.get("freeText" + level);
            if (text != null && !text.isBlank()) {
                texts.put(level, text.strip());
            }
        }
        return new Letterhead(form.get("senderLine"), form.get("contactPerson"), form.get("phone"),
                form.get("email"), form.get("signature"), logoBytes, texts);
    }

    /** A letter for a claim as a level would write it today; the claim by id or by the creditor's invoice number. */
    @GetMapping("/correspondence/preview")
    Object preview(@RequestParam(required = false) UUID claim, @RequestParam(required = false) UUID creditor,
                   @RequestParam(required = false) String invoice, @RequestParam(defaultValue = "1") int level,
                   @RequestParam(required = false) String tone, @RequestParam(required = false) String language,
                   RedirectAttributes redirect) {
        try {
            ClaimId claimId = claim != null ? new ClaimId(claim) : byInvoice(creditor, invoice);
            byte[] pdf = correspondence.preview(null, claimId, level, CorrespondenceController.Tones.of(tone), language);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.pdf").build()
                            .toString())
                    .body(pdf);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            return "redirect:/correspondence/letterhead" + (creditor == null ? "" : "?creditor=" + creditor);
        }
    }

    @GetMapping("/correspondence/claims/{id}/documents")
    String claimDocuments(@PathVariable UUID id, Model model) {
        ClaimView claim = claims.find(null, new ClaimId(id), BusinessDates.today(clock))
                .orElseThrow(() -> new NotFoundException("claim"));
        model.addAttribute("documents", documents.forClaim(claim.creditorId(), claim.id()));
        // each letter names the notice of this claim it carried
        model.addAttribute("noticeByLetter", notices.forClaim(claim.creditorId(), claim.id()).stream()
                .collect(java.util.stream.Collectors.toMap(n -> n.combinedId().value(), n -> n, (a, b) -> a)));
        model.addAttribute("claimId", id);
        model.addAttribute("levelNames", correspondence.levelNames(claim));
        return "correspondence/fragments :: documents";
    }

    @GetMapping("/correspondence/runs/{id}/problems")
    String runProblems(@PathVariable UUID id, Model model) {
        model.addAttribute("problems", correspondence.problemsOfRun(new RunId(id)));
        return "correspondence/fragments :: problems";
    }

    private ClaimId byInvoice(UUID creditor, String invoice) {
        InputCheck check = new InputCheck();
        if (creditor == null) {
            check.violation("creditor", "choose the creditor whose claim to preview");
        }
        if (invoice == null || invoice.isBlank()) {
            check.violation("invoice", "enter the invoice number of a claim");
        }
        check.throwIfInvalid();
        List<ClaimView> found = claims.first(ClaimFilter.forCreditor(new CreditorId(creditor))
                .withInvoiceNumber(invoice.strip()), 1, BusinessDates.today(clock));
        if (found.isEmpty()) {
            throw new InvalidInputException("invoice", "no claim with invoice number '" + invoice.strip() + "'");
        }
        return found.get(0).id();
    }

    static Status parseStatus(String value) {
        try {
            return Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "unknown status '" + value + "'");
        }
    }

}
