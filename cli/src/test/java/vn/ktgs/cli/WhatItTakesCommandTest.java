package vn.ktgs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.cli.KtgsCliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ktgs.cli.KtgsCliTest.Run;

/** {@code ktgs what-it-takes}: the seed scenario's cells on 1 September 2025, in both languages and as JSON. */
class WhatItTakesCommandTest {

    @TempDir
    static Path dir;
    static Path seed;

    @BeforeAll
    static void copySample() throws IOException {
        seed = dir.resolve("seed-2025.json");
        try (InputStream in = WhatItTakesCommandTest.class.getResourceAsStream("/seed-2025.json")) {
            Files.copy(in, seed);
        }
    }

    @Test
    void theThirdQuarterReportAndTwoCoordinationsMakeTheCultureCellExcellentAboveTheQuotasBar() {
        Run en = run("what-it-takes", "--data", seed.toString(), "--cell", "CB-KGVX", "--on", "2025-09-01",
                "--lang", "en");

        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).startsWith("Chi bộ Phòng Khoa giáo – Văn xã (CB-KGVX) — what it takes to rise, on"
                        + " 2025-09-01 (year 2025, criteria set ktgs-default-65-KH-DU version 2)")
                .contains("  projected if nothing more is done: 84.5/100 points, Well completed tasks")
                .contains("  → Excellently completed tasks: 3 steps, projected total 95.5")
                .contains("      1. Submit periodic reports by their deadline: all 1 — 2025-Q3 (by 10/10/2025) —"
                        + " Periodic reports on time: 2/3 → 3/3, band [1, …), 4 → 10 points; +6 points")
                .contains("      2. Coordinate with the agency's inspection or a mass organisation: 2× —")
                .contains("the total must be at least the 95 of CB-NC");
    }

    @Test
    void aGateNoStepCanLiftIsTheReasonInVietnamese() {
        Run vi = run("what-it-takes", "--data", seed.toString(), "--cell", "CB-KT", "--on", "2025-09-01");

        assertThat(vi.code()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("  dự kiến nếu không làm thêm gì: 95/100 điểm, Hoàn thành tốt nhiệm vụ")
                .contains("  → Hoàn thành xuất sắc nhiệm vụ: không còn đạt được trong năm")
                .contains("(mã excellent-no-member-disciplined) giữ mức xếp loại không quá \"Hoàn thành tốt nhiệm vụ\"");
    }

    @Test
    void everyCellAsJsonAndOnTheDatasetsDayTheYearIsOver() throws IOException {
        Run json = run("what-it-takes", "--data", seed.toString(), "--on", "2025-09-01", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode root = new JsonMapper().readTree(json.out());
        assertThat(root.get("cells")).hasSize(6);
        assertThat(root.get("cells").get(0).get("code").asText()).isEqualTo("CB-HCTC");
        JsonNode kgvx = root.get("cells").get(1).get("paths").get(0);
        assertThat(kgvx.get("reachable").asBoolean()).isTrue();
        assertThat(kgvx.get("steps").get(0).get("candidates").get(0).get("due").asText()).isEqualTo("2025-10-10");

        Run late = run("what-it-takes", "--data", seed.toString(), "--cell", "CB-TH", "--lang", "en");
        assertThat(late.out()).contains("the year 2025 is over on 02/02/2026: no further work counts");
    }

    @Test
    void anUnknownCellIsAnError() {
        Run r = run("what-it-takes", "--data", seed.toString(), "--cell", "CB-X9", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--cell: no organisation with code CB-X9 in the dataset");
        Run committee = run("what-it-takes", "--data", seed.toString(), "--cell", "ĐB-VPUBND", "--lang", "en");
        assertThat(committee.err()).contains("--cell: ĐB-VPUBND is not a cell");
    }
}
