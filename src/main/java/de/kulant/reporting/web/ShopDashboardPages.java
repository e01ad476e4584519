package de.kulant.reporting.web;

import de.kulant.creditors.Creditor;
import de.kulant.creditors.Creditors;
import de.kulant.creditors.SignUps;
import de.kulant.platform.Caller;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.ShopUser;
import de.kulant.reporting.CustomerOrders;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.web.Formats;
import de.kulant.platform.web.TableExport;
import de.kulant.reporting.ShopOverview;
import de.kulant.reporting.ShopOverviewView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shop app's start page: its dashboard for a chosen period (each figure linked to its claims, the figures as CSV),
 * then the company and the contract it accepted.
 */
@Controller
class ShopDashboardPages {

    private static final long MAX_ORDER_FILE = 2L * 1024 * 1024;

    private final ShopOverview overview;
    private final CustomerOrders orders;
    private final Creditors creditors;
    private final SignUps signUps;
    private final MessageSource messages;
    private final Formats formats;

    ShopDashboardPages(ShopOverview overview, CustomerOrders orders, Creditors creditors, SignUps signUps,
                       MessageSource messages, Formats formats) {
        this.overview = overview;
        this.orders = orders;
        this.creditors = creditors;
        this.signUps = signUps;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/app")
    String home(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Creditor creditor = creditors.find(caller.requireCreditor()).orElseThrow(() -> new NotFoundException("creditor"));
        model.addAttribute("creditor", creditor);
        model.addAttribute("terms", signUps.terms(creditor.id()).orElse(null));
        LocalDate[] period;
        try {
            period = overview.period(from, to);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.violations());
            period = overview.period(null, null);
        }
        model.addAttribute("view", overview.show(creditor.id(), period[0], period[1]));
        return "app/home";
    }

    /** The owner uploads the customers' orders as CSV for the retention figure; all or nothing, errors by line. */
    @PostMapping(value = "/app/customer-orders", consumes = "multipart/form-data")
    String orders(@RequestPart(value = "file", required = false) MultipartFile file, Caller caller,
                  @AuthenticationPrincipal ShopUser user, Locale locale, RedirectAttributes redirect)
            throws IOException {
        ShopUser.requireOwner(user, "only the shop's owner reports orders");
        if (file == null || file.isEmpty() || file.getSize() > MAX_ORDER_FILE) {
            redirect.addFlashAttribute("orderErrors", List.of(FieldViolation.coded("file", "ordersFile",
                    "choose a CSV file of at most 2 MB", 2).atLine(1)));
            return "redirect:/app#orders";
        }
        try (InputStream in = file.getInputStream()) {
            CustomerOrders.Reported done = orders.importCsv(caller.requireCreditor(), in.readAllBytes(),
                    caller.actor());
            redirect.addFlashAttribute("ordersReported", messages.getMessage("overview.ordersReported",
                    new Object[] {done.received(), done.added()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("orderErrors", e.violations());
        }
        return "redirect:/app#orders";
    }

    @GetMapping("/app/overview.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Caller caller,
             Locale locale, HttpServletResponse response) throws IOException {
        LocalDate[] period = overview.period(from, to);
        ShopOverviewView v = overview.show(caller.requireCreditor(), period[0], period[1]);
        List<String> headers = List.of(text("overview.csv.figure", locale), text("overview.csv.part", locale),
                text("overview.csv.claims", locale), text("overview.csv.value", locale));
        try (TableExport export = TableExport.start(response, TableExport.Format.CSV, "uebersicht-" + period[0] + "-"
                + period[1], headers, locale, formats)) {
            export.row(text("overview.open", locale), "", v.now().openClaims(), v.now().outstanding());
            v.now().aging().forEach(b -> export.row(text("dashboard.aging", locale),
                    text("dashboard.bucket." + b.key(), locale), b.claims(), b.outstanding()));
            export.row(text("overview.collected", locale), period[0] + " – " + period[1], null, v.collected());
            v.recovered().forEach(s -> export.row(text("overview.recovered", locale),
                    text("overview.stage." + s.key(), locale), s.claims(), s.amount()));
            export.row(text("overview.dso", locale), "", null, v.dsoDays());
            export.row(text("overview.daysToPay", locale), "", null, v.daysToPay());
            v.cures().forEach(c -> export.row(text("overview.cure", locale),
                    text("overview.level", locale) + " " + c.level(), c.reached(), c.rate()));
            export.row(text("overview.retention", locale), text("overview.orderedAgain", locale),
                    v.retention().customersRecovered(), v.retention().rate());
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
