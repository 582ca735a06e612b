package vn.ktgs.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The root of the API answers its index, to anyone, in the reader's language, and every link it gives works. */
class IndexTest {

    static LiveServer s;

    @BeforeAll
    static void start() {
        s = new LiveServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theRootAnswersTheIndexWithoutACaller() {
        LiveServer.Reply r = s.anonymous().get("/").ok(200);

        assertThat(r.header("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode index = r.json();
        assertThat(index.get("title").asText()).isEqualTo("KTGS REST API");
        assertThat(index.get("description").asText()).startsWith("KTGS (kiểm tra, giám sát) qua HTTP: mục lục của API");
        assertThat(s.anonymous().inEnglish().get("/").json().get("description").asText())
                .startsWith("KTGS (kiểm tra, giám sát: inspection and supervision) over HTTP: the index of the API");
        List<String> rels = new ArrayList<>();
        index.get("links").forEach(l -> rels.add(l.get("rel").asText()));
        assertThat(rels).containsExactly("openapi", "organisations", "plans");
        assertThat(index.at("/links/0/href").asText()).isEqualTo(s.server.baseUri() + "openapi.json");
    }

    @Test
    void theIndexListsEveryOperationOfTheOpenApiDocument() {
        JsonNode doc = s.anonymous().get("/openapi.json").ok(200).json();
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> indexed = new TreeSet<>();
        s.anonymous().get("/").json().get("operations")
                .forEach(o -> indexed.add(o.get("method").asText() + " " + o.get("path").asText()));

        assertThat(indexed).isEqualTo(documented).contains("GET /", "GET /openapi.json", "GET /organisations/{id}");
    }

    @Test
    void everyLinkOfTheIndexAnswers() {
        for (JsonNode link : s.anonymous().get("/").json().get("links")) {
            String href = link.get("href").asText();
            String path = "/" + href.substring(s.server.baseUri().toString().length());
            assertThat(s.admin().get(path).status()).as(href).isEqualTo(200);
        }
    }
}
