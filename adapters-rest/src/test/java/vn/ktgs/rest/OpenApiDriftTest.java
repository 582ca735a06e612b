package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.rest.LiveServer.Reply;

/**
 * The served OpenAPI document and the live server agree both ways: every operation in the document is served,
 * and every endpoint of Jersey's own resource model is in the document.
 */
class OpenApiDriftTest {

    static LiveServer s;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        s = new LiveServer();
        doc = s.anonymous().get("/openapi.json").ok(200).json();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static Set<String> documented() {
        Set<String> ops = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fieldNames().forEachRemaining(m -> ops.add(m.toUpperCase() + " " + path.getKey()));
        }
        return ops;
    }

    private static Set<String> jerseyModel() {
        Set<String> ops = new TreeSet<>();
        for (Class<?> c : KtgsRestApplication.RESOURCES) {
            Resource r = Resource.from(c);
            collect(r, "/" + r.getPath(), ops);
        }
        return ops;
    }

    private static void collect(Resource r, String path, Set<String> ops) {
        String clean = path.replaceAll("/+", "/");
        clean = clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
        for (ResourceMethod m : r.getResourceMethods()) {
            ops.add(m.getHttpMethod() + " " + clean);
        }
        for (Resource child : r.getChildResources()) {
            collect(child, path + "/" + child.getPath(), ops);
        }
    }

    @Test
    void isOpenApi31() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.at("/components/schemas/Problem/properties/errors/type").asText()).isEqualTo("array");
    }

    @Test
    void documentAndJerseyResourceModelListTheSameOperations() {
        assertThat(documented()).isNotEmpty().isEqualTo(jerseyModel());
    }

    @Test
    void everyDocumentedOperationIsServed() {
        for (String op : documented()) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 1)
                    .replace("{period}", "2025-Q1").replaceAll("\\{\\w+}", UUID.randomUUID().toString());
            Reply r = s.admin().raw(method, path, method.equals("GET") ? null : "application/json",
                    method.equals("GET") ? new byte[0] : "{}".getBytes());
            assertThat(r.status()).as(op + " " + r.text()).isNotEqualTo(405).isLessThan(500);
            assertThat(r.problemType()).as(op).isNotEqualTo("urn:ktgs:problem:no-such-resource");
        }
    }

    @Test
    void anUndocumentedOperationIsNotServed() {
        assertThat(s.admin().get("/nowhere").problemType()).isEqualTo("urn:ktgs:problem:no-such-resource");
        assertThat(s.admin().raw("DELETE", "/plans/" + UUID.randomUUID(), null, new byte[0]).problemType())
                .isEqualTo("urn:ktgs:problem:method-not-allowed");
        assertThat(documented()).doesNotContain("DELETE /plans/{id}");
    }
}
