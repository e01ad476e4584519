package de.kulant.platform.web;

import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A person's mistake on a page of the staff UI or the shop app (an id that does not exist, a date that is none, an
 * action their role may not take) answers with the styled error page and its status, 404, 400 or 403, never a 500 and never a stack trace in the log. API controllers are
 * {@code @Controller}s too; {@code ProblemHandler} comes first for them and answers with problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND, List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return ErrorPages.page(HttpStatus.FORBIDDEN, List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, e.violations());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return ErrorPages.page(HttpStatus.CONFLICT, e.violationsOr(""));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ErrorPages.page(HttpStatus.NOT_FOUND, List.of());
        }
        return ErrorPages.page(HttpStatus.BAD_REQUEST, List.of(FieldViolation.of(e.getName(),
                "'" + e.getValue() + "' is not valid")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, List.of(FieldViolation.of(e.getParameterName(), "is required")));
    }
}
