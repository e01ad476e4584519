package de.kulant.legal.web;

import de.kulant.law.LawInputException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A rule of the law module refusing its input is a 422 naming the field, wherever it surfaces. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LawInputAdvice {

    @ExceptionHandler(LawInputException.class)
    ProblemDetail invalid(LawInputException e) {
        return Problems.invalid(e.field() + ": " + e.getMessage(), List.of(FieldViolation.of(e.field(), e.getMessage())));
    }
}
