package vn.ktgs.examples;

import jakarta.validation.Validation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.ktgs.testing.MovableClock;
import vn.ktgs.Ktgs;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.ScorecardText;

/**
 * Embedding over JDBC: the seed scenario stored in a relational database through {@link JdbcPorts} (the schema
 * migrated by the library), then scored with the committee's year loaded set-based. Any {@link DataSource} the
 * host has will do; {@code main} uses an in-memory H2 database, or the JDBC URL given as first argument.
 */
public final class JdbcExample {

    private JdbcExample() {
    }

    /** Loads the seed scenario into {@code dataSource} and scores it. */
    public static CommitteeScores run(DataSource dataSource) {
        MovableClock clock = new MovableClock(LocalDate.of(2024, 6, 1));
        JdbcPorts jdbc = JdbcPorts.open(dataSource, JdbcOptions.builder(Actor.fixed("vi-du@ktgs"), clock)
                .migrate(true).build());
        Ktgs ktgs = Ktgs.builder(jdbc.ports(), Validation.buildDefaultValidatorFactory().getValidator(), clock)
                .yearRecords(jdbc.yearRecords())
                .build();
        SeedScenario seed = SeedScenario.load(ktgs, clock);
        return ktgs.scoring().score(seed.committee().id(), SeedScenario.YEAR, JsonCriteriaSets.shippedDefault(),
                List.of(seed.plan65().id()));
    }

    public static void main(String[] args) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(args.length > 0 ? args[0] : "jdbc:h2:mem:ktgs-example;DB_CLOSE_DELAY=-1");
        new PrintStream(System.out, true, StandardCharsets.UTF_8)
                .print(ScorecardText.render(run(h2), Locale.forLanguageTag("vi")));
    }
}
