package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetExporter;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.DatasetWriter;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.report.TimelinessLine;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Scorecard;

/** The shipped sample dataset is the seed scenario: same file as an export of it, same scores, same reports. */
class SeedDatasetTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static Ktgs seedKtgs;
    private static SeedScenario seed;
    private static Ktgs imported;
    private static String shipped;

    @BeforeAll
    static void load() throws IOException {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        seedKtgs = Ktgs.builder(Ports.inMemory(), VALIDATOR, clock).build();
        seed = SeedScenario.load(seedKtgs, clock);
        try (InputStream in = SeedDatasetTest.class.getResourceAsStream(SeedDataset.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        imported = new DatasetImporter(VALIDATOR).replay(DatasetReader.read(
                new java.io.ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theShippedFileIsTheExportOfTheSeedScenario() {
        assertThat(DatasetWriter.toJson(SeedDataset.export())).isEqualTo(shipped);
    }

    @Test
    void importingTheFileGivesTheSeedScenariosScorecards() {
        CommitteeScores expected = seedKtgs.scoring().score(seed.committee().id(), 2025,
                JsonCriteriaSets.shippedDefault(), List.of(seed.plan65().id()));
        OrganisationId committee = imported.organisations().organisationByCode("ĐB-VPUBND").orElseThrow().id();
        var plan65 = imported.ports().documents().ofIssuer(committee).get(0);
        CommitteeScores actual = imported.scoring().score(committee, 2025, JsonCriteriaSets.shippedDefault(),
                List.of(plan65.id()));
        assertThat(actual.cells()).extracting(Scorecard::code, Scorecard::total, Scorecard::level)
                .containsExactlyElementsOf(expected.cells().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.total(), c.level())).toList());
        assertThat(actual.cells()).extracting(Scorecard::code).contains("CB-TTPV", "CB-KT");
        assertThat(actual.allTargetsMet()).isEqualTo(expected.allTargetsMet());
    }

    @Test
    void importingTheFileGivesTheSeedScenariosQuarterlyFiguresAndTimeliness() {
        OrganisationId committee = imported.organisations().organisationByCode("ĐB-VPUBND").orElseThrow().id();
        for (String code : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025")) {
            ReportingPeriod period = ReportingPeriod.parse(code);
            assertThat(imported.reports().reportFor(committee, period).orElseThrow().figures())
                    .as(code).isEqualTo(seedKtgs.reports().reportFor(seed.committee().id(), period).orElseThrow()
                            .figures());
            assertThat(imported.reports().timeliness(committee, period)).extracting(TimelinessLine::code,
                            TimelinessLine::status, TimelinessLine::daysLate)
                    .as(code).containsExactlyElementsOf(seedKtgs.reports().timeliness(seed.committee().id(), period)
                            .stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.code(), l.status(), l.daysLate()))
                            .toList());
        }
    }

    @Test
    void exportOfTheImportIsTheSameFile() {
        Dataset again = DatasetExporter.export(imported.ports(), "ĐB-VPUBND", 2025, SeedScenario.SCORING_DAY,
                List.of("65-KH/ĐU"));
        assertThat(DatasetWriter.toJson(again)).isEqualTo(shipped);
    }
}
