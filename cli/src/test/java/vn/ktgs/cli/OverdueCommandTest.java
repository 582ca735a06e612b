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

/**
 * {@code ktgs overdue}: the core's overdue list of the seed scenario on a day, with the step of escalation, in both
 * languages, under the shipped follow-up rules or a file of them.
 */
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
    void theMissingThirdQuarterReportAndTheMembersNotReachedAreOverdueWithTheirStepOfEscalation() {
        Run en = run("overdue", "--data", seed.toString(), "--on", "2025-11-01", "--lang", "en");

        // 65-KH/ĐU (13/10/2024) reached everyone but DV19 and DV30 (joined 1/3/2025): due 30 days later
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).isEqualTo(String.format("Đảng bộ Văn phòng UBND tỉnh — overdue on 2025-11-01: 3 items%n"
                + "  CB-KGVX    Member not reached by a dissemination: 65-KH/ĐU Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU"
                + " của Đảng ủy Khối các cơ quan tỉnh — DV19 Mai Văn Đức%n"
                + "             due 2024-11-12, 354 days overdue; responsible: DV16 Trịnh Thị Hương%n"
                + "             step 3 of 3 (from 30 days overdue) — the standing committee above: DV06 Vũ Thị Ngọc"
                + " Ánh%n"
                + "  CB-TTPV    Member not reached by a dissemination: 65-KH/ĐU Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU"
                + " của Đảng ủy Khối các cơ quan tỉnh — DV30 Âu Thị Ỷ Lan%n"
                + "             due 2025-03-31, 215 days overdue; responsible: DV26 Nguyễn Thị Ưng%n"
                + "             step 3 of 3 (from 30 days overdue) — the standing committee above: DV06 Vũ Thị Ngọc"
                + " Ánh%n"
                + "  CB-KGVX    Report past its deadline, not submitted: 2025-Q3%n"
                + "             due 2025-10-10, 22 days overdue; responsible: DV16 Trịnh Thị Hương%n"
                + "             step 2 of 3 (from 15 days overdue) — the assigned committee member: DV16 Trịnh Thị"
                + " Hương%n"));
    }

    @Test
    void rulesFromAFileChangeTheDelaysAndTheSteps() throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"schemaVersion": 1, "legalReference": "Quy định của tỉnh", "effectiveFrom": "2025-01-01",
                 "planAdoptionDays": 0, "assignmentDays": 30, "disseminationDays": 400,
                 "escalation": [{"afterDays": 1, "to": ["SECRETARY"]},
                                {"afterDays": 21, "to": ["COMMITTEE_SECRETARY", "SECRETARY"]}]}
                """);

        Run vi = run("overdue", "--data", seed.toString(), "--on", "2025-11-01", "--rules", rules.toString());

        assertThat(vi.code()).as(vi.err()).isZero();
        // 400 days to reach a member: none is late yet; the report is at the second of two steps
        assertThat(vi.out()).isEqualTo(String.format("Đảng bộ Văn phòng UBND tỉnh — việc quá hạn ngày 2025-11-01:"
                + " 1 việc%n"
                + "  CB-KGVX    Báo cáo quá hạn, chưa nộp: 2025-Q3%n"
                + "             hạn 2025-10-10, quá 22 ngày; chịu trách nhiệm: DV16 Trịnh Thị Hương%n"
                + "             bước 2/2 (từ 21 ngày quá hạn) — bí thư cấp ủy cấp trên, bí thư: DV01 Nguyễn Văn Hùng,"
                + " DV16 Trịnh Thị Hương%n"));
    }

    @Test
    void aBrokenRulesFileIsRejectedWithThePathOfEachProblem() throws IOException {
        Path rules = dir.resolve("broken-rules.json");
        Files.writeString(rules, """
                {"schemaVersion": 1, "legalReference": "Quy định của tỉnh", "effectiveFrom": "2025-01-01",
                 "planAdoptionDays": 0, "assignmentDays": 30, "disseminationDays": 30,
                 "escalation": [{"afterDays": 1, "to": ["CHAIRMAN"]}]}
                """);

        Run en = run("overdue", "--data", seed.toString(), "--rules", rules.toString(), "--lang", "en");

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).contains(rules + ": escalation[0].to[0]: unsupported role: CHAIRMAN (supported: "
                + "RESPONSIBLE, SECRETARY, ASSIGNED_MEMBER, COMMITTEE_SECRETARY, STANDING_COMMITTEE)");
        assertThat(en.out()).isEmpty();
    }

    @Test
    void onTheDatasetsDayTheNextYearsPlansAreOverdueTooInVietnamese() {
        Run vi = run("overdue", "--data", seed.toString());

        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).startsWith("Đảng bộ Văn phòng UBND tỉnh — việc quá hạn ngày 2026-02-02: 8 việc")
                .contains("  CB-KGVX    Báo cáo quá hạn, chưa nộp: 2025-Q3")
                .contains("  CB-HCTC    Kế hoạch chưa được thông qua: 2026")
                .contains("hạn 2026-01-01, quá 32 ngày; chịu trách nhiệm: DV06 Vũ Thị Ngọc Ánh")
                .contains("  CB-HCTC    Kế hoạch chưa được thông qua: 2026%n".formatted())
                .contains("bước 3/3 (từ 30 ngày quá hạn) — Ban Thường vụ cấp ủy cấp trên: DV06 Vũ Thị Ngọc Ánh");
    }
}
