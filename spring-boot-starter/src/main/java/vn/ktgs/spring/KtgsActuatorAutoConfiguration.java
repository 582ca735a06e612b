package vn.ktgs.spring;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ktgs.jdbc.JdbcPorts;

/**
 * Where Boot users look: the health component {@code ktgs} (the library's schema, {@link KtgsSchemaHealthIndicator};
 * {@code management.health.ktgs.enabled=false} turns it off) and Micrometer timers ({@link KtgsMetrics}) when the
 * application has Micrometer.
 */
@AutoConfiguration(after = KtgsAutoConfiguration.class)
@ConditionalOnBean(JdbcPorts.class)
public class KtgsActuatorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("ktgs")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "ktgsHealthIndicator")
        KtgsSchemaHealthIndicator ktgsHealthIndicator(DataSource dataSource, KtgsProperties properties) {
            return new KtgsSchemaHealthIndicator(dataSource, properties.getJdbc().getSchema());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {
        /** Timers in the application's registry; nothing recorded while it has none. */
        @Bean
        @ConditionalOnMissingBean
        KtgsMetrics ktgsMetrics(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry r = registry.getIfAvailable();
            return r == null ? KtgsMetrics.none() : new MicrometerKtgsMetrics(r);
        }
    }
}
