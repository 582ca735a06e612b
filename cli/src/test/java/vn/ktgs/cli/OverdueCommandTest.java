package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.cli.KtgsCliTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ktgs.cli.KtgsCliTest.Run;

/** {@code ktgs overdue}: the core's overdue list of the seed scenario on a day, in both languages. */
class OverdueCommandTest {

    @TempDir
    static Path dir;
    static Path seed;

    @BeforeAll
    static void copySample() throws IOException {
        seed = dir.resolve("seed-2025.json");
        try (InputStream in = OverdueCommandTest.class.getResourceAsStream("/seed-2025.json")) {
            Files.copy(in, seed);
        }
    }

    @Test
    void theMissingThirdQuarterReportIsOverdueWithItsSecretary() {
        Run en = run("overdue", "--data", seed.toString(), "--on", "2025-11-01", "--lang", "en");

        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).isEqualTo(String.format("Đảng bộ Văn phòng UBND tỉnh — overdue on 2025-11-01: 1 items%n"
                + "  CB-KGVX    Report past its deadline, not submitted: 2025-Q3%n"
                + "             due 2025-10-10, 22 days overdue; responsible: DV16 Trịnh Thị Hương%n"));
    }

    @Test
    void onTheDatasetsDayTheNextYearsPlansAreOverdueTooInVietnamese() {
        Run vi = run("overdue", "--data", seed.toString());

        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).startsWith("Đảng bộ Văn phòng UBND tỉnh — việc quá hạn ngày 2026-02-02: 8 việc")
                .contains("  CB-KGVX    Báo cáo quá hạn, chưa nộp: 2025-Q3")
                .contains("  CB-HCTC    Kế hoạch chưa được thông qua: 2026")
                .contains("hạn 2026-01-01, quá 32 ngày; chịu trách nhiệm: DV06 Vũ Thị Ngọc Ánh");
    }
}
