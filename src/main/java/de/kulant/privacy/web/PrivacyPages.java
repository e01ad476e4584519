package de.kulant.privacy.web;

import de.kulant.claims.ClaimId;
import de.kulant.claims.DebtorRecords;
import de.kulant.correspondence.LetterRetention;
import de.kulant.correspondence.PdfDocuments;
import de.kulant.platform.Caller;
import de.kulant.platform.NotFoundException;
import de.kulant.privacy.DataCopy;
import de.kulant.privacy.DataSubjectRequests;
import de.kulant.privacy.RetentionJob;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff pages for a debtor's data-subject requests, reached from a claim: what is held and how long, the copy as JSON
 * or PDF, and an erasure request answered at once; and the retention rules for admins.
 */
@Controller
class PrivacyPages {

    private final DataSubjectRequests requests;
    private final DebtorRecords records;
    private final RetentionJob retention;
    private final PdfDocuments pdfs;
    private final JsonMapper json;

    PrivacyPages(DataSubjectRequests requests, DebtorRecords records, RetentionJob retention, PdfDocuments pdfs,
                 JsonMapper json) {
        this.requests = requests;
        this.records = records;
        this.retention = retention;
        this.pdfs = pdfs;
        this.json = json;
    }

    @GetMapping("/privacy/claims/{id}")
    String debtor(@PathVariable UUID id, Model model) {
        DebtorRecords.Retention standing = records.ofClaim(null, new ClaimId(id))
                .orElseThrow(() -> new NotFoundException("claim"));
        model.addAttribute("claimId", id);
        model.addAttribute("standing", standing);
        return "privacy/debtor";
    }

    @GetMapping("/privacy/claims/{id}/copy.json")
    ResponseEntity<byte[]> copyJson(@PathVariable UUID id, Caller caller) {
        DataCopy copy = requests.copy(new ClaimId(id), caller.actor());
        return download(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy), MediaType.APPLICATION_JSON,
                "auskunft-" + copy.asOf() + ".json");
    }

    @GetMapping("/privacy/claims/{id}/copy.pdf")
    ResponseEntity<byte[]> copyPdf(@PathVariable UUID id, Caller caller, Locale locale) {
        DataCopy copy = requests.copy(new ClaimId(id), caller.actor());
        return download(pdfs.render("data-copy", Map.of("copy", copy), locale), MediaType.APPLICATION_PDF,
                "auskunft-" + copy.asOf() + ".pdf");
    }

    @PostMapping("/privacy/claims/{id}/erasure")
    String erase(@PathVariable UUID id, Caller caller, RedirectAttributes redirect) {
        redirect.addFlashAttribute("answer", requests.erase(new ClaimId(id), caller.actor()));
        return "redirect:/privacy/claims/" + id;
    }

    /** The retention periods of legal-reference section 11, counted from the end of the calendar year. */
    record Rule(String key, int years) {
    }

    @GetMapping("/admin/privacy")
    String rules(Model model) {
        model.addAttribute("rules", List.of(new Rule("books", DebtorRecords.BOOKS_YEARS), new Rule("vouchers", 8),
                new Rule("letters", LetterRetention.LETTER_YEARS)));
        model.addAttribute("dueNow", retention.dueNow(1000));
        return "privacy/rules";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header("Cache-Control", "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
