package vn.ktgs.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.testing.RecordsTestData.activity;
import static vn.ktgs.testing.RecordsTestData.adoptedPlan;
import static vn.ktgs.testing.RecordsTestData.item;
import static vn.ktgs.testing.RecordsTestData.member;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.common.Messages;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.document.InMemoryDisseminations;
import vn.ktgs.document.InMemoryDocuments;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.report.InMemoryReports;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.testing.OrgFixture;

/**
 * The locally set rules of follow-up (plan deadline, assignment, dissemination), the steps of escalation with their
 * edges, and sending each item once per step. A committee (secretary Hùng, standing committee member Mai, BCH member
 * Lan) with cell CB1 (secretary An, members Bình and Cường; Lan assigned until 30/6/2025) and cell CB2 (secretary
 * Dũng, nobody assigned ever).
 */
class EscalationTest {

    private final OrgFixture fx = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemoryActivities activities = new InMemoryActivities();
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final InMemoryDisseminations disseminations = new InMemoryDisseminations();
    private final InMemorySentNotices sent = new InMemorySentNotices();
    private final Organisation cb1 = fx.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Organisation cb2 = fx.cell("CB2", "Chi bộ Phòng Kinh tế");
    private final Member an = fx.role(fx.member("DV1", "Nguyễn Văn An", cb1), cb1, RoleKind.SECRETARY);
    private final Member binh = fx.member("DV2", "Trần Thị Bình", cb1);
    private final Member cuong = fx.member("DV3", "Lê Văn Cường", cb1, LocalDate.of(2025, 3, 1),
            MembershipStatus.PROBATIONARY);
    private final Member dung = fx.role(fx.member("DV4", "Phạm Văn Dũng", cb2), cb2, RoleKind.SECRETARY);
    private final Member hung = fx.role(fx.member("DV5", "Hoàng Văn Hùng", cb2), fx.committee, RoleKind.SECRETARY);
    private final Member mai = fx.role(fx.member("DV6", "Vũ Thị Mai", cb2), fx.committee,
            RoleKind.STANDING_COMMITTEE_MEMBER);
    private final Member lan = fx.role(fx.member("DV7", "Đặng Thị Lan", cb1), fx.committee,
            RoleKind.EXECUTIVE_COMMITTEE_MEMBER);
    private final PlanItem spring = item(ActivityKind.REGULAR_SUPERVISION, LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 3, 31), binh.id(), member(an));
    private final Plan plan1 = adoptedPlan(cb1, 2025, LocalDate.of(2025, 1, 10), List.of(spring));

    EscalationTest() {
        fx.service.assign(new Assign(lan.id(), cb1.id(), OrgFixture.LONG_AGO, LocalDate.of(2025, 6, 30))).orThrow();
        plans.save(plan1);
        plans.save(adoptedPlan(cb2, 2025, LocalDate.of(2025, 1, 5), List.of()));
        plans.save(adoptedPlan(fx.committee, 2025, LocalDate.of(2025, 1, 5), List.of()));
    }

    private FollowUpService service(FollowUpRules rules) {
        return new FollowUpService(fx.service, plans, activities, new InMemoryReports(), documents, disseminations,
                sent, ReportingSchedule.defaults(), rules);
    }

    private FollowUpService service() {
        return service(FollowUpRules.defaults());
    }

    private List<Overdue> of(FollowUpService service, OverdueKind kind, LocalDate day) {
        return service.overdue(fx.committee.id(), day).stream().filter(o -> o.kind() == kind).toList();
    }

    private static FollowUpRules rules(String body) {
        return FollowUpRules.read(new ByteArrayInputStream(("schemaVersion=1\nlegalReference=Quy định của tỉnh\n"
                + "effectiveFrom=2025-01-01\n" + body).getBytes(StandardCharsets.UTF_8)));
    }

    // ---------------------------------------------------------------- rules as data

    @Test
    void theShippedRulesAreTheDocumentedDefaults() {
        FollowUpRules d = FollowUpRules.defaults();

        assertThat(d.planAdoptionDays()).isZero();
        assertThat(d.assignmentDays()).isEqualTo(30);
        assertThat(d.disseminationDays()).isEqualTo(30);
        assertThat(d.escalation().steps()).containsExactly(
                EscalationStep.after(1, EscalationRole.RESPONSIBLE, EscalationRole.SECRETARY),
                EscalationStep.after(15, EscalationRole.ASSIGNED_MEMBER),
                EscalationStep.after(30, EscalationRole.STANDING_COMMITTEE));
        assertThat(d.escalation().stepsFor(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER)).containsExactly(
                EscalationStep.after(1, EscalationRole.RESPONSIBLE),
                EscalationStep.after(15, EscalationRole.STANDING_COMMITTEE));
        assertThat(d.legalReference()).contains("thư viện");
    }

    @Test
    void aStepAppliesFromTheDayItsDelayIsReachedAndNotTheDayBefore() {
        EscalationPolicy p = FollowUpRules.defaults().escalation();

        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 1)).contains(1);
        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 14)).contains(1);
        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 15)).contains(2);
        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 29)).contains(2);
        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 30)).contains(3);
        assertThat(p.stepNumber(OverdueKind.REPORT_NOT_SUBMITTED, 400)).contains(3);
        assertThat(p.stepNumber(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, 30)).contains(2);
        EscalationPolicy late = new EscalationPolicy(List.of(EscalationStep.after(3, EscalationRole.SECRETARY)),
                Map.of());
        assertThat(late.stepNumber(OverdueKind.PLAN_NOT_ADOPTED, 2)).isEmpty();
        assertThat(late.stepNumber(OverdueKind.PLAN_NOT_ADOPTED, 3)).contains(1);
    }

    @Test
    void aPlanDeadlineSetInTheRulesMovesTheDueDay() {
        FollowUpService thirtyDays = service(rules("planAdoptionDays=30\nassignmentDays=30\ndisseminationDays=30\n"
                + "escalation=1:SECRETARY\n"));
        Organisation cb3 = fx.cell("CB3", "Chi bộ Phòng Nội chính");

        assertThat(of(thirtyDays, OverdueKind.PLAN_NOT_ADOPTED, LocalDate.of(2025, 1, 31))).as("the due day")
                .isEmpty();
        assertThat(of(thirtyDays, OverdueKind.PLAN_NOT_ADOPTED, LocalDate.of(2025, 2, 1)))
                .extracting(Overdue::organisation, Overdue::due, Overdue::daysOverdue)
                .containsExactly(tuple(cb3.id(), LocalDate.of(2025, 1, 31), 1L));
        assertThat(of(service(), OverdueKind.PLAN_NOT_ADOPTED, LocalDate.of(2025, 1, 2))).isNotEmpty()
                .extracting(Overdue::due).containsOnly(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aBrokenRulesFileIsRejectedWithEveryProblemAndItsPath() {
        assertThatThrownBy(() -> rules("planAdoptionDays=-1\nassignmentDays=x\ndisseminationDays=30\n"
                + "escalation=5:SECRETARY, 5:RESPONSIBLE+BOSS, 2\nescalation.PLAN_NOT_ADOPTED=\n"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                                tuple("follow-up-rules.properties:planAdoptionDays", "ktgs.followup.days.range"),
                                tuple("follow-up-rules.properties:assignmentDays", "ktgs.data.notANumber"),
                                tuple("follow-up-rules.properties:escalation[1].to", "ktgs.followup.role.unknown"),
                                tuple("follow-up-rules.properties:escalation[2]", "ktgs.followup.step.form"),
                                tuple("follow-up-rules.properties:escalation.PLAN_NOT_ADOPTED",
                                        "ktgs.followup.steps.empty")));
        assertThatThrownBy(() -> rules("planAdoptionDays=0\nassignmentDays=0\ndisseminationDays=0\n"
                + "escalation=5:SECRETARY, 5:RESPONSIBLE\n"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactly(
                                tuple("follow-up-rules.properties:escalation[1].afterDays",
                                        "ktgs.followup.steps.order")));
        assertThatThrownBy(() -> rules("planAdoptionDays=0\nassignmentDays=0\ndisseminationDays=0\n"
                + "escalation=1:SECRETARY\nescalation.PLAN_ADOPTED=1:SECRETARY\n"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule).containsExactly(
                                tuple("follow-up-rules.properties:escalation.PLAN_ADOPTED", "ktgs.data.unknownKey")));
    }

    // ---------------------------------------------------------------- the new kinds

    @Test
    void aCellWithoutAnAssignedMemberIsOverdueOnceTheRulesDelayHasPassedWithTheCommitteeSecretaryResponsible() {
        // CB2 never had anyone: since its founding (1/1/2020), due 30 days later
        List<Overdue> never = of(service(), OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, LocalDate.of(2025, 6, 30));
        assertThat(never).extracting(Overdue::organisation, Overdue::due, Overdue::responsible)
                .containsExactly(tuple(cb2.id(), OrgFixture.LONG_AGO.plusDays(30), hung.id()));

        // CB1's assignment ended on 30/6: without one from 1/7, due 31/7
        assertThat(of(service(), OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, LocalDate.of(2025, 7, 31)))
                .extracting(Overdue::organisation).containsExactly(cb2.id());
        List<Overdue> after = of(service(), OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, LocalDate.of(2025, 8, 1));
        assertThat(after).filteredOn(o -> o.organisation().equals(cb1.id()))
                .extracting(Overdue::due, Overdue::daysOverdue, Overdue::responsible)
                .containsExactly(tuple(LocalDate.of(2025, 7, 31), 1L, hung.id()));
    }

    @Test
    void aMemberNotReachedByADocumentBeingDisseminatedIsOverdueAfterTheRulesDaysFromIssueOrJoining() {
        Document plan65 = document("65-KH/ĐU", LocalDate.of(2025, 1, 10));
        session(plan65, cb1, LocalDate.of(2025, 1, 20), an, binh);
        // Cường joined on 1/3 and attends on 15/4, after the days asked about below
        session(plan65, cb1, LocalDate.of(2025, 4, 15), cuong);

        List<Overdue> onTheNinth = of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2025, 2, 9));
        assertThat(onTheNinth).as("due 30 days after the issue, on 9/2").isEmpty();
        List<Overdue> onTheTenth = of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2025, 2, 10));
        // Lan (CB1) and every member of CB2, which held no session; Cường has not joined yet
        assertThat(onTheTenth).extracting(Overdue::member).containsExactlyInAnyOrder(lan.id(), dung.id(), hung.id(),
                mai.id());
        assertThat(onTheTenth).allSatisfy(o -> {
            assertThat(o.due()).isEqualTo(LocalDate.of(2025, 2, 9));
            assertThat(o.document()).isEqualTo(plan65.id());
            assertThat(o.subject()).startsWith("65-KH/ĐU ");
        });
        assertThat(onTheTenth).filteredOn(o -> o.member().equals(lan.id())).extracting(Overdue::organisation,
                Overdue::responsible).containsExactly(tuple(cb1.id(), an.id()));

        List<Overdue> april = of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2025, 4, 14));
        assertThat(april).filteredOn(o -> o.member().equals(cuong.id())).extracting(Overdue::due,
                Overdue::daysOverdue).containsExactly(tuple(LocalDate.of(2025, 3, 31), 14L));
        assertThat(of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2025, 4, 15)))
                .extracting(Overdue::member).doesNotContain(cuong.id());
    }

    @Test
    void aDocumentNobodyHasDisseminatedInTheHorizonIsNotChased() {
        Document old = document("02-NQ/ĐU", LocalDate.of(2023, 3, 1));
        session(old, cb1, LocalDate.of(2023, 3, 10), an);
        document("03-NQ/ĐU", LocalDate.of(2025, 1, 10));

        assertThat(of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(of(service(), OverdueKind.MEMBER_NOT_REACHED, LocalDate.of(2024, 6, 1))).isNotEmpty();
    }

    // ---------------------------------------------------------------- steps and recipients

    @Test
    void eachStepNamesTheMembersOfItsRolesOnTheDay() {
        // the item's window ended 31/3; Bình is responsible, An the cell's secretary, Lan assigned until 30/6
        Map<LocalDate, List<MemberId>> seen = new java.util.LinkedHashMap<>();
        for (LocalDate day : List.of(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 7, 20))) {
            Overdue x = of(service(), OverdueKind.ITEM_PAST_WINDOW, day).get(0);
            seen.put(day, x.escalation().recipients());
            assertThat(x.escalation().of()).isEqualTo(3);
        }
        assertThat(of(service(), OverdueKind.ITEM_PAST_WINDOW, LocalDate.of(2025, 4, 14)).get(0).escalation().step())
                .isEqualTo(1);
        assertThat(seen).containsExactly(
                Map.entry(LocalDate.of(2025, 4, 14), List.of(binh.id(), an.id())),
                Map.entry(LocalDate.of(2025, 4, 15), List.of(lan.id())),
                Map.entry(LocalDate.of(2025, 4, 30), List.of(mai.id())),
                Map.entry(LocalDate.of(2025, 7, 20), List.of(mai.id())));
        Overdue assignedGone = of(service(), OverdueKind.ITEM_PAST_WINDOW, LocalDate.of(2025, 4, 15)).get(0);
        assertThat(assignedGone.escalation().rule().to()).containsExactly(EscalationRole.ASSIGNED_MEMBER);
    }

    @Test
    void anItemFromAnInspectionOnSignsOfViolationReachesOnlyThoseWhoMayReadConfidentialContent() {
        // unplanned, concluded 10/3, a recommendation due 10/4 addressed to Bình, the member inspected
        activity(cb1, an.id(), LocalDate.of(2025, 3, 1)).target(member(binh)).concluded(LocalDate.of(2025, 3, 10), 1)
                .recommendationTo(member(binh)).saveIn(activities);
        FollowUpService custom = service(FollowUpRules.defaults().withEscalation(new EscalationPolicy(List.of(
                EscalationStep.after(1, EscalationRole.RESPONSIBLE, EscalationRole.SECRETARY,
                        EscalationRole.ASSIGNED_MEMBER)), Map.of())));

        Overdue x = of(custom, OverdueKind.RECOMMENDATION_PAST_DUE, LocalDate.of(2025, 4, 12)).get(0);

        assertThat(x.confidential()).isTrue();
        assertThat(x.responsible()).isEqualTo(binh.id());
        // the secretary An and the assigned BCH member Lan may read confidential content of the cell; Bình may not
        assertThat(x.escalation().recipients()).containsExactly(an.id(), lan.id());
        Overdue plain = of(service(), OverdueKind.RECOMMENDATION_PAST_DUE, LocalDate.of(2025, 4, 12)).get(0);
        assertThat(plain.escalation().recipients()).as("step 1 to the responsible and the secretary")
                .containsExactly(an.id());
    }

    // ---------------------------------------------------------------- sending once per step

    @Test
    void aSecondRunTheSameDaySendsNothingNewAndALaterDayReachingTheNextStepSendsThatStep() {
        Recorder notifier = new Recorder();
        FollowUpService s = service();
        LocalDate day = LocalDate.of(2025, 4, 14);

        NoticeRun first = s.notify(fx.committee.id(), day, notifier);
        NoticeRun again = s.notify(fx.committee.id(), day, notifier);

        assertThat(first.sent()).isNotEmpty().hasSameSizeAs(notifier.got);
        assertThat(first.sent()).extracting(Notice::key).doesNotHaveDuplicates();
        assertThat(again.sent()).isEmpty();
        assertThat(again.alreadySent()).isEqualTo(first.sent().size());
        assertThat(notifier.got).hasSize(first.sent().size());
        OverdueKey item = of(s, OverdueKind.ITEM_PAST_WINDOW, day).get(0).key();
        assertThat(s.sentFor(item)).extracting(SentNotice::step, SentNotice::recipients, SentNotice::sentOn)
                .containsExactly(tuple(1, List.of(binh.id(), an.id()), day));

        NoticeRun nextDay = s.notify(fx.committee.id(), day.plusDays(1), notifier);
        assertThat(nextDay.sent()).extracting(Notice::key, Notice::step).containsExactly(tuple(item, 2));
        assertThat(s.sentFor(item)).extracting(SentNotice::step).containsExactly(1, 2);
        assertThat(s.notify(fx.committee.id(), day.plusDays(1), notifier).sent()).isEmpty();
        assertThat(s.notify(fx.committee.id(), day, notifier).sent()).as("an earlier day: a lower step").isEmpty();
    }

    @Test
    void aNoticeTheNotifierFailedToSendIsSentByTheNextRun() {
        LocalDate day = LocalDate.of(2025, 4, 14);
        FollowUpService s = service();
        int all = s.notify(fx.committee.id(), day, n -> { }).sent().size();
        sent.ofOrganisation(cb1.id()).forEach(n -> sent.forget(n.key(), n.step()));
        int ofCb1 = (int) s.overdue(fx.committee.id(), day).stream().filter(o -> o.organisation().equals(cb1.id()))
                .count();
        List<Notice> delivered = new ArrayList<>();

        assertThatThrownBy(() -> s.notify(fx.committee.id(), day, n -> {
            if (delivered.size() == 1) {
                throw new IllegalStateException("hộp thư đầy");
            }
            delivered.add(n);
        })).isInstanceOf(IllegalStateException.class);
        NoticeRun retry = s.notify(fx.committee.id(), day, n -> delivered.add(n));

        assertThat(ofCb1).isGreaterThan(1);
        assertThat(retry.sent()).hasSize(ofCb1 - 1);
        assertThat(delivered).extracting(Notice::key).doesNotHaveDuplicates().hasSize(ofCb1);
        assertThat(retry.alreadySent()).isEqualTo(all - ofCb1 + 1);
    }

    @Test
    void anItemWhoseStepNamesNoOneIsReportedUnaddressedAndSentOnceSomeoneHoldsTheRole() {
        // CB2 has no assigned member: its items at step 2 have no one to go to
        LocalDate day = LocalDate.of(2025, 4, 25); // Q1 report due 10/4: 15 days overdue
        FollowUpService s = service();

        NoticeRun run = s.notify(fx.committee.id(), day, n -> { });

        assertThat(run.unaddressed()).extracting(Overdue::organisation, Overdue::kind)
                .contains(tuple(cb2.id(), OverdueKind.REPORT_NOT_SUBMITTED));
        assertThat(run.sent()).noneMatch(n -> n.item().organisation().equals(cb2.id())
                && n.item().kind() == OverdueKind.REPORT_NOT_SUBMITTED);
        fx.role(dung, fx.committee, RoleKind.EXECUTIVE_COMMITTEE_MEMBER);
        fx.service.assign(new Assign(dung.id(), cb2.id(), LocalDate.of(2025, 4, 20), null)).orThrow();

        NoticeRun later = s.notify(fx.committee.id(), day, n -> { });
        assertThat(later.sent()).extracting(n -> n.item().kind(), Notice::recipients)
                .contains(tuple(OverdueKind.REPORT_NOT_SUBMITTED, List.of(dung.id())));
    }

    @Test
    void theKeyOfAnItemIsTheSameOnEveryDayAndReadsBack() {
        OverdueKey on14 = of(service(), OverdueKind.ITEM_PAST_WINDOW, LocalDate.of(2025, 4, 14)).get(0).key();
        OverdueKey on30 = of(service(), OverdueKind.ITEM_PAST_WINDOW, LocalDate.of(2025, 4, 30)).get(0).key();

        assertThat(on14).isEqualTo(on30).isEqualTo(OverdueKey.of(OverdueKind.ITEM_PAST_WINDOW, spring.id()));
        assertThat(OverdueKey.parse(on14.toString())).isEqualTo(on14);
        assertThat(of(service(), OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, LocalDate.of(2025, 9, 1)))
                .extracting(Overdue::key).contains(OverdueKey.of(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER, cb1.id(),
                        LocalDate.of(2025, 7, 1)));
        assertThatThrownBy(() -> OverdueKey.parse("nothing")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRoleAndNewKindHasAVietnameseAndAnEnglishLabel() {
        for (EscalationRole r : EscalationRole.values()) {
            assertThat(r.label()).isNotEqualTo(r.name());
            assertThat(r.label(Locale.ENGLISH)).isNotEqualTo(r.name()).isNotEqualTo(r.label());
        }
        assertThat(OverdueKind.MEMBER_NOT_REACHED.label(Messages.VIETNAMESE)).isEqualTo(
                "Đảng viên chưa được quán triệt");
        assertThat(OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER.label(Locale.ENGLISH)).isEqualTo(
                "Cell without an assigned committee member");
    }

    private Document document(String number, LocalDate issued) {
        Document d = new Document(DocumentId.random(), DocumentNumber.parse(number), fx.committee.id(), issued,
                Term.of("2020–2025", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30)), "Kế hoạch thực hiện",
                null, 1);
        documents.save(d);
        return d;
    }

    private void session(Document d, Organisation cell, LocalDate on, Member... attendees) {
        disseminations.save(new Dissemination(DisseminationId.random(), d.id(), cell.id(), on,
                java.util.Arrays.stream(attendees).map(Member::id).toList(), "", 1));
    }

    private static final class Recorder implements Notifier {
        final List<Notice> got = new ArrayList<>();

        @Override
        public void send(Notice notice) {
            got.add(notice);
        }
    }

}
