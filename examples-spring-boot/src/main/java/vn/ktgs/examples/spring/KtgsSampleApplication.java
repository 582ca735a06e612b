package vn.ktgs.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import vn.ktgs.Ktgs;
import vn.ktgs.rest.CallerResolver;
import vn.ktgs.rest.TrustedHeaderCallerResolver;
import vn.ktgs.spring.KtgsImports;

/**
 * A Spring Boot application embedding KTGS through {@code ktgs-spring-boot-starter}: the application supplies its
 * DataSource (here H2 from {@code application.properties}) and who the caller is; the starter supplies the rest.
 * It adds one resource of its own, {@code POST /datasets} (import a dataset document).
 *
 * <p>Run {@link #main} from an IDE (port 8080); the tests start it on a random port.
 */
@SpringBootApplication
public class KtgsSampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(KtgsSampleApplication.class, args);
    }

    /**
     * Who the caller is, with {@code sample.trusted-headers=true} (the sample's default): the trusted headers
     * {@code X-KTGS-Member} and {@code X-KTGS-Authority}, for the demo and its tests only — anyone who reaches the
     * server can claim to be anyone. With {@code sample.trusted-headers=false} and {@code ktgs.auth.jwt.*} set, the
     * starter verifies bearer tokens instead ({@code ktgs-adapters-auth-jwt}).
     */
    @Bean
    @ConditionalOnProperty(name = "sample.trusted-headers", havingValue = "true")
    CallerResolver callerResolver() {
        return new TrustedHeaderCallerResolver();
    }

    /** The application's own resource beside the library's, on the same Jersey application. */
    @Bean
    ResourceConfigCustomizer datasetResource(KtgsImports imports, Ktgs ktgs, CallerResolver callers) {
        return config -> config.register(new DatasetResource(imports, ktgs, callers));
    }
}
