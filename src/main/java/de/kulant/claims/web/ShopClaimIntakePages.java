package de.kulant.claims.web;

import de.kulant.claims.ClaimIntake;
import de.kulant.claims.ClaimRequest;
import de.kulant.claims.ClaimRequest.AddressRequest;
import de.kulant.claims.ClaimRequest.DebtorRequest;
import de.kulant.claims.ClaimsProperties;
import de.kulant.claims.IntakeResult;
import de.kulant.claims.csv.ClaimCsv;
import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Claims into the shop app without a developer: one typed into a form, or a CSV file whose first rows and every error
 * by line are shown before anything is stored. The import itself is all or nothing, as over the API.
 */
@Controller
class ShopClaimIntakePages {

    static final int PREVIEW_ROWS = 10;

    private final ClaimIntake intake;
    private final ClaimsProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    ShopClaimIntakePages(ClaimIntake intake, ClaimsProperties properties, MessageSource messages, Clock clock) {
        this.intake = intake;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/app/claims/new")
    String form(Model model) {
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of("invoiceDate", BusinessDates.today(clock).toString(), "kind", "CONSUMER",
                    "country", "DE"));
        }
        model.addAttribute("errorsByField", Map.of());
        return "app/claim-new";
    }

    @PostMapping("/app/claims")
    String create(@RequestParam Map<String, String> form, Caller caller, @AuthenticationPrincipal ShopUser user,
                  Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ShopUser.requireOwner(user, "only the shop's owner adds claims");
        try {
            ClaimIntake.Created created = intake.createOne(caller.requireCreditor(), request(form), caller.actor());
            redirect.addFlashAttribute("message", messages.getMessage(created.created() ? "shopClaims.created"
                    : "shopClaims.unchanged", null, locale));
            return "redirect:/app/claims/" + created.claim().id().value();
        } catch (InvalidInputException e) {
            return refused(e.violations(), form, model, response);
        } catch (ConflictException e) {
            return refused(e.violationsOr("invoiceNumber"), form, model, response);
        }
    }

    /** The form's fields as the intake reads them: amounts with a decimal comma, a box for the consumer notice. */
    static ClaimRequest request(Map<String, String> form) {
        return new ClaimRequest(form.get("invoiceNumber"), form.get("invoiceDate"), form.get("dueDate"),
                ClaimCsv.amount(form.get("amount")), "EUR", "true".equals(form.get("consumerNoticeGiven")), false,
                new DebtorRequest(form.get("kind"), blank(form.get("customerNumber")), form.get("name"),
                        blank(form.get("email")), blank(form.get("phone")),
                        new AddressRequest(form.get("street"), form.get("postalCode"), form.get("city"),
                                blank(form.get("country"))), null));
    }

    private String refused(List<FieldViolation> violations, Map<String, String> form, Model model,
                           HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("typed", form);
        model.addAttribute("errors", violations);
        model.addAttribute("errorsByField", byField(violations));
        return "app/claim-new";
    }

    @GetMapping("/app/claims/upload")
    String upload(Model model) {
        model.addAttribute("columns", ClaimCsv.COLUMNS);
        model.addAttribute("required", ClaimCsv.REQUIRED);
        return "app/claim-upload";
    }

    @PostMapping(value = "/app/claims/upload/preview", consumes = "multipart/form-data")
    String preview(@RequestPart(value = "file", required = false) MultipartFile file, Caller caller,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                   HttpServletResponse response) throws IOException {
        List<FieldViolation> unreadable = unreadable(file);
        if (unreadable.isEmpty()) {
            ClaimIntake.CsvPreview preview = intake.previewCsv(caller.requireCreditor(), read(file), PREVIEW_ROWS);
            model.addAttribute("preview", preview);
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("errors", preview.errors());
        } else {
            model.addAttribute("errors", unreadable);
        }
        if (htmx != null) {
            return "app/claim-upload :: preview";
        }
        upload(model);
        return "app/claim-upload";
    }

    @PostMapping(value = "/app/claims/upload", consumes = "multipart/form-data")
    String importFile(@RequestPart(value = "file", required = false) MultipartFile file, Caller caller,
                      @AuthenticationPrincipal ShopUser user, Locale locale, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        ShopUser.requireOwner(user, "only the shop's owner adds claims");
        List<FieldViolation> errors = unreadable(file);
        if (errors.isEmpty()) {
            try {
                IntakeResult result = intake.importCsv(caller.requireCreditor(), read(file), caller.actor());
                redirect.addFlashAttribute("message", messages.getMessage("shopClaims.imported",
                        new Object[] {result.created(), result.unchanged()}, locale));
                return "redirect:/app/claims";
            } catch (InvalidInputException e) {
                errors = e.violations();
            } catch (ConflictException e) {
                errors = e.violationsOr("file");
            }
        }
        response.setStatus(422);
        model.addAttribute("errors", errors);
        model.addAttribute("importRefused", true);
        return upload(model);
    }

    /** A missing, empty or too large file is refused before a byte of it is read. */
    private List<FieldViolation> unreadable(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return List.of(FieldViolation.coded("file", "required", "choose a CSV file").atLine(1));
        }
        if (file.getSize() > properties.importMaxSize().toBytes()) {
            return List.of(FieldViolation.coded("file", "csvTooLarge", "the file may have at most "
                    + properties.importMaxSize().toMegabytes() + " MB; split it",
                    properties.importMaxSize().toMegabytes()).atLine(1));
        }
        return List.of();
    }

    private static byte[] read(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static Map<String, List<FieldViolation>> byField(List<FieldViolation> violations) {
        return violations.stream().collect(Collectors.groupingBy(v -> v.field() == null ? "" : v.field()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
