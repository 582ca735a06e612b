package vn.ktgs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.validation.Validation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.Scorecard;

/** The seed scenario over JDBC — H2 and a real PostgreSQL — scores exactly as in memory. */
class JdbcExampleTest {

    private static List<String> inMemory;

    @BeforeAll
    static void scoreInMemory() {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        Ktgs ktgs = Ktgs.builder(Ports.inMemory(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        inMemory = lines(ktgs.scoring().score(seed.committee().id(), 2025, JsonCriteriaSets.shippedDefault(),
                List.of(seed.plan65().id())));
    }

    /** Code, total, level and every criterion's points: what must not depend on where the records are kept. */
    private static List<String> lines(CommitteeScores scores) {
        return scores.cells().stream().map((Scorecard c) -> c.code() + " " + c.total().stripTrailingZeros()
                + " " + c.level() + " " + c.criteria().stream().map(r -> r.points().stripTrailingZeros().toPlainString())
                .toList()).toList();
    }

    @Test
    void onH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jdbc-example-test;DB_CLOSE_DELAY=-1");
        CommitteeScores scores = JdbcExample.run(h2);
        assertThat(lines(scores)).isEqualTo(inMemory).hasSize(6);
        assertThat(inMemory.get(2)).startsWith("CB-KT 95 GOOD");
        assertThat(inMemory.get(3)).startsWith("CB-NC 95 EXCELLENT");
    }

    @Test
    void onPostgreSql() throws IOException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            assertThat(lines(JdbcExample.run(pg.getPostgresDatabase()))).isEqualTo(inMemory);
        }
    }
}
