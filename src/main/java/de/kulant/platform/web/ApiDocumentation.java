package de.kulant.platform.web;

import de.kulant.platform.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description as a contract a shop's developer can generate a client from (api.md): who may call,
 * the Idempotency-Key of every POST, and the problem-details answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // the caller is resolved from the credentials, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI kulantApi() {
        return new OpenAPI()
                .info(new Info().title("Kulant API").version("v1")
                        .description("Claims, dunning, payments and correspondence for online shops. A shop calls with "
                                + "its API key as a bearer token; staff with their user name and password. Errors are "
                                + "RFC 9457 problem details; 'detail' follows Accept-Language (de, en), 'errors' names "
                                + "each field."))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("The shop's API key (kul_…), created by an admin or by the shop"))
                        .addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff user's name and password")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("staff"));
    }

    @Bean
    OpenApiCustomizer idempotencyAndProblems() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            declarePathVariables(path, operation);
            if (method == PathItem.HttpMethod.POST) {
                operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                        .description("1 to 200 characters; the same key again within 24 hours returns the first "
                                + "answer instead of doing the work twice")
                        .schema(new StringSchema().minLength(1).maxLength(200)));
                problem(operation, "409", "Conflict: the request clashes with what is stored, or the Idempotency-Key "
                        + "was used with another request");
            }
            problem(operation, "401", "No or unknown credentials");
            problem(operation, "403", "The credentials may not do this");
            if (path.contains("{")) {
                problem(operation, "404", "Not found (another shop's id answers the same)");
            }
            problem(operation, "422", "Invalid input: 'errors' names each field and what is wrong with it");
            }));
        };
    }

    /** Path variables the code reads through the caller (an admin's {creditorId}) are declared like any other. */
    private static void declarePathVariables(String path, Operation operation) {
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (variables.find()) {
            String name = variables.group(1);
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
            if (!declared) {
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.PathParameter().name(name)
                        .required(true).schema(new StringSchema().format("uuid"))
                        .description("creditorId".equals(name) ? "The creditor an admin acts for" : null));
            }
        }
    }

    private static void problem(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
        operation.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "field", new StringSchema().description("the field as the request names it, e.g. levels[1].fee"),
                "message", new StringSchema().description("what is wrong, in the language asked for"),
                "index", new IntegerSchema().description("the item of a batch, from 0"),
                "line", new IntegerSchema().description("the line of a file, from 1"))));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "type", new StringSchema(), "title", new StringSchema(), "status", new IntegerSchema(),
                "detail", new StringSchema(), "instance", new StringSchema(),
                "errors", new ArraySchema().items(error))));
        return problem.description("RFC 9457 problem details");
    }
}
