package vn.ktgs.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.rest.TrustedHeaderCallerResolver;
import vn.ktgs.spring.KtgsAutoConfiguration;

/**
 * The seed scenario driven over HTTP against the sample application: the dataset posted to {@code /datasets}, the
 * committee's dashboard and a cell's scorecard read back from the library's REST API, the schema's health and the
 * timers from Actuator. The database is the subclass's.
 */
abstract class SeedOverHttp {

    /** "Today" is the dataset's day, 2 February 2026, so the scores are the checked ones. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DatasetDay {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 2, 2).atTime(9, 0).atZone(KtgsAutoConfiguration.HANOI).toInstant(),
                    KtgsAutoConfiguration.HANOI);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Ktgs ktgs;

    @Autowired
    Clock clock;

    protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    }

    /** The request with an administrator's credentials: the trusted header here, a token in the JWT test. */
    protected HttpRequest.Builder asAdministrator(HttpRequest.Builder request) {
        return request.header(TrustedHeaderCallerResolver.AUTHORITY, "ADMINISTRATOR");
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = SeedOverHttp.class.getResourceAsStream("/datasets/seed-2025.json")) {
            assertThat(in).as("the seed dataset on the test classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theSeedScenarioOverHttp() throws Exception {
        assertThat(ktgs.clock()).as("the application's Clock bean, not the starter's").isSameAs(clock);

        HttpResponse<String> health = send(get("/actuator/health"));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode ktgsHealth = JSON.readTree(health.body()).path("components").path("ktgs");
        assertThat(ktgsHealth.path("status").asText()).isEqualTo("UP");
        assertThat(ktgsHealth.path("details").path("schema").asText()).isEqualTo("ktgs");
        assertThat(ktgsHealth.path("details").path("pending")).isEmpty();

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/datasets")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed())));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(anonymous.body()).path("title").asText()).isEqualTo("Chưa xác định được người gọi");

        HttpResponse<String> imported = send(asAdministrator(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/datasets")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed()))));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode loaded = JSON.readTree(imported.body());
        assertThat(loaded.path("written").asBoolean()).isTrue();
        assertThat(loaded.path("members").asInt()).isEqualTo(30);
        String committee = loaded.path("committee").asText();
        String plan65 = loaded.path("governingDocuments").path(0).asText();

        HttpResponse<String> again = send(asAdministrator(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/datasets")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(seed()))));
        assertThat(JSON.readTree(again.body()).path("written").asBoolean()).as("loading again writes nothing")
                .isFalse();

        HttpResponse<String> unknown = send(get("/scoring/dashboards/" + committee + "/2025?document=" + plan65));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> dashboard = send(asAdministrator(get("/scoring/dashboards/" + committee
                + "/2025?document=" + plan65)).header("Accept-Language", "vi"));
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        JsonNode board = JSON.readTree(dashboard.body());
        assertThat(board.path("name").asText()).isEqualTo("Đảng bộ Văn phòng UBND tỉnh");
        List<String> codes = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        String ttpv = null;
        for (JsonNode cell : board.path("cells")) {
            codes.add(cell.path("code").asText());
            totals.add(cell.path("total").decimalValue().stripTrailingZeros().toPlainString());
            levels.add(cell.path("level").asText());
            if (cell.path("code").asText().equals("CB-TTPV")) {
                ttpv = cell.path("organisation").asText();
            }
        }
        assertThat(codes).containsExactly("CB-HCTC", "CB-KGVX", "CB-KT", "CB-NC", "CB-TH", "CB-TTPV");
        assertThat(totals).containsExactly("89.5", "87.5", "95", "95", "92.5", "78.5");
        assertThat(levels).containsExactly("GOOD", "GOOD", "GOOD", "EXCELLENT", "GOOD", "NOT_COMPLETED");
        assertThat(board.path("allTargetsMet").asBoolean()).isTrue();

        HttpResponse<String> card = send(asAdministrator(get("/scoring/scorecards/" + ttpv + "/2025?document="
                + plan65)).header("Accept-Language", "vi"));
        assertThat(card.statusCode()).as(card.body()).isEqualTo(200);
        JsonNode scorecard = JSON.readTree(card.body());
        assertThat(scorecard.path("name").asText()).isEqualTo("Chi bộ Trung tâm Phục vụ hành chính công");
        assertThat(scorecard.path("gates")).isNotEmpty();

        // the Ktgs the starter wires guards a caller in plain Java as the REST resources do over HTTP: a plain member
        // of CB-TH reads their cell, and is refused CB-TTPV's records and the secretary's work
        var th = ktgs.organisations().organisationByCode("CB-TH").orElseThrow();
        var ttpvCell = ktgs.organisations().organisationByCode("CB-TTPV").orElseThrow();
        var plain = ktgs.organisations().membersOn(th.id(), LocalDate.now(ktgs.clock())).stream()
                .filter(m -> m.roles().isEmpty()).findFirst().orElseThrow();
        Guarded member = ktgs.as(Caller.member(plain.id()));
        assertThat(member.organisations().organisation(th.id())).isEqualTo(th);
        assertThat(member.plans().planFor(th.id(), 2025)).isPresent();
        assertThatThrownBy(() -> member.organisations().organisation(ttpvCell.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(member.plans().planFor(ttpvCell.id(), 2025)).isEmpty();
        assertThatThrownBy(() -> member.plans().draft(new DraftPlan(th.id(), 2026, "Kế hoạch năm 2026", List.of())))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).action()).isEqualTo(Action.WRITE_WORK));
        assertThat(ktgs.plans().planFor(th.id(), 2026)).as("nothing stored").isEmpty();

        JsonNode scoring = JSON.readTree(send(get("/actuator/metrics/ktgs.scoring?tag=status:200")).body());
        assertThat(count(scoring)).as(scoring.toString()).isEqualTo(2);
        JsonNode imports = JSON.readTree(send(get("/actuator/metrics/ktgs.import?tag=outcome:written")).body());
        assertThat(count(imports)).as(imports.toString()).isEqualTo(1);
        JsonNode unchanged = JSON.readTree(send(get("/actuator/metrics/ktgs.import?tag=outcome:unchanged")).body());
        assertThat(count(unchanged)).as(unchanged.toString()).isEqualTo(1);
    }

    private static double count(JsonNode metric) {
        for (JsonNode m : metric.path("measurements")) {
            if (m.path("statistic").asText().equals("COUNT")) {
                return m.path("value").asDouble();
            }
        }
        return -1;
    }
}
