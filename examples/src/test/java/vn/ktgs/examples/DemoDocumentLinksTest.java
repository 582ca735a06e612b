package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo prints a link to each kind of document, and each link answers its document. */
class DemoDocumentLinksTest {

    /** Its own H2 file: the demo's in-memory database lives as long as the JVM, and other tests expect it empty. */
    @TempDir
    Path dir;

    @Test
    void everyPrintedDocumentLinkAnswersAPdfOrADocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Demo.Running running = Demo.start(Demo.Options.parse("--data-dir", dir.toString(), "--port", "0"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String out = bytes.toString(StandardCharsets.UTF_8);
            String base = running.server().baseUri().toString();
            List<String> links = out.lines().map(String::strip).filter(l -> l.startsWith(base) && l.contains("format="))
                    .toList();
            assertThat(links).hasSize(5);
            assertThat(links).anyMatch(l -> l.contains("/plans/")).anyMatch(l -> l.contains("/reports/"))
                    .anyMatch(l -> l.contains("/activities/")).anyMatch(l -> l.contains("/scorecards/"))
                    .anyMatch(l -> l.contains("/dashboards/"));
            HttpClient http = HttpClient.newHttpClient();
            for (String link : links) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).as(link).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
                if (link.endsWith("format=docx")) {
                    assertThat(new String(r.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
                } else {
                    assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                }
            }
        }
    }
}
