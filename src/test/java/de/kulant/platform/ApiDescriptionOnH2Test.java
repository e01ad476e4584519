package de.kulant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.Api.Auth;
import de.kulant.support.IntegrationTest;
import de.kulant.support.OnH2;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description is a contract a client can be generated from (issue 13, item 13): valid OpenAPI 3, titled,
 * with its security schemes, an Idempotency-Key on every POST, problem answers, and exactly the parameters each
 * operation's code reads — none more (the caller once appeared as a required query parameter on 86 operations).
 */
@OnH2
class ApiDescriptionOnH2Test extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String text;
    private OpenAPI api;

    @BeforeEach
    void read() {
        Api.Response docs = this.api().get("/v3/api-docs", Auth.none());
        assertThat(docs.status()).isEqualTo(200);
        text = docs.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(parsed.getMessages()).as("problems the OpenAPI parser found").isEmpty();
        api = parsed.getOpenAPI();
    }

    private Api api() {
        return super.api;
    }

    @Test
    void isAValidTitledDescriptionWithItsWaysToAuthenticate() {
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).isEqualTo("Kulant API");
        assertThat(api.getInfo().getVersion()).isEqualTo("v1");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("apiKey", "staff");
        assertThat(api.getComponents().getSecuritySchemes().get("apiKey").getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).hasSize(2);
        assertThat(api.getComponents().getSchemas()).containsKey("Problem");
    }

    @Test
    void everyPostTakesAnIdempotencyKeyAndEveryOperationDescribesItsProblems() {
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (method == PathItem.HttpMethod.POST && parameters(operation).stream()
                    .noneMatch(p -> "header".equals(p.getIn()) && "Idempotency-Key".equals(p.getName()))) {
                missing.add(name + ": Idempotency-Key");
            }
            for (String status : List.of("401", "403", "422")) {
                if (!operation.getResponses().containsKey(status)) {
                    missing.add(name + ": " + status);
                }
            }
            if (path.contains("{") && !operation.getResponses().containsKey("404")) {
                missing.add(name + ": 404");
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(api.getPaths()).hasSizeGreaterThan(50);
    }

    @Test
    void everyOperationDeclaresExactlyTheParametersItsCodeReads() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                PathItem item = api.getPaths().get(pattern);
                assertThat(item).as("%s is described", pattern).isNotNull();
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
                    assertThat(operation).as("%s %s is described", method, pattern).isNotNull();
                    Set<String> declared = new TreeSet<>();
                    parameters(operation).forEach(p -> declared.add(p.getIn() + ":" + p.getName()));
                    Set<String> read = readBy(mapping.getValue(), pattern);
                    if (method == RequestMethod.POST) {
                        read.add("header:Idempotency-Key");
                    }
                    if (!declared.equals(read)) {
                        differences.add(method + " " + pattern + " declares " + declared + " but reads " + read);
                    }
                    compared++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(80);
        assertThat(text).doesNotContain("\"name\":\"caller\"");
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static Set<String> readBy(HandlerMethod handler, String pattern) {
        Set<String> read = new TreeSet<>();
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pattern);
        while (variables.find()) {
            read.add("path:" + variables.group(1));
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (query != null && parameter.getParameterType() != org.springframework.web.multipart.MultipartFile.class) {
                read.add("query:" + (query.name().isEmpty() ? parameter.getParameterName() : query.name()));
            } else if (header != null) {
                read.add("header:" + (header.name().isEmpty() ? parameter.getParameterName() : header.name()));
            }
        }
        return read;
    }
}
