package de.kulant.reporting.web;

import de.kulant.platform.BusinessDates;
import de.kulant.platform.Caller;
import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import de.kulant.reporting.PayoutRun;
import de.kulant.reporting.PayoutRuns;
import de.kulant.reporting.PayoutStatement;
import de.kulant.reporting.PayoutStatements;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settlement statements in the shop app (its own, with lines, PDF and CSV) and, for admins, the settlement runs:
 * the client money held, a month settled with one click, each run's statements and payout file.
 */
@Controller
class PayoutPages {

    private static final int PAGE = 24;

    private final PayoutStatements statements;
    private final PayoutRuns runs;
    private final Clock clock;

    PayoutPages(PayoutStatements statements, PayoutRuns runs, Clock clock) {
        this.statements = statements;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping("/app/statements")
    String shopList(@RequestParam(required = false) String after, Caller caller, Model model,
                    HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var page = statements.list(caller.requireCreditor(), after, PAGE + 1);
        model.addAttribute("statements", page.size() > PAGE ? page.subList(0, PAGE) : page);
        model.addAttribute("next", page.size() > PAGE ? page.get(PAGE - 1).number() : null);
        return "app/statements";
    }

    @GetMapping("/app/statements/{id}")
    String shopStatement(@PathVariable UUID id, Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        PayoutStatement statement = statements.find(caller.requireCreditor(), id);
        model.addAttribute("statement", statement);
        model.addAttribute("lines", statements.lines(statement));
        return "app/statement";
    }

    @GetMapping({"/app/statements/{id}/document", "/admin/settlements/statements/{id}/document"})
    ResponseEntity<byte[]> document(@PathVariable UUID id, Caller caller, Locale locale) {
        PayoutStatement s = statements.find(caller.creditor().orElse(null), id);
        return PayoutController.file(statements.document(s, locale), MediaType.APPLICATION_PDF, s.number() + ".pdf");
    }

    @GetMapping({"/app/statements/{id}/csv", "/admin/settlements/statements/{id}/csv"})
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Caller caller) {
        PayoutStatement s = statements.find(caller.creditor().orElse(null), id);
        return PayoutController.file(statements.csv(s).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), s.number() + ".csv");
    }

    @GetMapping("/admin/settlements")
    String runs(Model model) {
        model.addAttribute("clientMoney", statements.clientMoney());
        model.addAttribute("runs", statements.runs(50));
        if (!model.containsAttribute("month")) {
            model.addAttribute("month", YearMonth.from(BusinessDates.today(clock)).minusMonths(1).toString());
        }
        return "admin/settlements";
    }

    @PostMapping("/admin/settlements")
    String run(@RequestParam(required = false) String month, Caller caller, Model model, RedirectAttributes redirect) {
        try {
            PayoutRun run = runs.run(month, caller.actor()).run();
            redirect.addFlashAttribute("created", run);
            return "redirect:/admin/settlements/" + run.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations());
        } catch (ConflictException e) {
            model.addAttribute("errors", e.violationsOr("month"));
        }
        model.addAttribute("month", month);
        return runs(model);
    }

    @GetMapping("/admin/settlements/{id}")
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", statements.run(id));
        model.addAttribute("statements", statements.statementsOf(id));
        return "admin/settlement-run";
    }

    @GetMapping("/admin/settlements/{id}/payout-file")
    ResponseEntity<byte[]> payoutFile(@PathVariable UUID id) {
        PayoutRun run = statements.run(id);
        return PayoutController.file(statements.payoutDocument(id).getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_XML, run.messageId() + ".xml");
    }
}
