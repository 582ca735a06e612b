package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is valid for a parser the project did not write (swagger-parser, as code generators
 * and gateways read it): no message, every {@code $ref} resolved, every operation with an id and answers. The drift
 * test checks the document against the server; this one checks it against the specification. The second test
 * breaks a copy in three ways and shows the parser notices each, so that the first cannot pass by saying nothing.
 */
class OpenApiValidityTest {

    private static final JsonMapper MAPPER = new JsonMapper();
    static LiveServer s;
    static String text;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        text = s.anonymous().get("/openapi.json").ok(200).text();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }

    @Test
    void theServedDocumentIsValidForAnIndependentParser() {
        SwaggerParseResult result = parse(text);

        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getPaths()).isNotEmpty();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            assertThat(op.getOperationId()).as("%s %s: operationId", method, path).isNotBlank();
            assertThat(op.getResponses()).as("%s %s: responses", method, path).isNotEmpty();
            op.getResponses().forEach((status, r) -> assertThat(r.getDescription() != null || r.get$ref() != null)
                    .as("%s %s %s: description", method, path, status).isTrue());
        }));
    }

    @Test
    void theParserNoticesABrokenCopy() throws Exception {
        JsonNode doc = MAPPER.readTree(text);

        ObjectNode noTitle = doc.deepCopy();
        ((ObjectNode) noTitle.get("info")).remove("title");
        ObjectNode danglingRef = doc.deepCopy();
        String firstPath = danglingRef.get("paths").fieldNames().next();
        ObjectNode firstOperation = (ObjectNode) danglingRef.get("paths").get(firstPath).elements().next();
        ((ObjectNode) firstOperation.get("responses")).set("599", MAPPER.valueToTree(
                Map.of("$ref", "#/components/responses/NoSuchResponse")));
        ObjectNode wrongType = doc.deepCopy();
        ((ObjectNode) wrongType).set("paths", MAPPER.valueToTree(List.of("not", "an", "object")));

        for (ObjectNode broken : List.of(noTitle, danglingRef, wrongType)) {
            assertThat(parse(MAPPER.writeValueAsString(broken)).getMessages()).isNotEmpty();
        }
    }
}
