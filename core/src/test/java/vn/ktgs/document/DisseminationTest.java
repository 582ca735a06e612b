package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

/** Cells disseminating the resolution and the plan to their members (S8). */
class DisseminationTest {

    private static final LocalDate TODAY = DocumentServiceTest.TODAY;
    private static final LocalDate SESSION_DAY = LocalDate.of(2024, 10, 20);

    private final OrgFixture org = new OrgFixture();
    private final InMemoryDisseminations disseminations = new InMemoryDisseminations();
    private final DocumentService service = new DocumentService(new InMemoryDocuments(), disseminations,
            org.service, DocumentTypes.defaults(), TestValidation.validator(), DocumentServiceTest.CLOCK);
    private final Organisation general = org.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Organisation admin = org.cell("CB2", "Chi bộ Phòng Hành chính - Tổ chức");
    private final Member an = org.member("DV1", "Nguyễn Văn An", general);
    private final Member binh = org.member("DV2", "Trần Thị Bình", general);
    private final Member cuong = org.member("DV3", "Lê Văn Cường", general);
    private final Member dung = org.member("DV4", "Phạm Thị Dung", admin);
    private final Document plan = service.register(new RegisterDocument("65-KH/ĐU", org.committee.id(),
            DocumentServiceTest.PLAN_DAY, DocumentServiceTest.TERM, "Kế hoạch thực hiện Nghị quyết 02-NQ/ĐU",
            null)).orThrow();

    private Outcome<Dissemination> record(Organisation cell, LocalDate day, Member... attendees) {
        return service.recordDissemination(new RecordDissemination(plan.id(), cell.id(), day,
                List.of(attendees).stream().map(Member::id).toList(), "Hội trường cơ quan"));
    }

    private static void assertRejected(Outcome<?> outcome, String path, String rule) {
        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(path, rule));
    }

    @Test
    void recordsASessionWithItsAttendeesInOrder() {
        Dissemination d = record(general, SESSION_DAY, cuong, an).orThrow();

        assertThat(d.attendees()).containsExactlyInAnyOrder(an.id(), cuong.id());
        assertThat(d.attendees()).isSortedAccordingTo((x, y) -> x.value().compareTo(y.value()));
        assertThat(d.version()).isEqualTo(1);
        assertThat(service.dissemination(d.id())).isEqualTo(d);
        assertThat(disseminations.ofCell(general.id())).containsExactly(d);
        assertThat(service.disseminationsOf(plan.id())).containsExactly(d);
    }

    @Test
    void showsWhoHasNotYetBeenReached() {
        record(general, SESSION_DAY, an, binh).orThrow();

        assertThat(service.notYetReached(plan.id(), general.id(), TODAY)).containsExactly(cuong);
        assertThat(service.notYetReached(plan.id(), general.id(), SESSION_DAY.minusDays(1)))
                .containsExactly(an, binh, cuong);
        assertThat(service.reach(plan.id(), general.id(), TODAY))
                .isEqualTo(new DisseminationReach(2, 3, List.of(cuong.id())));
        assertThat(service.reach(plan.id(), org.committee.id(), TODAY))
                .isEqualTo(new DisseminationReach(2, 4, List.of(cuong.id(), dung.id())));
    }

    @Test
    void countsAttendanceInTheCellAMemberCameFrom() {
        record(general, SESSION_DAY, an, binh, cuong).orThrow();
        record(admin, SESSION_DAY, dung).orThrow();
        org.service.leave(new Leave(dung.id(), admin.id(), LocalDate.of(2024, 10, 31))).orThrow();
        Member moved = org.service.enrol(new Enrol(dung.id(),
                general.id(), LocalDate.of(2024, 11, 1), MembershipStatus.FULL)).orThrow();

        DisseminationReach reach = service.reach(plan.id(), general.id(), TODAY);

        assertThat(reach).isEqualTo(new DisseminationReach(4, 4, List.of()));
        assertThat(reach.isComplete()).isTrue();
        assertThat(org.service.membersOn(general.id(), TODAY)).contains(moved);
    }

    @Test
    void rejectsASessionHeldByACommittee() {
        Outcome<Dissemination> outcome = record(org.committee, SESSION_DAY, an);

        assertRejected(outcome, "cell", "ktgs.dissemination.cell.required");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnUnknownCell() {
        Outcome<Dissemination> outcome = service.recordDissemination(new RecordDissemination(plan.id(),
                OrganisationId.random(), SESSION_DAY, List.of(an.id()), null));

        assertRejected(outcome, "cell", "ktgs.organisation.unknown");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnUnknownDocument() {
        DocumentId unknown = DocumentId.random();
        Outcome<Dissemination> outcome = service.recordDissemination(new RecordDissemination(unknown,
                general.id(), SESSION_DAY, List.of(an.id()), null));

        assertRejected(outcome, "document", "ktgs.document.unknown");
        assertThat(disseminations.ofDocument(unknown)).isEmpty();
    }

    @Test
    void rejectsASessionBeforeTheDocumentWasIssued() {
        Outcome<Dissemination> outcome = record(general, DocumentServiceTest.PLAN_DAY.minusDays(1), an);

        assertRejected(outcome, "heldOn", "ktgs.dissemination.beforeIssue");
        assertThat(record(general, DocumentServiceTest.PLAN_DAY, an).isAccepted()).isTrue();
    }

    @Test
    void rejectsASessionInTheFuture() {
        Outcome<Dissemination> outcome = record(general, TODAY.plusDays(1), an);

        assertRejected(outcome, "heldOn", "ktgs.dissemination.heldOn.future");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnAttendeeWhoIsNotAMemberOfTheCellThatDay() {
        Outcome<Dissemination> outcome = record(general, SESSION_DAY, an, dung);

        assertRejected(outcome, "attendees[1]", "ktgs.dissemination.attendee.notMember");
        assertThat(outcome.violations().get(0).args()).containsEntry("member", "Phạm Thị Dung");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnAttendeeWhoJoinedTheCellAfterTheSession() {
        Member late = org.member("DV5", "Hoàng Văn Em", general, SESSION_DAY.plusDays(1),
                MembershipStatus.PROBATIONARY);

        Outcome<Dissemination> outcome = record(general, SESSION_DAY, late);

        assertRejected(outcome, "attendees[0]", "ktgs.dissemination.attendee.notMember");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnUnknownAttendee() {
        Outcome<Dissemination> outcome = service.recordDissemination(new RecordDissemination(plan.id(),
                general.id(), SESSION_DAY, List.of(an.id(), MemberId.random()), null));

        assertRejected(outcome, "attendees[1]", "ktgs.member.unknown");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsAnAttendeeListedTwice() {
        Outcome<Dissemination> outcome = record(general, SESSION_DAY, an, binh, an);

        assertRejected(outcome, "attendees[2]", "ktgs.dissemination.attendee.duplicate");
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void rejectsASessionWithoutAttendeesOrWithAnInvalidNote() {
        Outcome<Dissemination> outcome = service.recordDissemination(new RecordDissemination(plan.id(),
                general.id(), SESSION_DAY, List.of(), "ghi chú\uD800"));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("attendees", "jakarta.validation.constraints.NotEmpty.message"),
                tuple("note", "ktgs.text.invalid"));
        assertThat(disseminations.ofDocument(plan.id())).isEmpty();
    }

    @Test
    void checksTheAttendeesEvenWhenAnotherFieldFailsBeanValidation() {
        Outcome<Dissemination> outcome = service.recordDissemination(new RecordDissemination(null, general.id(),
                SESSION_DAY, Arrays.asList(an.id(), null, dung.id()), null));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("document", "jakarta.validation.constraints.NotNull.message"),
                tuple("attendees[1]", "jakarta.validation.constraints.NotNull.message"),
                tuple("attendees[2]", "ktgs.dissemination.attendee.notMember"));
        assertThat(disseminations.ofCell(general.id())).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceAndRendersThemInBothLanguages() {
        Outcome<Dissemination> outcome = record(general, TODAY.plusDays(1), an, dung, an);

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("heldOn", "ktgs.dissemination.heldOn.future"),
                tuple("attendees[1]", "ktgs.dissemination.attendee.notMember"),
                tuple("attendees[2]", "ktgs.dissemination.attendee.duplicate"));
        Violation notMember = outcome.violations().stream().filter(v -> v.path().equals("attendees[1]")).findFirst()
                .orElseThrow();
        assertThat(notMember.message(Locale.forLanguageTag("vi")))
                .isEqualTo("đồng chí Phạm Thị Dung không sinh hoạt tại Chi bộ Phòng Tổng hợp vào ngày 2024-12-01");
        assertThat(notMember.message(Locale.ENGLISH))
                .isEqualTo("Phạm Thị Dung does not belong to Chi bộ Phòng Tổng hợp on 2024-12-01");
    }

    @Test
    void throwsNotFoundForAnUnknownDocumentOrOrganisationInQueries() {
        assertThatThrownBy(() -> service.reach(DocumentId.random(), general.id(), TODAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.notYetReached(plan.id(), OrganisationId.random(), TODAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.dissemination(DisseminationId.random()))
                .isInstanceOf(NotFoundException.class);
    }
}
