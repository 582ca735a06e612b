package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.testing.contract.TestData;

/** Every save records who (the host's {@link Actor}), when (the injected clock), what, and before and after. */
class AuditTrailTest extends DatabaseTest {

    @Test
    void recordsWhoWhenAndTheStateBeforeAndAfterOfEachVersion() {
        AtomicReference<String> caller = new AtomicReference<>("Tôn Thất Ấn");
        Clock day1 = Clock.fixed(Instant.parse("2025-01-02T01:00:00Z"), TestDatabase.VIETNAM);
        JdbcPorts first = JdbcPorts.open(db.dataSource(), JdbcOptions.builder(caller::get, day1).build());
        Organisation o = TestData.organisation("ĐUK-VP-09", "Chi bộ Phòng Quản trị – Tài vụ",
                OrganisationKind.SUBORDINATE_CELL, world.committee.id());
        first.ports().organisations().save(o);
        caller.set("Nguyễn Thị Ưng");
        Clock day2 = Clock.fixed(Instant.parse("2025-02-03T08:30:00Z"), TestDatabase.VIETNAM);
        JdbcPorts second = JdbcPorts.open(db.dataSource(), JdbcOptions.builder(caller::get, day2).build());
        Organisation renamed = new Organisation(o.id(), o.code(), "Chi bộ Phòng Quản trị", o.kind(), o.parent(),
                o.established(), o.assignments(), 2);
        second.ports().organisations().save(renamed);

        List<AuditEntry> trail = jdbc.auditTrail("Organisation", o.id().value());
        assertThat(trail).extracting(AuditEntry::version).containsExactly(1L, 2L);
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("Tôn Thất Ấn", "Nguyễn Thị Ưng");
        assertThat(trail).extracting(AuditEntry::recordedAt).containsExactly(day1.instant(), day2.instant());
        assertThat(trail.get(0).beforeState()).isEmpty();
        assertThat(trail.get(0).after()).contains("\"name\":\"Chi bộ Phòng Quản trị – Tài vụ\"")
                .contains("\"established\":\"2020-01-01\"");
        assertThat(trail.get(1).beforeState()).contains(trail.get(0).after());
        assertThat(trail.get(1).after()).contains("\"name\":\"Chi bộ Phòng Quản trị\"").contains("\"version\":2");
    }

    @Test
    void recordsNothingForARejectedSave() throws Exception {
        long before = count("audit");
        Organisation stale = new Organisation(world.cellA.id(), world.cellA.code(), "cũ", world.cellA.kind(),
                world.cellA.parent(), LocalDate.of(2020, 1, 1), List.of(), 3);

        assertThatThrownBy(() -> ports.organisations().save(stale)).isInstanceOf(ConflictException.class);
        assertThat(count("audit")).isEqualTo(before);
    }

    @Test
    void refusesASaveWithoutANamedCaller() throws Exception {
        JdbcPorts anonymous = JdbcPorts.open(db.dataSource(), JdbcOptions.builder(() -> " ",
                TestDatabase.CLOCK).build());
        Organisation o = TestData.organisation("X-01", "Chi bộ X", OrganisationKind.GRASSROOTS_CELL,
                world.bloc.id());

        assertThatThrownBy(() -> anonymous.ports().organisations().save(o))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ports.organisations().find(o.id())).isEmpty();
    }
}
