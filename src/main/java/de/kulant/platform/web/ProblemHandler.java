package de.kulant.platform.web;

import de.kulant.platform.ConflictException;
import de.kulant.platform.FieldViolation;
import de.kulant.platform.ForbiddenException;
import de.kulant.platform.InvalidInputException;
import de.kulant.platform.NotFoundException;
import de.kulant.platform.PayloadTooLargeException;
import de.kulant.platform.TooManyRequestsException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error as RFC 9457 problem details: 400 malformed, 403, 404, 409, 413, 422 with
 * {@code errors: [{field, message, index?, line?}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Violations sentences;

    ProblemHandler(Violations sentences) {
        this.sentences = sentences;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, WebRequest request) {
        return Problems.invalid(detail(e.getMessage(), e.violations(), request), e.violations());
    }

    /** The detail in the language the client asked for (de or en), the fields named as people read them. */
    private String detail(String english, List<de.kulant.platform.FieldViolation> violations, WebRequest request) {
        String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked == null || asked.isBlank() || violations.isEmpty()) {
            return english;
        }
        java.util.Locale locale;
        try {
            locale = java.util.Locale.lookup(java.util.Locale.LanguageRange.parse(asked),
                    List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH));
        } catch (IllegalArgumentException malformed) {
            return english;
        }
        if (locale == null) {
            return english;
        }
        return String.join(" ", violations.stream().map(v -> sentences.sentence(v, locale)).toList());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, WebRequest request) {
        return Problems.withErrors(Problems.problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                detail(e.getMessage(), e.violations(), request)), e.violations());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, WebRequest request) {
        ProblemDetail problem = Problems.withErrors(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "Too many requests", detail(e.getMessage(), e.violations(), request)), e.violations());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds())).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getName() + " not found");
        }
        return Problems.withErrors(Problems.problem(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                        e.getName() + ": '" + e.getValue() + "' is not valid"),
                List.of(FieldViolation.of(e.getName(), "'" + e.getValue() + "' is not valid")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                "The request body is not valid JSON for this endpoint.");
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPathReference().replaceAll("^.*?\\[\"?", "").replaceAll("\"?\\]\\[\"?", ".")
                    .replaceAll("\"?\\]$", "");
            problem.setDetail(field + ": has the wrong type or format");
            Problems.withErrors(problem, List.of(FieldViolation.of(field, "has the wrong type or format")));
        } else if (cause instanceof JacksonException jackson && jackson.getLocation() != null) {
            problem.setDetail("Malformed JSON at line " + jackson.getLocation().getLineNr() + ", column "
                    + jackson.getLocation().getColumnNr() + ".");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on our side; nothing was stored.");
    }
}
