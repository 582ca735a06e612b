package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.testing.contract.TestData;

/**
 * The core services over the JDBC ports ({@code Ktgs.builder(jdbcPorts, validator, clock)}): text arrives in any
 * normalisation form and is stored in NFC; several calls run in one transaction, the library's or the host's.
 */
class TransactionsTest extends DatabaseTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private Ktgs ktgs(Ports p) {
        Validator v = factory.getValidator();
        return Ktgs.builder(p, v, TestDatabase.CLOCK).build();
    }

    private static RegisterOrganisation cell(String code, String name, Organisation parent) {
        return new RegisterOrganisation(code, name, OrganisationKind.SUBORDINATE_CELL, parent.id(),
                LocalDate.of(2024, 1, 2));
    }

    @Test
    void storesTextTheServicesReceivedInNfdAsNfc() throws Exception {
        String nfd = Normalizer.normalize("Chi bộ Phòng Tổng hợp – Đảng ủy Ấn Ưng", Normalizer.Form.NFD);
        Organisation o = ktgs(ports).organisations().register(cell("ĐUK-VP-07", nfd, world.committee)).orThrow();

        String stored = (String) scalar("SELECT name FROM \"ktgs\".ktgs_organisation WHERE id = '" + o.id() + "'");
        assertThat(stored).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC)).isNotEqualTo(nfd);
        assertThat(ports.organisations().findByCode("ĐUK-VP-07").orElseThrow().name()).isEqualTo(stored);
    }

    @Test
    void storesAllOrNothingOfSeveralCallsInOneTransaction() {
        Ktgs k = ktgs(ports);

        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
            k.organisations().register(cell("ĐUK-VP-05", "Chi bộ Năm", world.committee)).orThrow();
            Organisation stale = new Organisation(world.cellA.id(), world.cellA.code(), "cũ", world.cellA.kind(),
                    world.cellA.parent(), world.cellA.established(), world.cellA.assignments(), 5);
            ports.organisations().save(stale);
        })).isInstanceOf(ConflictException.class);
        assertThat(ports.organisations().findByCode("ĐUK-VP-05")).isEmpty();

        jdbc.inTransaction(() -> {
            k.organisations().register(cell("ĐUK-VP-05", "Chi bộ Năm", world.committee)).orThrow();
            k.organisations().register(cell("ĐUK-VP-06", "Chi bộ Sáu", world.committee)).orThrow();
        });
        assertThat(ports.organisations().children(world.committee.id())).extracting(Organisation::code)
                .containsExactly("ĐUK-VP-01", "ĐUK-VP-02", "ĐUK-VP-05", "ĐUK-VP-06");
    }

    @Test
    void undoesAFailedSaveInsideATransactionThatGoesOn() {
        Member stray = new Member(MemberId.random(), "DV-0405", "Hoàng Văn Lạc",
                List.of(new Member.Membership(world.cellA.id(), DateRange.from(LocalDate.of(2020, 1, 1)),
                        MembershipStatus.FULL), new Member.Membership(OrganisationId.random(),
                        DateRange.from(LocalDate.of(2021, 1, 1)), MembershipStatus.FULL)), List.of(), 1);
        Member good = TestData.member("DV-0406", "Đinh Thị Ổn", world.cellB.id());

        jdbc.inTransaction(() -> {
            assertThatThrownBy(() -> ports.members().save(stray)).isInstanceOf(KtgsDataAccessException.class);
            ports.members().save(good);
        });

        assertThat(ports.members().find(stray.id())).isEmpty();
        assertThat(ports.members().findByCode("DV-0405")).isEmpty();
        assertThat(ports.members().find(good.id())).contains(good);
    }

    @Test
    void runsItsOwnTransactionOnAHostConnectionInAutoCommit() {
        Ports inHost = JdbcPorts.create(db.dataSource(), JdbcOptions.builder(Actor.fixed(TestDatabase.ACTOR),
                TestDatabase.CLOCK).hostTransactions().build());
        Member stray = new Member(MemberId.random(), "DV-0407", "Hoàng Văn Lạc",
                List.of(new Member.Membership(OrganisationId.random(), DateRange.from(LocalDate.of(2020, 1, 1)),
                        MembershipStatus.FULL)), List.of(), 1);

        assertThatThrownBy(() -> inHost.members().save(stray)).isInstanceOf(KtgsDataAccessException.class);
        assertThat(ports.members().findByCode("DV-0407")).isEmpty();
    }

    @Test
    void commitsOrRollsBackWithTheHostsTransaction() throws Exception {
        try (Connection host = db.dataSource().getConnection()) {
            host.setAutoCommit(false);
            Ports inHost = JdbcPorts.create(sameConnection(host), JdbcOptions.builder(
                    Actor.fixed(TestDatabase.ACTOR), TestDatabase.CLOCK).hostTransactions().build());
            Organisation first = TestData.organisation("H-01", "Chi bộ Một", OrganisationKind.GRASSROOTS_CELL,
                    world.bloc.id());
            Organisation second = TestData.organisation("H-02", "Chi bộ Hai", OrganisationKind.GRASSROOTS_CELL,
                    world.bloc.id());

            inHost.organisations().save(first);
            host.rollback();
            assertThat(ports.organisations().find(first.id())).isEmpty();

            inHost.organisations().save(first);
            inHost.organisations().save(second);
            assertThat(ports.organisations().find(first.id())).isEmpty();
            host.commit();
            assertThat(ports.organisations().find(first.id())).contains(first);
            assertThat(ports.organisations().find(second.id())).contains(second);
            assertThat(jdbc.auditTrail("Organisation", second.id().value())).hasSize(1);
        }
    }

    /** A host's transaction-aware DataSource: hands out the host's connection, whose close() does nothing. */
    private static DataSource sameConnection(Connection host) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(TransactionsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, args) -> m.getName().equals("close") ? null
                        : m.invoke(host, args));
        return (DataSource) Proxy.newProxyInstance(TransactionsTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, args) -> {
                    if (m.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
