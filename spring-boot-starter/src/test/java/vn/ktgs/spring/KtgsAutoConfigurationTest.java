package vn.ktgs.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.glassfish.jersey.server.ResourceConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jersey.autoconfigure.JerseyAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import vn.ktgs.Ktgs;
import vn.ktgs.jdbc.Actor;
import vn.ktgs.jdbc.JdbcOptions;
import vn.ktgs.jdbc.KtgsSchema;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.rest.CallerResolver;
import vn.ktgs.rest.KtgsRestApplication;
import vn.ktgs.rest.TrustedHeaderCallerResolver;

/** What the starter wires, what it leaves to the application, and its switches. */
class KtgsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, KtgsAutoConfiguration.class,
                    KtgsActuatorAutoConfiguration.class))
            .withBean(DataSource.class, KtgsAutoConfigurationTest::h2);

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static boolean hasTable(DataSource ds, String schema, String table) throws Exception {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, null, null)) {
            while (rs.next()) {
                if (rs.getString("TABLE_SCHEM").equalsIgnoreCase(schema)
                        && rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    void wiresTheLibraryOverTheApplicationsDataSourceValidatorAndAHanoiClock() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Ktgs.class);
            Ktgs ktgs = context.getBean(Ktgs.class);
            assertThat(ktgs.clock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
            assertThat(context.getBean(jakarta.validation.Validator.class))
                    .as("Boot's validator, not one of the starter's").isInstanceOf(LocalValidatorFactoryBean.class);
            assertThat(hasTable(context.getBean(DataSource.class), "ktgs", KtgsSchema.HISTORY_TABLE)).isTrue();
            var committee = ktgs.organisations().register(new RegisterOrganisation("ĐB-THỬ", "Đảng bộ Thử nghiệm",
                    OrganisationKind.GRASSROOTS_COMMITTEE, null, java.time.LocalDate.of(2020, 1, 1))).orThrow();
            assertThat(ktgs.organisations().organisationByCode("ĐB-THỬ")).get()
                    .satisfies(o -> assertThat(o.name()).isEqualTo("Đảng bộ Thử nghiệm"))
                    .satisfies(o -> assertThat(o.id()).isEqualTo(committee.id()));

            Health health = context.getBean(KtgsSchemaHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("schema", "ktgs").containsEntry("version", "4");
            assertThat(context).doesNotHaveBean(KtgsRestApplication.class);
        });
    }

    @Test
    void theWiredLibraryChecksEachCallersAccessInCoreAsTheRestApiDoes() {
        runner.run(context -> {
            Ktgs ktgs = context.getBean(Ktgs.class);
            var day = java.time.LocalDate.of(2020, 1, 1);
            var admin = ktgs.as(vn.ktgs.access.Caller.administrator());
            var committee = admin.organisations().register(new RegisterOrganisation("ĐB-THỬ", "Đảng bộ Thử nghiệm",
                    OrganisationKind.GRASSROOTS_COMMITTEE, null, day)).orThrow();
            var cell = admin.organisations().register(new RegisterOrganisation("CB-THỬ", "Chi bộ Thử nghiệm",
                    OrganisationKind.SUBORDINATE_CELL, committee.id(), day)).orThrow();
            var m = admin.organisations().registerMember(
                    new vn.ktgs.organisation.OrganisationCommands.RegisterMember("DV01", "Lê Thị Ánh")).orThrow();
            admin.organisations().enrol(new vn.ktgs.organisation.OrganisationCommands.Enrol(m.id(), cell.id(), day,
                    vn.ktgs.organisation.MembershipStatus.FULL)).orThrow();
            var member = ktgs.as(vn.ktgs.access.Caller.member(m.id()));
            assertThat(member.organisations().organisation(cell.id()).code()).isEqualTo("CB-THỬ");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> member.organisations().register(
                    new RegisterOrganisation("CB-KHÁC", "Chi bộ Khác", OrganisationKind.SUBORDINATE_CELL,
                            committee.id(), day))).isInstanceOf(vn.ktgs.access.AccessDeniedException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> member.reports().compile(
                    new vn.ktgs.report.ReportCommands.Compile(cell.id(), "2025-Q1", "Báo cáo quý I")))
                    .isInstanceOf(vn.ktgs.access.AccessDeniedException.class);
            assertThat(ktgs.organisations().organisationByCode("CB-KHÁC")).as("nothing stored").isEmpty();
            assertThat(member.organisations().readable()).extracting(o -> o.code()).containsExactly("CB-THỬ");
        });
    }

    @Test
    void migrationsAreSwitchableAndTheHealthThenSaysDownWithThePendingVersions() {
        runner.withPropertyValues("ktgs.jdbc.migrate=false", "ktgs.jdbc.schema=host_owned").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(hasTable(context.getBean(DataSource.class), "host_owned", KtgsSchema.HISTORY_TABLE)).isFalse();
            Health health = context.getBean(KtgsSchemaHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("schema", "host_owned").containsEntry("version", "none");
            assertThat((String[]) health.getDetails().get("pending")).containsExactly("1", "2", "4");
        });
    }

    @Test
    void theHealthComponentCanBeTurnedOff() {
        runner.withPropertyValues("management.health.ktgs.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KtgsSchemaHealthIndicator.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

        @Bean
        Clock applicationClock() {
            return CLOCK;
        }

        @Bean
        Actor applicationActor() {
            return Actor.fixed("Nguyễn Thị Ưng");
        }
    }

    @Test
    void backsOffWhereTheApplicationDefinesItsOwnBeans() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Clock.class).hasSingleBean(Actor.class);
            assertThat(context.getBean(Ktgs.class).clock()).isSameAs(OwnBeans.CLOCK);
            JdbcOptions options = context.getBean(JdbcOptions.class);
            assertThat(options.actor().current()).isEqualTo("Nguyễn Thị Ưng");
            assertThat(options.clock()).isSameAs(OwnBeans.CLOCK);
        });
        Ktgs own = Ktgs.builder(vn.ktgs.Ports.inMemory(),
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator(), OwnBeans.CLOCK).build();
        runner.withBean(Ktgs.class, () -> own).run(context -> assertThat(context.getBean(Ktgs.class)).isSameAs(own));
    }

    @Test
    void withoutADataSourceItWiresNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KtgsAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Ktgs.class));
    }

    @Test
    void timersGoToTheApplicationsMeterRegistry() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context.getBean(KtgsMetrics.class)).isInstanceOf(MicrometerKtgsMetrics.class);
            context.getBean(KtgsMetrics.class).imported("written", java.time.Duration.ofMillis(5));
            assertThat(context.getBean(MeterRegistry.class).get(KtgsMetrics.IMPORT).tag("outcome", "written")
                    .timer().count()).isEqualTo(1);
        });
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, KtgsAutoConfiguration.class,
                    KtgsJerseyAutoConfiguration.class, JerseyAutoConfiguration.class))
            .withBean(DataSource.class, KtgsAutoConfigurationTest::h2);

    @Test
    void theRestApiNeedsACallerResolverAndCanBeTurnedOff() {
        web.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KtgsRestApplication.class));
        web.withBean(CallerResolver.class, TrustedHeaderCallerResolver::new).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(KtgsRestApplication.class)
                    .hasSingleBean(ResourceConfig.class);
            ResourceConfig config = context.getBean(ResourceConfig.class);
            assertThat(config.getInstances()).hasAtLeastOneElementOfType(
                    vn.ktgs.rest.resources.ScoringResource.class);
        });
        web.withBean(CallerResolver.class, TrustedHeaderCallerResolver::new)
                .withPropertyValues("ktgs.rest.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KtgsRestApplication.class));
    }

    @Test
    void theDefaultsAreTheLibrarysAndTheMetadataListsThem() throws Exception {
        KtgsProperties defaults = new KtgsProperties();
        assertThat(defaults.getJdbc().getSchema()).isEqualTo(KtgsSchema.DEFAULT_SCHEMA);
        assertThat(defaults.getRest().getBodyLimit()).isEqualTo(KtgsRestApplication.DEFAULT_BODY_LIMIT);
        assertThat(defaults.getRest().getIdempotencyCapacity())
                .isEqualTo(KtgsRestApplication.DEFAULT_IDEMPOTENCY_CAPACITY);
        assertThat(defaults.getJdbc().isMigrate()).isTrue();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
            var metadata = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var names = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
            metadata.path("properties").forEach(p -> names.put(p.path("name").asText(), p));
            assertThat(names).containsKeys("ktgs.jdbc.schema", "ktgs.jdbc.migrate", "ktgs.jdbc.actor",
                    "ktgs.rest.enabled", "ktgs.rest.body-limit", "ktgs.rest.idempotency-capacity");
            assertThat(names.get("ktgs.jdbc.migrate").path("defaultValue").asBoolean()).isTrue();
            assertThat(names.get("ktgs.jdbc.schema").path("defaultValue").asText()).isEqualTo("ktgs");
            assertThat(names.get("ktgs.jdbc.migrate").path("description").asText()).contains("Flyway");
        }
    }
}
