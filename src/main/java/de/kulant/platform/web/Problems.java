package de.kulant.platform.web;

import de.kulant.platform.FieldViolation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details in Kulant's form, for every module's error handlers. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://kulant.de/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    /** 422 with {@code errors: [{field, message, index?, line?}]}. */
    public static ProblemDetail invalid(String detail, List<FieldViolation> violations) {
        return withErrors(problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", detail), violations);
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream().map(Problems::error).toList());
        }
        return problem;
    }

    private static Map<String, Object> error(FieldViolation violation) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (violation.index() != null) {
            error.put("index", violation.index());
        }
        if (violation.line() != null) {
            error.put("line", violation.line());
        }
        error.put("field", violation.field());
        error.put("message", violation.message());
        return error;
    }
}
