package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;

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

    @Test
    void theDemoPrintsTheTreeTimelinessAndFigures() {
        ScenarioClock clock = new ScenarioClock(LocalDate.of(2024, 6, 1));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.print(ktgs, seed, Locale.forLanguageTag("vi"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("CB-TTPV    Chi bộ Trung tâm Phục vụ hành chính công             5  Nguyễn Thị Ưng")
                .contains("65-KH/ĐU   Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU")
                .contains("[DV19 Mai Văn Đức, DV30 Âu Thị Ỷ Lan]")
                .contains("2025-Q2: CB-HCTC Trễ hạn (5);")
                .contains("CB-KGVX Quá hạn, chưa nộp")
                .containsPattern("Số cuộc kiểm tra khi có dấu hiệu vi phạm +1");
    }
}
