package de.kulant.platform.web;

import de.kulant.platform.FieldViolation;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container shows for an error no handler answered, and for {@code /error} called directly (404): the styled
 * page for people, problem details for the API. Replaces Spring Boot's whitelabel error controller.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        return page(status(request), List.of());
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = Problems.problem(status, status == HttpStatus.NOT_FOUND ? "not-found" : "error",
                status.getReasonPhrase(), status == HttpStatus.NOT_FOUND ? "Nothing is found at this address."
                        : status.is5xxServerError() ? "Something went wrong on our side; nothing was stored."
                        : status.getReasonPhrase() + ".");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The error page with its status and, for a 400, what was wrong. */
    static ModelAndView page(HttpStatus status, List<FieldViolation> violations) {
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "violations", violations));
        page.setStatus(status);
        // an exception handler's view gets no model attributes from the advice, so the header's are added here
        String user = LayoutAdvice.currentUser();
        if (user != null) {
            page.addObject("currentUser", user);
        }
        page.addObject("isAdmin", LayoutAdvice.isAdmin());
        if (LayoutAdvice.shopUser() != null) {
            page.addObject("shopUser", LayoutAdvice.shopUser());
        }
        page.addObject("currentPath", RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRequestURI() : "");
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.NOT_FOUND : status;
    }
}
