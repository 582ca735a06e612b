package vn.ktgs.examples.spring;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The seed scenario over HTTP, on the sample's own H2 DataSource ({@code application.properties}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:seed-over-http;DB_CLOSE_DELAY=-1")
@Import(SeedOverHttp.DatasetDay.class)
class SeedOverHttpH2Test extends SeedOverHttp {
}
