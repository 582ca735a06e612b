package vn.ktgs.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.document.Document;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Level;
import vn.ktgs.scoring.Scorecard;

/**
 * A host embedding KTGS over H2 with nothing but the published artifacts: the library's migrations, the seed
 * dataset imported, the committee's cells scored under the shipped default criteria set for 65-KH/ĐU.
 */
class ConsumerTest {

    @Test
    void scoresTheSeedDatasetOverH2FromThePublishedArtifacts() throws IOException {
        Dataset dataset;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("ktgs.seed")))) {
            dataset = DatasetReader.read(in);
        }
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        Clock clock = Clock.fixed(dataset.asOf().atTime(9, 0).atZone(hanoi).toInstant(), hanoi);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:consumer;DB_CLOSE_DELAY=-1");
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            JdbcPorts jdbc = JdbcPorts.open(h2, JdbcOptions.builder(Actor.fixed("consumer"), clock)
                    .migrate(true).build());
            DatasetImporter.Result loaded = jdbc.inTransaction(() -> new DatasetImporter(validation.getValidator())
                    .importInto(dataset, jdbc.ports()));
            assertThat(loaded.written()).isTrue();
            assertThat(loaded.members()).isEqualTo(30);

            Ktgs ktgs = Ktgs.builder(jdbc.ports(), validation.getValidator(), clock)
                    .yearRecords(jdbc.yearRecords()).build();
            Organisation committee = ktgs.organisations().organisationByCode("ĐB-VPUBND").orElseThrow();
            assertThat(committee.name()).isEqualTo("Đảng bộ Văn phòng UBND tỉnh");
            Document plan65 = ktgs.ports().documents().all().stream()
                    .filter(d -> d.number().format().equals("65-KH/ĐU")).findFirst().orElseThrow();

            CommitteeScores scores = ktgs.scoring().score(committee.id(), 2025, JsonCriteriaSets.shippedDefault(),
                    List.of(plan65.id()));

            assertThat(scores.cells()).extracting(Scorecard::code)
                    .containsExactly("CB-HCTC", "CB-KGVX", "CB-KT", "CB-NC", "CB-TH", "CB-TTPV");
            assertThat(scores.cells()).extracting(c -> c.total().stripTrailingZeros().toPlainString())
                    .containsExactly("89.5", "87.5", "95", "95", "92.5", "78.5");
            assertThat(scores.cells()).extracting(Scorecard::level).containsExactly(Level.GOOD, Level.GOOD,
                    Level.GOOD, Level.EXCELLENT, Level.GOOD, Level.NOT_COMPLETED);
        }
    }
}
