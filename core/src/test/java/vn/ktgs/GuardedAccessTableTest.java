package vn.ktgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Correct;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.PageRequest;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.AdmitAsFull;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanCommands.ReviseDraft;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.EditNarrative;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.followup.Notice;
import vn.ktgs.followup.NoticeRun;
import vn.ktgs.followup.Overdue;
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriteriaSetTestData;
import vn.ktgs.scoring.Indicator;
import vn.ktgs.scoring.LevelPath;
import vn.ktgs.scoring.NotApplicable;
import vn.ktgs.scoring.Rule;
import vn.ktgs.scoring.Step;
import vn.ktgs.scoring.StepKind;
import vn.ktgs.testing.TestValidation;

/**
 * A host embedding the library in plain Java gets the refusals the REST adapter answers with 403 (and 404 for an
 * inspection on signs of violation a caller may not know of): every command and query of {@link Ktgs#as(Caller)} on
 * a cell's records, for every kind of caller, against a table of what each kind may do written out here (not
 * computed from {@link vn.ktgs.access.AccessRules}). Each case runs on a fresh scenario; a refused one stores
 * nothing.
 */
class GuardedAccessTableTest {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2025, 11, 30);
    static final LocalDate ADOPTED = LocalDate.of(2025, 1, 15);
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    /** The kinds of caller, as they stand to the cell {@code CB-A} today. */
    enum Who {
        ADMINISTRATOR, CELL_SECRETARY, CELL_COMMITTEE_MEMBER, PLAIN_MEMBER, ASSIGNED_BCH_MEMBER, COMMITTEE_SECRETARY,
        OTHER_CELL_SECRETARY, UNKNOWN_MEMBER, NOBODY
    }

    /** What a command or query needs on {@code CB-A}: actions, or only a caller known to the library. */
    enum Need { KNOWN, ADMINISTER_OR_WRITE_WORK }

    /** The table: what each kind of caller may do on the records of {@code CB-A}. */
    static final Map<Who, Set<Action>> MAY = new LinkedHashMap<>();

    static {
        MAY.put(Who.ADMINISTRATOR, EnumSet.of(Action.READ, Action.ADMINISTER));
        MAY.put(Who.CELL_SECRETARY, EnumSet.of(Action.READ, Action.READ_CONFIDENTIAL, Action.WRITE_WORK,
                Action.GUIDE));
        MAY.put(Who.CELL_COMMITTEE_MEMBER, EnumSet.of(Action.READ, Action.READ_CONFIDENTIAL));
        MAY.put(Who.PLAIN_MEMBER, EnumSet.of(Action.READ));
        MAY.put(Who.ASSIGNED_BCH_MEMBER, EnumSet.of(Action.READ, Action.READ_CONFIDENTIAL, Action.GUIDE,
                Action.REVIEW));
        MAY.put(Who.COMMITTEE_SECRETARY, EnumSet.of(Action.READ, Action.READ_CONFIDENTIAL, Action.REVIEW));
        MAY.put(Who.OTHER_CELL_SECRETARY, EnumSet.noneOf(Action.class));
        MAY.put(Who.UNKNOWN_MEMBER, EnumSet.noneOf(Action.class));
        MAY.put(Who.NOBODY, EnumSet.noneOf(Action.class));
    }

    /** One command or query of the guarded view, what it needs, and whether a refusal is "not found". */
    record Op(String name, Set<Action> needs, Set<Need> also, boolean hiddenWhenRefused, Consumer<Scenario> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Op op(String name, Action action, Consumer<Scenario> run) {
        return new Op(name, EnumSet.of(action), Set.of(), false, run);
    }

    static List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        // organisations: the tree, members, roles, assignments (ADMINISTER); reads (READ)
        ops.add(op("organisations.register", Action.ADMINISTER, s -> s.as.organisations().register(
                new RegisterOrganisation("CB-C", "Chi bộ Phòng Quản trị", OrganisationKind.SUBORDINATE_CELL,
                        s.committee.id(), LONG_AGO))));
        ops.add(op("organisations.registerMember", Action.ADMINISTER, s -> s.as.organisations().registerMember(
                new RegisterMember("DV99", "Lương Thị Ước"))));
        ops.add(op("organisations.enrol", Action.ADMINISTER, s -> s.as.organisations().enrol(
                new Enrol(s.secB.id(), s.cellA.id(), TODAY, MembershipStatus.FULL))));
        ops.add(op("organisations.leave", Action.ADMINISTER, s -> s.as.organisations().leave(
                new Leave(s.plainA.id(), s.cellA.id(), TODAY))));
        ops.add(op("organisations.admitAsFull", Action.ADMINISTER, s -> s.as.organisations().admitAsFull(
                new AdmitAsFull(s.plainA.id(), TODAY))));
        ops.add(op("organisations.appoint", Action.ADMINISTER, s -> s.as.organisations().appoint(
                new Appoint(s.plainA.id(), s.cellA.id(), RoleKind.DEPUTY_SECRETARY, TODAY, null))));
        ops.add(op("organisations.endRole", Action.ADMINISTER, s -> s.as.organisations().endRole(s.ccA.id(),
                s.cellA.id(), RoleKind.CELL_COMMITTEE_MEMBER, TODAY)));
        ops.add(op("organisations.assign", Action.ADMINISTER, s -> s.as.organisations().assign(
                new Assign(s.comSec.id(), s.cellA.id(), TODAY, null))));
        ops.add(op("organisations.endAssignment", Action.ADMINISTER, s -> s.as.organisations().endAssignment(
                s.bch.id(), s.cellA.id(), TODAY)));
        ops.add(op("organisations.organisation", Action.READ, s -> s.as.organisations().organisation(s.cellA.id())));
        ops.add(op("organisations.children", Action.READ, s -> s.as.organisations().children(s.cellA.id())));
        ops.add(op("organisations.membersOn", Action.READ, s -> s.as.organisations().membersOn(s.cellA.id(),
                TODAY)));
        ops.add(op("organisations.member", Action.READ, s -> s.as.organisations().member(s.plainA.id())));
        // documents: registered by an administrator or the issuer's writer, read by every known caller
        ops.add(new Op("documents.register", Set.of(), Set.of(Need.ADMINISTER_OR_WRITE_WORK), false,
                s -> s.as.documents().register(new RegisterDocument("01-KH/CB", s.cellA.id(), TODAY, s.term,
                        "Kế hoạch quán triệt nghị quyết", null))));
        ops.add(new Op("documents.document", Set.of(), Set.of(Need.KNOWN), false,
                s -> s.as.documents().document(s.document.id())));
        ops.add(new Op("documents.chain", Set.of(), Set.of(Need.KNOWN), false,
                s -> s.as.documents().chain(s.document.id())));
        ops.add(new Op("documents.implementing", Set.of(), Set.of(Need.KNOWN), false,
                s -> s.as.documents().implementing(s.document.id())));
        ops.add(op("documents.recordDissemination", Action.WRITE_WORK, s -> s.as.documents().recordDissemination(
                new RecordDissemination(s.document.id(), s.cellA.id(), TODAY, List.of(s.ccA.id()), ""))));
        ops.add(op("documents.dissemination", Action.READ, s -> s.as.documents().dissemination(
                s.dissemination.id())));
        ops.add(op("documents.reach", Action.READ, s -> s.as.documents().reach(s.document.id(), s.cellA.id(),
                TODAY)));
        ops.add(op("documents.notYetReached", Action.READ, s -> s.as.documents().notYetReached(s.document.id(),
                s.cellA.id(), TODAY)));
        // plans
        ops.add(op("plans.check", Action.WRITE_WORK, s -> s.as.plans().check(s.draft2026())));
        ops.add(op("plans.draft", Action.WRITE_WORK, s -> s.as.plans().draft(s.draft2026())));
        ops.add(op("plans.reviseDraft", Action.WRITE_WORK, s -> s.as.plans().reviseDraft(new ReviseDraft(
                s.plan.id(), s.plan.version(), "Kế hoạch năm 2025 (sửa)", List.of(s.itemInput())))));
        ops.add(op("plans.adopt", Action.WRITE_WORK, s -> s.as.plans().adopt(new Adopt(s.plan.id(),
                s.plan.version(), TODAY))));
        ops.add(op("plans.amend", Action.WRITE_WORK, s -> s.as.plans().amend(new Amend(s.plan.id(),
                s.plan.version(), List.of(ItemInput.from(s.item)), "Bổ sung nội dung", TODAY))));
        ops.add(op("plans.plan", Action.READ, s -> s.as.plans().plan(s.plan.id())));
        ops.add(op("plans.activities", Action.READ, s -> s.as.plans().activities(s.plan.id(),
                PageRequest.first(10))));
        // activities
        ops.add(op("activities.start", Action.WRITE_WORK, s -> s.as.activities().start(new Start(s.plan.id(),
                s.item.id(), TODAY, "Thông báo số 02-TB"))));
        ops.add(op("activities.openUnplanned", Action.WRITE_WORK, s -> s.as.activities().openUnplanned(
                s.unplannedCommand())));
        ops.add(op("activities.advance", Action.WRITE_WORK, s -> s.as.activities().advance(new Advance(
                s.planned.id(), s.planned.version(), Stage.SELF_REPORT_RECEIVED, TODAY, ""))));
        ops.add(op("activities.conclude", Action.WRITE_WORK, s -> s.as.activities().conclude(s.concludeCommand())));
        ops.add(op("activities.correct", Action.WRITE_WORK, s -> s.as.activities().correct(new Correct(
                s.planned.id(), "Đính chính", TODAY, List.of("Tốt"), List.of(), List.of(), "Biên bản số 2"))));
        ops.add(op("activities.recordCoordination", Action.WRITE_WORK, s -> s.as.activities().recordCoordination(
                new RecordCoordination(s.planned.id(), s.planned.version(), CoordinationPartner.TRADE_UNION,
                        "Công đoàn Văn phòng", TODAY, ""))));
        ops.add(op("activities.recommend", Action.GUIDE, s -> s.as.activities().recommend(new Recommend(
                s.planned.id(), s.planned.version(), "Khắc phục việc chậm nộp báo cáo", Target.member(s.plainA.id()),
                TODAY.plusDays(30)))));
        ops.add(op("activities.closeRecommendation", Action.GUIDE, s -> s.as.activities().closeRecommendation(
                new CloseRecommendation(s.planned.id(), s.planned.version(), RecommendationId.random(), TODAY, ""))));
        ops.add(new Op("activities.decideDiscipline", EnumSet.of(Action.WRITE_WORK, Action.READ_CONFIDENTIAL),
                Set.of(), false, s -> s.as.activities().decideDiscipline(new DecideDiscipline(s.planned.id(),
                s.planned.version(), Target.member(s.plainA.id()), DisciplineForm.REPRIMAND, TODAY,
                "Vi phạm thời hạn", "01-QĐ/CB"))));
        ops.add(op("activities.activity", Action.READ, s -> s.as.activities().activity(s.planned.id())));
        ops.add(op("activities.ofOrganisation", Action.READ, s -> s.as.activities().ofOrganisation(s.cellA.id(),
                PageRequest.first(10))));
        ops.add(new Op("activities.activity(unplanned)", EnumSet.of(Action.READ, Action.READ_CONFIDENTIAL),
                Set.of(), true, s -> s.as.activities().activity(s.unplanned.id())));
        ops.add(new Op("activities.advance(unplanned)", EnumSet.of(Action.WRITE_WORK, Action.READ_CONFIDENTIAL),
                Set.of(), true, s -> s.as.activities().advance(new Advance(s.unplanned.id(),
                s.unplanned.version(), Stage.SELF_REPORT_RECEIVED, TODAY, ""))));
        // reports
        ops.add(op("reports.compile", Action.WRITE_WORK, s -> s.as.reports().compile(new Compile(s.cellA.id(),
                "2025-Q2", "Báo cáo quý II"))));
        ops.add(op("reports.recompute", Action.WRITE_WORK, s -> s.as.reports().recompute(new Recompute(
                s.report.id(), s.report.version()))));
        ops.add(op("reports.editNarrative", Action.WRITE_WORK, s -> s.as.reports().editNarrative(new EditNarrative(
                s.report.id(), s.report.version(), "Báo cáo quý I (sửa)"))));
        ops.add(op("reports.submit", Action.WRITE_WORK, s -> s.as.reports().submit(new Submit(s.report.id(),
                s.report.version()))));
        ops.add(op("reports.returnReport", Action.REVIEW, s -> s.as.reports().returnReport(new Return(s.report.id(),
                s.report.version(), "Bổ sung số liệu"))));
        ops.add(op("reports.report", Action.READ, s -> s.as.reports().report(s.report.id())));
        ops.add(op("reports.reportFor", Action.READ, s -> s.as.reports().reportFor(s.cellA.id(),
                ReportingPeriod.parse("2025-Q1"))));
        ops.add(op("reports.figures", Action.READ, s -> s.as.reports().figures(s.cellA.id(),
                ReportingPeriod.parse("2025-Q1"))));
        ops.add(op("reports.timelinessOf", Action.READ, s -> s.as.reports().timelinessOf(s.cellA.id(),
                ReportingPeriod.parse("2025-Q1"))));
        ops.add(op("reports.reportingYear", Action.READ, s -> s.as.reports().reportingYear(s.cellA.id(), 2025)));
        // follow-up
        ops.add(op("followUp.overdue", Action.READ, s -> s.as.followUp().overdue(s.cellA.id(), TODAY)));
        ops.add(op("followUp.notify", Action.READ_CONFIDENTIAL, s -> s.as.followUp().notify(s.cellA.id(), TODAY,
                notice -> { })));
        // scoring: what it takes for the cell
        ops.add(op("scoring.whatItTakes", Action.READ, s -> s.as.scoring().whatItTakes(s.cellA.id(), 2025, TODAY,
                CriteriaSetTestData.v2Like(), List.of(), Locale.ENGLISH)));
        return ops;
    }

    static Stream<Arguments> cases() {
        return ops().stream().flatMap(op -> Stream.of(Who.values()).map(who -> Arguments.of(op, who)));
    }

    static boolean allowed(Op op, Who who) {
        Set<Action> may = MAY.get(who);
        boolean known = who != Who.UNKNOWN_MEMBER && who != Who.NOBODY;
        return may.containsAll(op.needs())
                && (!op.also().contains(Need.KNOWN) || known)
                && (!op.also().contains(Need.ADMINISTER_OR_WRITE_WORK)
                || may.contains(Action.ADMINISTER) || may.contains(Action.WRITE_WORK));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void everyCommandAndQueryIsRefusedExactlyWhereTheTableSays(Op op, Who who) {
        Scenario s = new Scenario(who);
        if (allowed(op, who)) {
            assertThatCode(() -> op.run().accept(s)).doesNotThrowAnyException();
            return;
        }
        String before = s.state();
        Throwable refused = catchThrowable(() -> op.run().accept(s));
        // an inspection on signs of violation does not exist for a caller who may not read confidential content
        boolean notFound = op.hiddenWhenRefused() && !MAY.get(who).contains(Action.READ_CONFIDENTIAL);
        if (notFound) {
            assertThat(refused).as("hidden from %s", who).isInstanceOf(NotFoundException.class);
        } else {
            assertThat(refused).isInstanceOf(AccessDeniedException.class);
            AccessDeniedException denied = (AccessDeniedException) refused;
            assertThat(denied.reason()).isEqualTo(
                    (who == Who.UNKNOWN_MEMBER || who == Who.NOBODY) && op.also().contains(Need.KNOWN)
                            ? AccessDeniedException.Reason.UNKNOWN_CALLER : AccessDeniedException.Reason.NOT_ALLOWED);
            assertThat(denied.violation().message(java.util.Locale.ENGLISH)).doesNotContain("{");
        }
        assertThat(s.state()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theTableCoversEveryActionAndEveryKindOfCaller() {
        Set<Action> needed = EnumSet.noneOf(Action.class);
        ops().forEach(op -> needed.addAll(op.needs()));
        assertThat(needed).containsExactlyInAnyOrder(Action.values());
        // every kind is refused something; the strangers to the library are allowed nothing, the secretary of
        // another cell only what every known caller reads (the register of documents)
        for (Who who : Who.values()) {
            assertThat(ops()).as("%s refused", who).anyMatch(op -> !allowed(op, who));
        }
        assertThat(Stream.of(Who.values()).filter(w -> ops().stream().noneMatch(op -> allowed(op, w))))
                .containsExactlyInAnyOrder(Who.UNKNOWN_MEMBER, Who.NOBODY);
        assertThat(ops().stream().filter(op -> allowed(op, Who.OTHER_CELL_SECRETARY)))
                .allMatch(op -> op.also().contains(Need.KNOWN)).isNotEmpty();
    }

    @Test
    void aReaderWithoutConfidentialRightsReadsNoViolationAndListsNoHiddenInspection() {
        Scenario s = new Scenario(Who.PLAIN_MEMBER);
        Activity concluded = s.ktgs.activities().conclude(s.concludeCommand()).orThrow();
        assertThat(concluded.conclusion().violations()).hasSize(1);
        Activity read = s.as.activities().activity(concluded.id());
        assertThat(read.conclusion().violations()).isEmpty();
        assertThat(read.conclusion().strengths()).isEqualTo(concluded.conclusion().strengths());
        assertThat(read.version()).isEqualTo(concluded.version());
        assertThat(s.as.activities().ofOrganisation(s.cellA.id(), PageRequest.first(10)).items())
                .extracting(Activity::id).containsExactly(s.planned.id());
        Scenario bySecretary = new Scenario(Who.CELL_SECRETARY);
        assertThat(bySecretary.as.activities().ofOrganisation(bySecretary.cellA.id(), PageRequest.first(10))
                .items()).extracting(Activity::id).containsExactlyInAnyOrder(bySecretary.planned.id(),
                bySecretary.unplanned.id());
        assertThat(bySecretary.as.activities().activity(bySecretary.planned.id())).isEqualTo(bySecretary.planned);
    }

    @Test
    void listsKeepOnlyWhatTheCallerMayRead() {
        Scenario plain = new Scenario(Who.PLAIN_MEMBER);
        assertThat(plain.as.organisations().readable()).extracting(Organisation::code).containsExactly("CB-A");
        assertThat(plain.as.plans().plansOf(2025)).extracting(Plan::organisation).containsExactly(plain.cellA.id());
        assertThat(plain.as.plans().planFor(plain.cellB.id(), 2025)).isEmpty();
        Scenario stranger = new Scenario(Who.OTHER_CELL_SECRETARY);
        assertThat(stranger.as.documents().disseminationsOf(stranger.document.id())).isEmpty();
        assertThat(stranger.as.plans().plansOf(2025)).extracting(Plan::organisation)
                .containsExactly(stranger.cellB.id());
        Scenario admin = new Scenario(Who.ADMINISTRATOR);
        assertThat(admin.as.organisations().readable()).hasSize(4);
        assertThat(admin.as.documents().disseminationsOf(admin.document.id())).extracting(Dissemination::cell)
                .containsExactly(admin.cellA.id());
    }

    @Test
    void whatItTakesWithholdsTheConfidentialCandidatesFromAReaderWithoutConfidentialRights() {
        for (Who who : List.of(Who.PLAIN_MEMBER, Who.CELL_SECRETARY)) {
            Scenario s = new Scenario(who);
            // a recommendation of the inspection on signs of violation, due after today and not closed
            Activity reported = s.ktgs.activities().advance(new Advance(s.unplanned.id(), s.unplanned.version(),
                    Stage.SELF_REPORT_RECEIVED, LocalDate.of(2025, 9, 10), "")).orThrow();
            Activity verified = s.ktgs.activities().advance(new Advance(reported.id(), reported.version(),
                    Stage.VERIFIED, LocalDate.of(2025, 9, 20), "")).orThrow();
            Activity concluded = s.ktgs.activities().conclude(new Conclude(verified.id(), verified.version(),
                    LocalDate.of(2025, 10, 1), List.of(), List.of("Chậm khắc phục"), List.of(new Finding(
                    Target.member(s.plainA.id()), "Vi phạm quy định", Severity.SERIOUS, true)),
                    "Biên bản ngày 01/10/2025")).orThrow();
            Activity recommended = s.ktgs.activities().recommend(new Recommend(s.unplanned.id(),
                    concluded.version(), "Kiểm điểm trước chi bộ", Target.member(s.plainA.id()),
                    LocalDate.of(2025, 12, 20))).orThrow();
            UUID hidden = recommended.recommendations().get(0).id().value();
            // the plan 30, the secretary in charge 10, the items concluded on time 30 (the one item's window has
            // closed), the recommendations closed on time 15 and the violations handled 15: 40 as projected, and
            // good (70) takes both closing the recommendation and handling the violation
            CriteriaSet set = CriteriaSetTestData.aSet(List.of(
                    CriteriaSetTestData.criterion("plan", Indicator.PLAN_ADOPTED, "30", CriteriaSetTestData.bands(
                            CriteriaSetTestData.band("0", "1", "0"), CriteriaSetTestData.band("1", null, "30"))),
                    CriteriaSetTestData.criterion("secretary", Indicator.SECRETARY_LED, "10", new Rule.Proportional()),
                    CriteriaSetTestData.criterion("on-time", Indicator.ITEMS_CONCLUDED_ON_TIME, "30",
                            new Rule.Proportional()),
                    CriteriaSetTestData.criterion("follow-up", Indicator.RECOMMENDATIONS_CLOSED_ON_TIME, "15",
                            new Rule.Proportional()),
                    CriteriaSetTestData.criterion("handled", Indicator.VIOLATIONS_HANDLED, "15",
                            new Rule.Proportional())), NotApplicable.EXCLUDE_AND_RENORMALISE);
            CellGuidance all = s.ktgs.whatItTakes().guidance(s.cellA.id(), 2025, TODAY, set, List.of()).get(0);
            assertThat(candidates(all)).as("the unguarded answer names them").extracting(Step.Candidate::id)
                    .contains(hidden, s.unplanned.id().value());
            CellGuidance read = s.as.scoring().whatItTakes(s.cellA.id(), 2025, TODAY, set, List.of(),
                    Locale.ENGLISH);
            if (who == Who.CELL_SECRETARY) {
                assertThat(read).isEqualTo(all);
                continue;
            }
            assertThat(read.projected()).isEqualTo(all.projected());
            assertThat(read.paths()).hasSameSizeAs(all.paths());
            for (int p = 0; p < all.paths().size(); p++) {
                LevelPath a = all.paths().get(p);
                LevelPath r = read.paths().get(p);
                assertThat(r.stepCount()).isEqualTo(a.stepCount());
                assertThat(r.total()).isEqualTo(a.total());
                for (int i = 0; i < a.steps().size(); i++) {
                    Step as = a.steps().get(i);
                    Step rs = r.steps().get(i);
                    assertThat(rs.count()).isEqualTo(as.count());
                    assertThat(rs.candidates()).hasSameSizeAs(as.candidates());
                    for (int c = 0; c < as.candidates().size(); c++) {
                        Step.Candidate x = as.candidates().get(c);
                        boolean withheld = as.kind() == StepKind.HANDLE_VIOLATION || hidden.equals(x.id());
                        assertThat(rs.candidates().get(c)).isEqualTo(withheld
                                ? new Step.Candidate(null, "(confidential)", null) : x);
                    }
                }
            }
            assertThat(candidates(read)).extracting(Step.Candidate::id).doesNotContain(hidden)
                    .doesNotContain(s.unplanned.id().value());
            assertThat(candidates(read)).extracting(Step.Candidate::name).contains("(confidential)");
            assertThat(all.paths()).flatExtracting(LevelPath::steps).extracting(Step::kind)
                    .contains(StepKind.HANDLE_VIOLATION);
        }
    }

    private static List<Step.Candidate> candidates(CellGuidance g) {
        return g.paths().stream().flatMap(p -> p.steps().stream()).flatMap(x -> x.candidates().stream()).toList();
    }

    @Test
    void notifySendsEveryOverdueStepOnceForTheCellsLeadershipAndNothingForAnAdministrator() {
        Scenario admin = new Scenario(Who.ADMINISTRATOR);
        List<Notice> none = new ArrayList<>();
        assertThat(catchThrowable(() -> admin.as.followUp().notify(admin.cellA.id(), TODAY, none::add)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(none).isEmpty();
        Scenario s = new Scenario(Who.CELL_COMMITTEE_MEMBER);
        // the last step of escalation goes to the committee's standing committee
        s.ktgs.organisations().appoint(new Appoint(s.comSec.id(), s.committee.id(),
                RoleKind.STANDING_COMMITTEE_MEMBER, LONG_AGO, null)).orThrow();
        List<Overdue> escalated = s.ktgs.followUp().overdue(s.cellA.id(), TODAY).stream()
                .filter(x -> x.escalation() != null && !x.escalation().recipients().isEmpty()).toList();
        assertThat(escalated).isNotEmpty();
        List<Notice> sent = new ArrayList<>();
        NoticeRun run = s.as.followUp().notify(s.cellA.id(), TODAY, sent::add);
        assertThat(run.sent()).isEqualTo(sent);
        assertThat(sent).extracting(n -> n.item().key())
                .containsExactlyInAnyOrderElementsOf(escalated.stream().map(Overdue::key).toList());
        NoticeRun again = s.as.followUp().notify(s.cellA.id(), TODAY, sent::add);
        assertThat(again.sent()).isEmpty();
        assertThat(again.alreadySent()).isEqualTo(escalated.size());
    }

    /** A committee with two cells, their people, a document, a plan, two records and a report of CB-A. */
    static final class Scenario {
        final Ktgs ktgs = Ktgs.builder(Ports.inMemory(), TestValidation.validator(),
                Clock.fixed(TODAY.atTime(9, 0).atZone(HANOI).toInstant(), HANOI)).build();
        final Organisation committee;
        final Organisation cellA;
        final Organisation cellB;
        final Member secA;
        final Member ccA;
        final Member plainA;
        final Member bch;
        final Member comSec;
        final Member secB;
        final Term term = new Term("Nhiệm kỳ 2020–2025", DateRange.of(LONG_AGO, LocalDate.of(2025, 12, 31)));
        final Document document;
        final Dissemination dissemination;
        final PlanItem item;
        final Plan plan;
        final Activity planned;
        final Activity unplanned;
        final Report report;
        final Guarded as;

        Scenario(Who who) {
            var o = ktgs.organisations();
            Organisation bloc = o.register(new RegisterOrganisation("DUK", "Đảng ủy Khối các cơ quan tỉnh",
                    OrganisationKind.BLOC_COMMITTEE, null, LONG_AGO)).orThrow();
            committee = o.register(new RegisterOrganisation("VPUB", "Đảng bộ Văn phòng UBND tỉnh",
                    OrganisationKind.GRASSROOTS_COMMITTEE, bloc.id(), LONG_AGO)).orThrow();
            cellA = o.register(new RegisterOrganisation("CB-A", "Chi bộ Phòng Tổng hợp",
                    OrganisationKind.SUBORDINATE_CELL, committee.id(), LONG_AGO)).orThrow();
            cellB = o.register(new RegisterOrganisation("CB-B", "Chi bộ Phòng Kinh tế",
                    OrganisationKind.SUBORDINATE_CELL, committee.id(), LONG_AGO)).orThrow();
            secA = member("DV01", "Nguyễn Thị Ưng", cellA, cellA, RoleKind.SECRETARY);
            ccA = member("DV02", "Tôn Thất Ấn", cellA, cellA, RoleKind.CELL_COMMITTEE_MEMBER);
            plainA = o.enrol(new Enrol(o.registerMember(new RegisterMember("DV03", "Âu Thị Ỷ Lan")).orThrow().id(),
                    cellA.id(), LONG_AGO, MembershipStatus.PROBATIONARY)).orThrow();
            bch = member("DV11", "Lâm Thị Ửng", cellB, committee, RoleKind.EXECUTIVE_COMMITTEE_MEMBER);
            o.assign(new Assign(bch.id(), cellA.id(), LONG_AGO, null)).orThrow();
            comSec = member("DV12", "Quách Văn Ơn", cellB, committee, RoleKind.SECRETARY);
            secB = member("DV13", "Đặng Văn Ước", cellB, cellB, RoleKind.SECRETARY);
            document = ktgs.documents().register(new RegisterDocument("02-NQ/ĐU", committee.id(),
                    LocalDate.of(2024, 10, 1), term, "Nghị quyết về nâng cao chất lượng kiểm tra, giám sát", null))
                    .orThrow();
            dissemination = ktgs.documents().recordDissemination(new RecordDissemination(document.id(), cellA.id(),
                    LocalDate.of(2025, 2, 1), List.of(secA.id(), plainA.id()), "")).orThrow();
            item = new PlanItem(PlanItemId.random(), ActivityKind.DUTY_INSPECTION, SupervisionMode.DIRECT,
                    List.of(Target.member(plainA.id())), List.of("MEMBER_DUTIES"), "Cải cách hành chính",
                    "Việc thực hiện nhiệm vụ đảng viên", DateRange.of(LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 10, 31)), secA.id(), List.of());
            plan = new Plan(PlanId.random(), cellA.id(), 2025, "Kế hoạch kiểm tra, giám sát năm 2025", List.of(),
                    List.of(new PlanRevision(1, List.of(item), ADOPTED, null)), 1);
            ktgs.ports().plans().save(plan);
            PlanItem itemB = new PlanItem(PlanItemId.random(), ActivityKind.DUTY_INSPECTION, SupervisionMode.DIRECT,
                    List.of(Target.member(secB.id())), List.of("MEMBER_DUTIES"), "Cải cách hành chính",
                    "Việc thực hiện nhiệm vụ đảng viên", DateRange.of(LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 10, 31)), secB.id(), List.of());
            ktgs.ports().plans().save(new Plan(PlanId.random(), cellB.id(), 2025, "Kế hoạch năm 2025", List.of(),
                    List.of(new PlanRevision(1, List.of(itemB), ADOPTED, null)), 1));
            Activity started = ktgs.activities().start(new Start(plan.id(), item.id(), LocalDate.of(2025, 3, 10),
                    "Thông báo số 01-TB")).orThrow();
            Activity reported = ktgs.activities().advance(new Advance(started.id(), started.version(),
                    Stage.SELF_REPORT_RECEIVED, LocalDate.of(2025, 3, 20), "")).orThrow();
            planned = ktgs.activities().advance(new Advance(reported.id(), reported.version(), Stage.VERIFIED,
                    LocalDate.of(2025, 4, 5), "")).orThrow();
            unplanned = ktgs.activities().openUnplanned(unplannedCommand()).orThrow();
            report = ktgs.reports().compile(new Compile(cellA.id(), "2025-Q1", "Báo cáo quý I")).orThrow();
            as = ktgs.as(switch (who) {
                case ADMINISTRATOR -> Caller.administrator();
                case CELL_SECRETARY -> Caller.member(secA.id());
                case CELL_COMMITTEE_MEMBER -> Caller.member(ccA.id());
                case PLAIN_MEMBER -> Caller.member(plainA.id());
                case ASSIGNED_BCH_MEMBER -> Caller.member(bch.id());
                case COMMITTEE_SECRETARY -> Caller.member(comSec.id());
                case OTHER_CELL_SECRETARY -> Caller.member(secB.id());
                case UNKNOWN_MEMBER -> Caller.member(new MemberId(UUID.randomUUID()));
                case NOBODY -> new Caller(null, Set.<Authority>of());
            });
        }

        private Member member(String code, String name, Organisation cell, Organisation roleIn, RoleKind role) {
            var o = ktgs.organisations();
            Member m = o.registerMember(new RegisterMember(code, name)).orThrow();
            o.enrol(new Enrol(m.id(), cell.id(), LONG_AGO, MembershipStatus.FULL)).orThrow();
            return o.appoint(new Appoint(m.id(), roleIn.id(), role, LONG_AGO, null)).orThrow();
        }

        OpenUnplanned unplannedCommand() {
            return new OpenUnplanned(cellA.id(), List.of(Target.member(plainA.id())), "Việc chấp hành quy định",
                    secA.id(), LocalDate.of(2025, 9, 1), "Đơn phản ánh về dấu hiệu vi phạm");
        }

        DraftPlan draft2026() {
            return new DraftPlan(cellA.id(), 2026, "Kế hoạch kiểm tra, giám sát năm 2026", List.of());
        }

        ItemInput itemInput() {
            return ItemInput.from(item);
        }

        Conclude concludeCommand() {
            return new Conclude(planned.id(), planned.version(), LocalDate.of(2025, 4, 20),
                    List.of("Chấp hành tốt nghị quyết của chi bộ"), List.of("Chậm nộp báo cáo"),
                    List.of(new Finding(Target.member(plainA.id()), "Vi phạm quy định về thời hạn", Severity.SERIOUS,
                            true)), "Biên bản hội nghị chi bộ ngày 20/4/2025");
        }

        /** Everything stored, as text: equal before and after a refused command when nothing was stored. */
        String state() {
            Ports p = ktgs.ports();
            StringBuilder b = new StringBuilder();
            b.append(p.organisations().all());
            for (Organisation org : p.organisations().all()) {
                b.append(p.members().ofOrganisation(org.id())).append(p.activities().ofOrganisation(org.id()))
                        .append(p.reports().ofOrganisation(org.id())).append(p.disseminations().ofCell(org.id()));
            }
            b.append(p.plans().ofYear(2025)).append(p.plans().ofYear(2026)).append(p.documents().all());
            for (Organisation org : p.organisations().all()) {
                b.append(p.sentNotices().ofOrganisation(org.id()));
            }
            return b.toString();
        }
    }
}
