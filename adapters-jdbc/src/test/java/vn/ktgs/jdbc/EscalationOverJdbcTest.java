package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.followup.Notice;
import vn.ktgs.followup.NoticeRun;
import vn.ktgs.followup.Overdue;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.followup.SentNotice;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.RoleKind;

/**
 * Escalation over the JDBC ports: what was sent is remembered in {@code ktgs_sent_notice}, so that after the
 * adapter is opened again on the same database (a restart) the same day sends nothing and a later day sends only
 * the next steps. In the test world resolution 02-NQ/ĐU (20/9/2024) was disseminated in cell B only; cell A's two
 * members are not reached (due 20/10/2024, 30 days after the issue).
 */
class EscalationOverJdbcTest extends DatabaseTest {

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
        return Ktgs.builder(p, factory.getValidator(), TestDatabase.CLOCK).build();
    }

    @Test
    void aRestartedAdapterSendsNothingTwiceAndTheNextStepOnTheDayItIsReached() {
        // Đức (cell B) is made a BCH member and assigned to cell A: step 2 goes to him
        ktgs(ports).organisations().appoint(new Appoint(world.duc.id(), world.committee.id(),
                RoleKind.EXECUTIVE_COMMITTEE_MEMBER, LocalDate.of(2020, 10, 1), null)).orThrow();
        ktgs(ports).organisations().assign(new Assign(world.duc.id(), world.cellA.id(), LocalDate.of(2020, 10, 1),
                null)).orThrow();
        ports.disseminations().save(new Dissemination(DisseminationId.random(), world.resolution.id(),
                world.cellB.id(), LocalDate.of(2024, 10, 1), List.of(world.duc.id()), "", 1));
        LocalDate first = LocalDate.of(2024, 11, 3); // 14 days overdue: step 1
        List<Notice> delivered = new ArrayList<>();

        NoticeRun run1 = ktgs(ports).followUp().notify(world.committee.id(), first, delivered::add);
        List<Overdue> notReached = run1.sent().stream().map(Notice::item)
                .filter(o -> o.kind() == OverdueKind.MEMBER_NOT_REACHED).toList();
        assertThat(notReached).extracting(Overdue::member).containsExactlyInAnyOrder(world.ung.id(), world.an.id());
        assertThat(notReached).allSatisfy(o -> assertThat(o.escalation().step()).isEqualTo(1));

        Ktgs restarted = ktgs(db.open().ports());
        NoticeRun run2 = restarted.followUp().notify(world.committee.id(), first, delivered::add);
        assertThat(run2.sent()).isEmpty();
        assertThat(run2.alreadySent()).isEqualTo(run1.sent().size());

        NoticeRun run3 = restarted.followUp().notify(world.committee.id(), first.plusDays(1), delivered::add);
        assertThat(run3.sent()).extracting(n -> n.item().member(), Notice::step).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(world.ung.id(), 2), org.assertj.core.groups.Tuple.tuple(
                        world.an.id(), 2));
        assertThat(run3.sent()).allSatisfy(n -> assertThat(n.recipients()).containsExactly(world.duc.id()));
        assertThat(delivered).hasSize(run1.sent().size() + 2);

        Overdue ung = notReached.stream().filter(o -> o.member().equals(world.ung.id())).findFirst().orElseThrow();
        assertThat(ktgs(db.open().ports()).followUp().sentFor(ung.key())).extracting(SentNotice::step,
                SentNotice::sentOn, SentNotice::organisation).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, first, world.cellA.id()),
                        org.assertj.core.groups.Tuple.tuple(2, first.plusDays(1), world.cellA.id()));
    }
}
