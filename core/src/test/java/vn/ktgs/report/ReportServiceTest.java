package vn.ktgs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Messages;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.EditNarrative;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.testing.RecordsTestData.MovableClock;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

/** Quarter 1 of 2025 under the default schedule: window 1/1–31/3, deadline 10/4. Today starts on 5/4. */
class ReportServiceTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2025, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 4, 10);

    private final OrgFixture fx = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryActivities activities = new InMemoryActivities();
    private final InMemoryReports reports = new InMemoryReports();
    private final MovableClock clock = new MovableClock(LocalDate.of(2025, 4, 5));
    private final ReportService service = new ReportService(reports, plans, activities, fx.service,
            ReportingSchedule.defaults(), TestValidation.validator(), clock);
    private final Organisation cb1 = fx.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Member an = fx.member("DV1", "Nguyễn Văn An", cb1);

    private Report compiled(Organisation org) {
        return service.compile(new Compile(org.id(), Q1, "Chi bộ đã thực hiện đúng kế hoạch.")).orThrow();
    }

    private Report submitted(Organisation org) {
        Report r = compiled(org);
        return service.submit(new Submit(r.id(), r.version())).orThrow();
    }

    // ---------------------------------------------------------------- compile

    @Test
    void compilesADraftWithFiguresComputedToday() {
        activity(cb1, an.id(), LocalDate.of(2025, 2, 3)).target(member(an)).saveIn(activities);
        activity(cb1, an.id(), LocalDate.of(2025, 4, 2)).target(member(an)).saveIn(activities);

        Report r = service.compile(new Compile(cb1.id(), "2025-Q1", "  Kết quả quý I  ")).orThrow();

        assertThat(r.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.computedOn()).isEqualTo(LocalDate.of(2025, 4, 5));
        assertThat(r.narrative()).isEqualTo("Kết quả quý I");
        assertThat(r.figures().activitiesOpened()).isEqualTo(1);   // 3/2 inside, 2/4 after 31/3
        assertThat(r.figures().unplannedInspections()).isEqualTo(1);
        assertThat(r.submissions()).isEmpty();
        assertThat(reports.findFor(cb1.id(), Q1)).contains(r);
    }

    @Test
    void rejectsAPeriodThatHasNotEnded() {
        clock.set(LocalDate.of(2025, 3, 31));   // the window's last day itself is not yet "ended"

        Outcome<Report> o = service.compile(new Compile(cb1.id(), Q1, ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("period", "ktgs.report.period.notEnded"));
        assertThat(reports.ofOrganisation(cb1.id())).isEmpty();
    }

    @Test
    void rejectsAKindTheScheduleDoesNotRequire() {
        Outcome<Report> o = service.compile(new Compile(cb1.id(), "2025-M03", ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("period", "ktgs.report.period.notRequired"));
        // the kind of period in the reader's language, in either language
        assertThat(o.violations().get(0).message(vn.ktgs.common.Messages.VIETNAMESE)).isEqualTo(
                "kỳ báo cáo 2025-M03 (Tháng) không thuộc các kỳ phải báo cáo theo lịch báo cáo");
        assertThat(o.violations().get(0).message(java.util.Locale.ENGLISH)).isEqualTo(
                "reporting period 2025-M03 (Month) is not one the reporting schedule requires");
        assertThat(reports.ofOrganisation(cb1.id())).isEmpty();
    }

    @Test
    void rejectsASecondReportForTheSameOrganisationAndPeriod() {
        Report first = compiled(cb1);

        Outcome<Report> o = service.compile(new Compile(cb1.id(), Q1, "lần hai"));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("period", "ktgs.report.duplicate"));
        assertThat(reports.ofOrganisation(cb1.id())).containsExactly(first);
    }

    @Test
    void rejectsACodeThatNamesNoPeriod() {
        Outcome<Report> o = service.compile(new Compile(cb1.id(), "2025-Q5", ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("period", "ktgs.report.period.invalid"));
        assertThat(reports.ofOrganisation(cb1.id())).isEmpty();
    }

    @Test
    void rejectsAnUnknownOrganisation() {
        OrganisationId nobody = OrganisationId.random();

        Outcome<Report> o = service.compile(new Compile(nobody, Q1, ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("organisation", "ktgs.organisation.unknown"));
        assertThat(reports.ofPeriod(Q1)).isEmpty();
    }

    @Test
    void rejectsInvalidTextAndMissingFieldsAtTheBoundary() {
        Outcome<Report> o = service.compile(new Compile(null, " ", "báo cáo\u0000"));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactlyInAnyOrder(
                tuple("organisation", "jakarta.validation.constraints.NotNull.message"),
                tuple("period", "jakarta.validation.constraints.NotBlank.message"),
                tuple("narrative", "ktgs.text.invalid"));
        assertThat(reports.ofPeriod(Q1)).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        clock.set(LocalDate.of(2025, 3, 20));

        Outcome<Report> o = service.compile(new Compile(OrganisationId.random(), "2025-M03", ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("organisation", "ktgs.organisation.unknown"),
                tuple("period", "ktgs.report.period.notRequired"),
                tuple("period", "ktgs.report.period.notEnded"));
    }

    @Test
    void rendersTheNotEndedMessageInBothLanguages() {
        clock.set(LocalDate.of(2025, 3, 31));
        Violation v = service.compile(new Compile(cb1.id(), Q1, "")).violations().get(0);

        assertThat(v.message(Messages.VIETNAMESE))
                .isEqualTo("kỳ báo cáo 2025-Q1 chưa kết thúc: số liệu được chốt đến hết ngày 2025-03-31");
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("reporting period 2025-Q1 has not ended: its figures run to the end of 2025-03-31");
    }

    // ---------------------------------------------------------------- submit, immutability, return

    @Test
    void submitRecordsTodayAndMakesTheReportImmutable() {
        Report r = compiled(cb1);
        clock.set(LocalDate.of(2025, 4, 8));

        Report s = service.submit(new Submit(r.id(), r.version())).orThrow();
        Outcome<Report> edit = service.editNarrative(new EditNarrative(s.id(), s.version(), "sửa"));
        Outcome<Report> recompute = service.recompute(new Recompute(s.id(), s.version()));

        assertThat(s.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(s.firstSubmittedOn()).contains(LocalDate.of(2025, 4, 8));
        assertThat(edit.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("report", "ktgs.report.submitted.immutable"));
        assertThat(recompute.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("report", "ktgs.report.submitted.immutable"));
        assertThat(service.report(r.id())).isEqualTo(s);
    }

    @Test
    void rejectsASecondSubmissionOfASubmittedReport() {
        Report s = submitted(cb1);

        Outcome<Report> again = service.submit(new Submit(s.id(), s.version()));

        assertThat(again.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("report", "ktgs.report.alreadySubmitted"));
        assertThat(service.report(s.id())).isEqualTo(s);
    }

    @Test
    void rejectsReturningADraft() {
        Report r = compiled(cb1);

        Outcome<Report> o = service.returnReport(new Return(r.id(), r.version(), "Thiếu số liệu"));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("report", "ktgs.report.notSubmitted"));
        assertThat(o.violations().get(0).message(vn.ktgs.common.Messages.VIETNAMESE)).isEqualTo(
                "chỉ trả lại được báo cáo đã gửi; báo cáo đang ở trạng thái Dự thảo");
        assertThat(o.violations().get(0).message(java.util.Locale.ENGLISH)).isEqualTo(
                "only a submitted report can be returned; this one is Draft");
        assertThat(service.report(r.id())).isEqualTo(r);
    }

    @Test
    void rejectsAReturnWithoutReason() {
        Report s = submitted(cb1);

        Outcome<Report> o = service.returnReport(new Return(s.id(), s.version(), ""));

        assertThat(o.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("reason", "jakarta.validation.constraints.NotBlank.message"));
        assertThat(service.report(s.id())).isEqualTo(s);
    }

    @Test
    void aReturnedReportCanBeEditedRecomputedAndSubmittedAgain() {
        Report s = submitted(cb1);                                   // 5/4
        clock.set(LocalDate.of(2025, 4, 9));
        Report returned = service.returnReport(new Return(s.id(), s.version(), "Bổ sung số liệu kiến nghị"))
                .orThrow();
        activity(cb1, an.id(), LocalDate.of(2025, 3, 1)).target(member(an)).saveIn(activities);
        clock.set(LocalDate.of(2025, 4, 14));

        Report edited = service.editNarrative(new EditNarrative(returned.id(), returned.version(), "Đã bổ sung"))
                .orThrow();
        Report recomputed = service.recompute(new Recompute(edited.id(), edited.version())).orThrow();
        Report resubmitted = service.submit(new Submit(recomputed.id(), recomputed.version())).orThrow();

        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(recomputed.figures().activitiesOpened()).isEqualTo(1);
        assertThat(recomputed.computedOn()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(resubmitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(resubmitted.narrative()).isEqualTo("Đã bổ sung");
        assertThat(resubmitted.version()).isEqualTo(6);
        assertThat(resubmitted.submissions()).containsExactly(
                new Report.Submission(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 9), "Bổ sung số liệu kiến nghị"),
                new Report.Submission(LocalDate.of(2025, 4, 14), null, null));
        // lateness is judged on the first submission (5/4), not the second (14/4, after the deadline 10/4)
        assertThat(service.timelinessOf(cb1.id(), Q1).status()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aStaleVersionIsAConflictAndAnUnknownReportIsNotFound() {
        Report r = compiled(cb1);
        service.editNarrative(new EditNarrative(r.id(), r.version(), "bản mới")).orThrow();

        assertThatThrownBy(() -> service.submit(new Submit(r.id(), r.version())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.submit(new Submit(ReportId.random(), 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.report(r.id()).status()).isEqualTo(ReportStatus.DRAFT);
    }

    // ---------------------------------------------------------------- timeliness

    @Test
    void tellsWhichCellsReportedOnTimeLateOrNotAtAll() {
        Organisation cb2 = fx.cell("CB2", "Chi bộ Phòng Hành chính");
        Organisation cb3 = fx.cell("CB3", "Chi bộ Phòng Kinh tế");
        fx.cell("CB4", "Chi bộ Phòng Văn xã");
        fx.service.register(new RegisterOrganisation("CB5", "Chi bộ thành lập sau kỳ",
                OrganisationKind.SUBORDINATE_CELL, fx.committee.id(), LocalDate.of(2025, 5, 1))).orThrow();
        clock.set(DEADLINE);
        submitted(cb1);                                        // on the deadline day itself
        clock.set(LocalDate.of(2025, 4, 13));
        submitted(cb2);                                        // 3 days late
        compiled(cb3);                                         // compiled, never submitted
        clock.set(LocalDate.of(2025, 4, 15));                  // CB4 has nothing: missing since 10/4

        List<TimelinessLine> lines = service.timeliness(fx.committee.id(), Q1);

        assertThat(lines).extracting(TimelinessLine::code, TimelinessLine::status, TimelinessLine::submittedOn,
                TimelinessLine::deadline, TimelinessLine::daysLate).containsExactly(
                tuple("CB1", Timeliness.ON_TIME, DEADLINE, DEADLINE, 0L),
                tuple("CB2", Timeliness.LATE, LocalDate.of(2025, 4, 13), DEADLINE, 3L),
                tuple("CB3", Timeliness.MISSING, null, DEADLINE, 5L),
                tuple("CB4", Timeliness.MISSING, null, DEADLINE, 5L));   // CB5 was established after 31/3
    }

    @Test
    void aReportNotYetSubmittedBeforeTheDeadlineIsNotDue() {
        compiled(cb1);
        clock.set(DEADLINE);

        TimelinessLine line = service.timelinessOf(cb1.id(), Q1);

        assertThat(line.status()).isEqualTo(Timeliness.NOT_DUE);
        assertThat(line.daysLate()).isZero();
        assertThat(line.firstSubmitted()).isEmpty();
        assertThat(line.status().label(Locale.ENGLISH)).isEqualTo("Not yet due");
    }

    // ---------------------------------------------------------------- bundles

    @Test
    void everyRuleOfTheFeatureHasAMessageInBothLanguages() {
        assertThat(Stream.of("ktgs.report.period.invalid", "ktgs.report.period.notRequired",
                "ktgs.report.period.notEnded", "ktgs.report.duplicate", "ktgs.report.submitted.immutable",
                "ktgs.report.alreadySubmitted", "ktgs.report.notSubmitted", "ktgs.report.schedule.required.empty",
                "ktgs.report.schedule.kind.unknown", "ktgs.report.schedule.negative",
                "ktgs.report.schedule.cutOffDay.range")).allMatch(Messages::hasMessage);
    }

    @Test
    void everyEnumOfTheFeatureHasALabelInBothLanguages() {
        List<Enum<?>> all = Stream.of(PeriodKind.values(), ReportStatus.values(), Timeliness.values(),
                Figure.values()).<Enum<?>>flatMap(Stream::of).toList();
        for (Enum<?> e : all) {
            assertThat(Messages.label(e, Messages.VIETNAMESE)).as(e.name()).isNotEqualTo(e.name());
            assertThat(Messages.label(e, Locale.ENGLISH)).as(e.name()).isNotEqualTo(e.name())
                    .isNotEqualTo(Messages.label(e, Messages.VIETNAMESE));
        }
    }
}
