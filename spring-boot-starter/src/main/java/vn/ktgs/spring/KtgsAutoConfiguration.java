package vn.ktgs.spring;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.ktgs.Ktgs;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.JdbcPorts;
import vn.ktgs.rest.KtgsRestApplication;
import vn.ktgs.scoring.CriteriaSetRegistry;

/**
 * The library over the application's {@link DataSource}: the JDBC adapter ({@link JdbcPorts}, migrating the
 * library's schema unless {@code ktgs.jdbc.migrate=false}), the application's Bean Validation {@link Validator} and
 * a {@link Clock} in Asia/Ho_Chi_Minh, wired into {@link Ktgs}. Every bean backs off when the application defines
 * its own.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, ValidationAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(KtgsProperties.class)
public class KtgsAutoConfiguration {

    /** The zone of the library's calendar. */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The system clock in Asia/Ho_Chi_Minh: the library's "today". */
    @Bean
    @ConditionalOnMissingBean
    public Clock ktgsClock() {
        return Clock.system(HANOI);
    }

    /** A Bean Validation validator, only for an application without one (Boot's validation normally provides it). */
    @Bean
    @ConditionalOnMissingBean(Validator.class)
    public Validator ktgsValidator() {
        return Validation.buildDefaultValidatorFactory().getValidator();
    }

    /** Who the audit trail names: {@code ktgs.jdbc.actor}. */
    @Bean
    @ConditionalOnMissingBean
    public Actor ktgsActor(KtgsProperties properties) {
        return Actor.fixed(properties.getJdbc().getActor());
    }

    @Bean
    @ConditionalOnMissingBean
    public JdbcOptions ktgsJdbcOptions(KtgsProperties properties, Actor actor, Clock clock) {
        return JdbcOptions.builder(actor, clock).schema(properties.getJdbc().getSchema())
                .migrate(properties.getJdbc().isMigrate()).build();
    }

    /** The JDBC adapter; opening it runs the migrations when {@code ktgs.jdbc.migrate} is on. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcPorts ktgsJdbcPorts(DataSource dataSource, JdbcOptions options) {
        return JdbcPorts.open(dataSource, options);
    }

    @Bean
    @ConditionalOnMissingBean
    public Ktgs ktgs(JdbcPorts jdbc, Validator validator, Clock clock) {
        return Ktgs.builder(jdbc.ports(), validator, clock).yearRecords(jdbc.yearRecords()).build();
    }

    /** The criteria sets served and used for scoring: the shipped default set for 65-KH/ĐU. */
    @Bean
    @ConditionalOnMissingBean
    public CriteriaSetRegistry ktgsCriteriaSets() {
        return KtgsRestApplication.shippedCriteriaSets();
    }

    @Bean
    @ConditionalOnMissingBean
    public KtgsImports ktgsImports(JdbcPorts jdbc, Validator validator, ObjectProvider<KtgsMetrics> metrics) {
        return new KtgsImports(jdbc, validator, metrics.getIfAvailable(KtgsMetrics::none));
    }
}
