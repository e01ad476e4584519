package de.kulant.correspondence.web;

import de.kulant.claims.ClaimFilter;
import de.kulant.claims.ClaimQueries;
import de.kulant.claims.ClaimView;
import de.kulant.correspondence.Correspondence;
import de.kulant.correspondence.Letterhead;
import de.kulant.creditors.Creditors;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InputCheck;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop's letterhead in its app (sender line, contact, logo, a free text per level) with the editor of the staff
 * app, and a letter for one of its claims previewed as PDF. Only the owner saves.
 */
@Controller
class ShopLetterheadPages {

    private final Correspondence correspondence;
    private final Creditors creditors;
    private final ClaimQueries claims;
    private final Clock clock;

    ShopLetterheadPages(Correspondence correspondence, Creditors creditors, ClaimQueries claims, Clock clock) {
        this.correspondence = correspondence;
        this.creditors = creditors;
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping("/app/letterhead")
    String letterhead(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CreditorId creditor = caller.requireCreditor();
        model.addAttribute("shop", true);
        model.addAttribute("creditors", creditors.find(creditor).stream().toList());
        model.addAttribute("selected", creditor);
        if (!model.containsAttribute("letterhead")) {
            model.addAttribute("letterhead", correspondence.letterhead(creditor));
        }
        model.addAttribute("levels", IntStream.rangeClosed(1, CorrespondencePages.LEVELS).boxed().toList());
        return "correspondence/letterhead";
    }

    @PostMapping("/app/letterhead")
    String save(@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile logo,
                Caller caller, @AuthenticationPrincipal ShopUser user, RedirectAttributes redirect) throws IOException {
        ShopUser.requireOwner(user, "only the shop's owner changes the letterhead");
        CreditorId creditor = caller.requireCreditor();
        Letterhead input = CorrespondencePages.letterheadOf(form, logo, correspondence.letterhead(creditor));
        try {
            correspondence.saveLetterhead(creditor, input, caller.actor());
            redirect.addFlashAttribute("message", "saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("letterhead", input);
        }
        return "redirect:/app/letterhead";
    }

    @GetMapping("/app/letterhead/preview")
    Object preview(@RequestParam(required = false) String invoice, @RequestParam(defaultValue = "1") int level,
                   @RequestParam(required = false) String tone, @RequestParam(required = false) String language,
                   Caller caller, RedirectAttributes redirect) {
        CreditorId creditor = caller.requireCreditor();
        try {
            InputCheck check = new InputCheck();
            String number = check.required("invoice", invoice, 50);
            check.throwIfInvalid();
            List<ClaimView> found = claims.first(ClaimFilter.forCreditor(creditor).withInvoiceNumber(number), 1,
                    BusinessDates.today(clock));
            if (found.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.coded("invoice", "invoiceUnknown",
                        "no claim with invoice number '" + number + "'", number)));
            }
            byte[] pdf = correspondence.preview(creditor, found.get(0).id(), level,
                    CorrespondenceController.Tones.of(tone), language);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("preview.pdf").build()
                            .toString())
                    .body(pdf);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            return "redirect:/app/letterhead";
        }
    }
}
