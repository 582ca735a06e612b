package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The examples run as smoke tests that check what they print. */
class ExamplesTest {

    @Test
    void theEmbeddingExampleNamesEveryGapOfThePlanItem() {
        assertThat(EmbeddingExample.run()).containsExactlyInAnyOrder(
                "items[0].politicalTask: phải nêu nhiệm vụ chính trị mà nội dung kiểm tra, giám sát gắn với",
                "items[0].targets: phải xác định ít nhất một đối tượng kiểm tra, giám sát");
    }

    @Test
    void theReadmeShowsTheEmbeddingExampleAsItIsCompiled() throws IOException {
        String source = Files.readString(Path.of("src/main/java/vn/ktgs/examples/EmbeddingExample.java"));
        String snippet = source.substring(source.indexOf("[start:readme]") + "[start:readme]".length(),
                source.indexOf("// --8<-- [end:readme]"));
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : snippet.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            assertThat(readme).as("README line").contains(line);
        }
    }

    private static String run(Demo.Options options, java.util.function.Consumer<Demo.Running> whileRunning) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Demo.Running running = Demo.start(options, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            whileRunning.accept(running);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoPrintsTheTreeTimelinessFiguresAndScoresAndLoadsTheDatasetOnce() {
        String first = run(Demo.Options.parse("--in-memory", "--once"), r -> { });
        String second = run(Demo.Options.parse("--in-memory", "--once"), r -> { });

        assertThat(first).contains("Đã nạp bộ dữ liệu mẫu: 8 tổ chức, 30 đảng viên")
                .contains("Mã         Chi bộ                                       Đảng viên  BCH theo dõi (S6)")
                .contains("CB-TTPV    Chi bộ Trung tâm Phục vụ hành chính công             5  Nguyễn Thị Ưng")
                .contains("65-KH/ĐU   Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU")
                .contains("[DV19 Mai Văn Đức, DV30 Âu Thị Ỷ Lan]")
                .contains("2025-Q2: CB-HCTC Trễ hạn (5);")
                .contains("CB-KGVX Quá hạn, chưa nộp")
                .containsPattern("Số cuộc kiểm tra khi có dấu hiệu vi phạm +1")
                .containsPattern("CB-NC +Chi bộ Phòng Nội chính +95 +Hoàn thành xuất sắc nhiệm vụ")
                .containsPattern("CB-KT +Chi bộ Phòng Kinh tế +95 +Hoàn thành tốt nhiệm vụ +điều kiện chặn")
                .contains("Xếp loại: Không hoàn thành nhiệm vụ");
        assertThat(second).contains("Bộ dữ liệu mẫu đã có sẵn: không ghi gì.");
        assertThat(second.substring(second.indexOf("KTGS —"))).isEqualTo(first.substring(first.indexOf("KTGS —")));
    }

    @Test
    void theDemoInEnglishPrintsEveryLineItWritesInEnglish(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String en = run(Demo.Options.parse("--data-dir", dir.toString(), "--once", "--lang", "en"), r -> { });

        assertThat(en).contains("Loaded the seed dataset: 8 organisations, 30 members")
                .contains("Code       Cell                                           Members  Assigned BCH member (S6)")
                .contains("Not yet reached by the dissemination of 65-KH/ĐU (S8): [DV19 Mai Văn Đức, DV30 Âu Thị Ỷ Lan]")
                .containsPattern("CB-KT +Draft|CB-KT +\\S.* 3 items, adopted 2025-")
                .contains("The lowest-scoring cell:")
                .contains("Level: Did not complete tasks");
        // the Vietnamese the tool itself writes (names, titles and codes from the data stay as they are)
        assertThat(en).doesNotContain("Đảng viên  BCH").doesNotContain("Chưa được quán triệt")
                .doesNotContain("nội dung, thông qua").doesNotContain("Đã nạp").doesNotContain("Xếp loại");
    }

    @Test
    void theDemoPrintsTheAddressOfTheScorecardItShows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Demo.Running running = Demo.start(Demo.Options.parse("--data-dir", dir.toString(), "--port", "0",
                "--lang", "en"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String out = bytes.toString(StandardCharsets.UTF_8);
            String shown = out.substring(out.indexOf("The lowest-scoring cell:"));
            assertThat(shown).contains("(CB-TTPV)");
            var cell = running.ktgs().organisations().organisationByCode("CB-TTPV").orElseThrow();
            String url = out.lines().filter(l -> l.contains("/scoring/scorecards/")).findFirst().orElseThrow().trim();
            assertThat(url).contains("/scoring/scorecards/" + cell.id().value() + "/2025")
                    .endsWith("(the scorecard of CB-TTPV, the lowest-scoring cell, printed above)");
            String index = out.lines().filter(l -> l.startsWith("REST API: ")).findFirst().orElseThrow();
            var http = java.net.http.HttpClient.newHttpClient();
            var root = http.send(java.net.http.HttpRequest.newBuilder(running.server().baseUri()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var card = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.substring(0,
                    url.indexOf(' ')))).header("Accept-Language", "en").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(index).startsWith("REST API: " + running.server().baseUri());
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.body()).contains("\"rel\":\"openapi\"");
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.body()).contains("\"code\":\"CB-TTPV\"");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDemoServesTheScorecardsOverHttp() {
        run(Demo.Options.parse("--in-memory", "--port", "0"), running -> {
            try {
                var http = java.net.http.HttpClient.newHttpClient();
                var base = running.server().baseUri();
                var committee = running.ktgs().organisations().organisationByCode(Demo.COMMITTEE).orElseThrow();
                var cell = running.ktgs().organisations().organisationByCode("CB-TTPV").orElseThrow();
                var card = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("scoring/scorecards/"
                        + cell.id() + "/2025")).header("Accept-Language", "en").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                var dashboard = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("scoring/dashboards/"
                        + committee.id() + "/2025")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(card.statusCode()).isEqualTo(200);
                assertThat(card.body()).contains("\"code\":\"CB-TTPV\"").contains("Level: Did not complete tasks");
                assertThat(dashboard.statusCode()).isEqualTo(200);
                assertThat(dashboard.body()).contains("cells-with-plan").contains("Chi bộ Phòng Kinh tế");
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aTakenPortIsAClearMessageNotAStackTrace() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = socket.getLocalPort();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(Demo.Options.parse("--in-memory", "--port",
                            String.valueOf(port)), r -> { }))
                    .isInstanceOf(Demo.PortTaken.class)
                    .hasMessageContaining("Cổng " + port + " đang được dùng").hasMessageContaining("--port");
        }
    }

    @Test
    void rejectsUnknownOptions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.Options.parse("--prot", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tùy chọn không có: --prot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.Options.parse("--prot", "1", "--lang", "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --prot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.Options.parse("--port", "x", "--lang", "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--port must be 0 to 65535");
    }
}
