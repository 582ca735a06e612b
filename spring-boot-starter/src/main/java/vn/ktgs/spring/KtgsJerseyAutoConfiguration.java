package vn.ktgs.spring;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jersey.autoconfigure.JerseyAutoConfiguration;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import vn.ktgs.Ktgs;
import vn.ktgs.rest.CallerResolver;
import vn.ktgs.rest.KtgsRestApplication;
import vn.ktgs.scoring.CriteriaSetRegistry;

/**
 * The library's REST API ({@link KtgsRestApplication}) on Spring Boot's Jersey — the one Jakarta REST runtime the
 * starter supports — under {@code spring.jersey.application-path}. It needs a {@link CallerResolver} bean: the
 * starter never decides by itself who a caller is (define one, or add {@code ktgs-adapters-auth-jwt} and set {@code ktgs.auth.jwt.*}:
 * {@link KtgsJwtAutoConfiguration}).
 */
@AutoConfiguration(after = {KtgsAutoConfiguration.class, KtgsJwtAutoConfiguration.class},
        before = JerseyAutoConfiguration.class)
@ConditionalOnClass(ResourceConfig.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({Ktgs.class, CallerResolver.class})
@ConditionalOnProperty(prefix = "ktgs.rest", name = "enabled", havingValue = "true", matchIfMissing = true)
public class KtgsJerseyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public KtgsRestApplication ktgsRestApplication(Ktgs ktgs, CallerResolver callers, CriteriaSetRegistry criteria,
                                                   KtgsProperties properties) {
        return KtgsRestApplication.builder(ktgs, callers).criteriaSets(criteria)
                .bodyLimit(properties.getRest().getBodyLimit())
                .idempotencyCapacity(properties.getRest().getIdempotencyCapacity()).build();
    }

    /** The Jersey application Spring Boot serves, when the application has none of its own. */
    @Bean
    @ConditionalOnMissingBean
    public ResourceConfig ktgsResourceConfig() {
        return new ResourceConfig();
    }

    /** Registers the library's resources and providers (and the scoring timer) on Boot's Jersey. */
    @Bean
    public ResourceConfigCustomizer ktgsResourceConfigCustomizer(KtgsRestApplication application,
                                                                 ObjectProvider<KtgsMetrics> metrics) {
        return config -> {
            config.registerInstances(application.getSingletons().toArray());
            KtgsMetrics m = metrics.getIfAvailable();
            if (m != null) {
                config.register(new ScoringTimingFilter(m));
            }
        };
    }
}
