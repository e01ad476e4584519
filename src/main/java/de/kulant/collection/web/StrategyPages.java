package de.kulant.collection.web;

import de.kulant.collection.Strategies;
import de.kulant.collection.Strategy;
import de.kulant.collection.StrategySegment;
import de.kulant.creditors.Creditor;
import de.kulant.creditors.CreditorChoices;
import de.kulant.platform.Caller;
import de.kulant.platform.CreditorId;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A creditor's collection strategy on one page: the champion's and challenger's steps by day, edited in rows, the
 * challenger's share, the segments, and how each arm did (recovery rate with its 95 % interval, days to payment).
 */
@Controller
class StrategyPages {

    /** Rows a strategy form offers; empty ones are left out. */
    static final int ROWS = 8;

    private final Strategies strategies;
    private final CreditorChoices choices;
    private final MessageSource messages;

    StrategyPages(Strategies strategies, CreditorChoices choices, MessageSource messages) {
        this.strategies = strategies;
        this.choices = choices;
        this.messages = messages;
    }

    /** One row of a form as typed. */
    record Row(String day, String action) implements Serializable {
    }

    @GetMapping("/cases/strategy")
    String show(@RequestParam(required = false) UUID creditor, @RequestParam(required = false) String creditorSearch,
                Caller caller, Model model) {
        model.addAttribute("mayChange", caller.isAdmin());
        CreditorChoices.Choice choice = choices.of(creditor == null ? null : creditor.toString(), creditorSearch);
        model.addAttribute("creditors", choice.options());
        model.addAttribute("creditorChoice", choice);
        model.addAttribute("actions", Strategy.ACTIONS.stream().sorted().toList());
        if (choice.options().isEmpty()) {
            return "cases/strategy";
        }
        CreditorId selected = creditor == null ? choice.options().get(0).id() : new CreditorId(creditor);
        model.addAttribute("selected", selected);
        model.addAttribute("selectedName", choice.options().stream().filter(c -> c.id().equals(selected))
                .map(Creditor::name).findFirst().orElse(""));
        Strategies.Setup setup = strategies.of(selected);
        if (!model.containsAttribute("champion")) {
            model.addAttribute("champion", rows(setup.champion().steps()));
            model.addAttribute("challenger", rows(setup.challenger() == null ? List.of() : setup.challenger().steps()));
            model.addAttribute("challengerPercent", String.valueOf(setup.challengerPercent()));
        }
        model.addAttribute("segments", setup.segments());
        model.addAttribute("figures", strategies.figures(selected));
        return "cases/strategy";
    }

    @PostMapping("/cases/strategy")
    String save(@RequestParam UUID creditor, @RequestParam Map<String, String> form, Caller caller,
                RedirectAttributes redirect, Locale locale) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only team leads (ADMIN) change a creditor's strategy");
        }
        List<Row> champion = typed(form, "champion");
        List<Row> challenger = typed(form, "challenger");
        String percent = form.getOrDefault("challengerPercent", "0").strip();
        try {
            CreditorId id = new CreditorId(creditor);
            List<StrategySegment.Input> segments = strategies.of(id).segments().stream().map(StrategySegment::input)
                    .toList();
            strategies.change(id, steps(champion), steps(challenger), percent(percent), segments, caller.actor());
            redirect.addFlashAttribute("message", messages.getMessage("strategy.saved", null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("champion", padded(champion));
            redirect.addFlashAttribute("challenger", padded(challenger));
            redirect.addFlashAttribute("challengerPercent", percent);
        }
        return "redirect:/cases/strategy?creditor=" + creditor;
    }

    private static List<Row> rows(List<Strategy.Step> steps) {
        List<Row> rows = new ArrayList<>();
        steps.forEach(s -> rows.add(new Row(String.valueOf(s.day()), s.action())));
        return padded(rows);
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        while (all.size() < ROWS) {
            all.add(new Row("", ""));
        }
        return all;
    }

    /** The rows as typed, {@code champion.day.0}, {@code champion.action.0}, …; an empty row is left out. */
    private static List<Row> typed(Map<String, String> form, String arm) {
        Map<Integer, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < ROWS; i++) {
            String day = form.getOrDefault(arm + ".day." + i, "").strip();
            String action = form.getOrDefault(arm + ".action." + i, "").strip();
            if (!day.isEmpty() || !action.isEmpty()) {
                rows.put(i, new Row(day, action));
            }
        }
        return List.copyOf(rows.values());
    }

    /** A day that is not a whole number becomes -1, which the strategy's own check names with its row. */
    private static List<Strategy.Step> steps(List<Row> rows) {
        return rows.stream().map(r -> new Strategy.Step(wholeOr(r.day(), -1), r.action().isEmpty() ? null
                : r.action())).toList();
    }

    private static Integer percent(String text) {
        return text.isEmpty() ? 0 : wholeOr(text, -1);
    }

    private static int wholeOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
