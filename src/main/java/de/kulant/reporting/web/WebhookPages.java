package de.kulant.reporting.web;

import de.kulant.platform.Caller;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.ShopUser;
import de.kulant.reporting.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhooks in the shop app: the endpoints with their events, a new one with its secret shown once, and per endpoint
 * the delivery log, a test event, a new secret and removal. Owners change; accountants read the log.
 */
@Controller
class WebhookPages {

    private static final int LOG = 50;

    private final Webhooks webhooks;

    WebhookPages(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/app/webhooks")
    String list(Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("endpoints", webhooks.endpoints(caller.requireCreditor()));
        model.addAttribute("events", Webhooks.EVENTS);
        if (!model.containsAttribute("errorsByField")) {
            model.addAttribute("errorsByField", Map.of());
        }
        return "app/webhooks";
    }

    @PostMapping("/app/webhooks")
    String create(@RequestParam(required = false) String url, @RequestParam(required = false) List<String> events,
                  Caller caller, @AuthenticationPrincipal ShopUser user, Model model, HttpServletResponse response) {
        ShopUser.requireOwner(user, "only the shop's owner adds webhooks");
        try {
            Webhooks.WithSecret made = webhooks.create(caller.requireCreditor(), url, events, null, caller.actor());
            model.addAttribute("created", made);
            return endpoint(made.endpoint().id(), caller, model, response);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            // events[i] errors belong to the group of boxes
            List<FieldViolation> refused = e.violations();
            model.addAttribute("errors", refused);
            model.addAttribute("errorsByField", refused.stream().collect(Collectors.groupingBy(v ->
                    v.field() != null && v.field().startsWith("events") ? "events" : String.valueOf(v.field()))));
            model.addAttribute("typedUrl", url);
            model.addAttribute("typedEvents", events == null ? List.of() : events);
            return list(caller, model, response);
        }
    }

    @GetMapping("/app/webhooks/{id}")
    String endpoint(@PathVariable UUID id, Caller caller, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("endpoint", webhooks.endpoint(caller.requireCreditor(), id));
        model.addAttribute("deliveries", webhooks.deliveries(caller.requireCreditor(), id, LOG));
        return "app/webhook";
    }

    @PostMapping("/app/webhooks/{id}/test")
    String test(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user,
                RedirectAttributes redirect) {
        ShopUser.requireOwner(user, "only the shop's owner sends test events");
        redirect.addFlashAttribute("tested", webhooks.sendTest(caller.requireCreditor(), id));
        return "redirect:/app/webhooks/" + id;
    }

    @PostMapping("/app/webhooks/{id}/rotate")
    String rotate(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user, Model model,
                  HttpServletResponse response) {
        ShopUser.requireOwner(user, "only the shop's owner rotates secrets");
        model.addAttribute("created", webhooks.rotate(caller.requireCreditor(), id, caller.actor()));
        model.addAttribute("rotated", true);
        return endpoint(id, caller, model, response);
    }

    @PostMapping("/app/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, Caller caller, @AuthenticationPrincipal ShopUser user,
                  RedirectAttributes redirect) {
        ShopUser.requireOwner(user, "only the shop's owner removes webhooks");
        webhooks.delete(caller.requireCreditor(), id, caller.actor());
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/app/webhooks";
    }
}
