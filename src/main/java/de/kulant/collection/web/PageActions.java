package de.kulant.collection.web;

import de.kulant.platform.ConflictException;
import de.kulant.platform.InvalidInputException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One action on the case page: a message when done; the errors and the form to reopen when refused. */
final class PageActions {

    private PageActions() {
    }

    static String run(MessageSource messages, UUID id, RedirectAttributes redirect, Locale locale, String done,
                      String form, Supplier<Object> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", messages.getMessage(done, null, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.violations());
            redirect.addFlashAttribute("openForm", form);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", e.violationsOr("case"));
            redirect.addFlashAttribute("openForm", form);
        }
        return "redirect:/cases/" + id + "#" + form;
    }
}
