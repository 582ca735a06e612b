package vn.ktgs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.ktgs.plan.PlanTestData.CLOCK;
import static vn.ktgs.plan.PlanTestData.anItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanCommands.ReviseDraft;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

class PlanServiceTest {

    private static final String TITLE = "Kế hoạch kiểm tra, giám sát năm 2025";

    private final OrgFixture org = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final PlanService service = new PlanService(plans, org.service, ContentFocusCatalogue.defaults(),
            TestValidation.validator(), CLOCK);
    private final Organisation cell = org.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Organisation otherCell = org.cell("CB2", "Chi bộ Phòng Kinh tế");
    private final Member secretary = org.member("DV1", "Nguyễn Văn An", cell);
    private final Member binh = org.member("DV2", "Trần Thị Bình", cell);
    private final Member cuong = org.member("DV3", "Lê Văn Cường", cell);
    private final Member outsider = org.member("DV4", "Phạm Thị Dung", otherCell);
    private final Member newcomer = org.member("DV5", "Võ Minh Em", cell, LocalDate.of(2025, 6, 1),
            MembershipStatus.PROBATIONARY);

    private DraftPlan draftOf(Organisation planner, ItemInput... items) {
        return new DraftPlan(planner.id(), 2025, TITLE, new ArrayList<>(Arrays.asList(items)));
    }

    private Outcome<Plan> draft(ItemInput... items) {
        return service.draft(draftOf(cell, items));
    }

    private Plan adopted() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();
        return service.adopt(new Adopt(draft.id(), draft.version(), LocalDate.of(2025, 1, 10))).orThrow();
    }

    private void assertRejected(Outcome<?> outcome, String path, String rule) {
        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(tuple(path, rule));
    }

    // ---------------------------------------------------------------- draft and check

    @Test
    void draftsAPlanWithItsItemsInNormalisedText() {
        String decomposed = "Ca\u0309i ca\u0301ch ha\u0300nh chi\u0301nh";
        Plan plan = draft(anItem(secretary, binh).politicalTask("  " + decomposed + " ").team(cuong.id()).build())
                .orThrow();

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(plan.items()).singleElement().satisfies(i -> {
            assertThat(i.politicalTask()).isEqualTo("Cải cách hành chính");
            assertThat(i.targets()).containsExactly(Target.member(binh.id()));
            assertThat(i.team()).containsExactly(cuong.id());
        });
        assertThat(service.planFor(cell.id(), 2025)).contains(plan);
        assertThat(service.plansOf(2025)).containsExactly(plan);
    }

    @Test
    void checkReturnsTheItemsAndStoresNothing() {
        Outcome<List<PlanItem>> checked = service.check(draftOf(cell, anItem(secretary, binh).build()));

        assertThat(checked.orThrow()).singleElement().extracting(PlanItem::kind).isEqualTo(ActivityKind.DUTY_INSPECTION);
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsASecondPlanForTheSameOrganisationAndYear() {
        Plan first = draft(anItem(secretary, binh).build()).orThrow();

        Outcome<Plan> second = draft(anItem(secretary, cuong).build());

        assertRejected(second, "year", "ktgs.plan.duplicate");
        assertThat(service.plansOf(2025)).containsExactly(first);
    }

    @Test
    void rejectsAPlanOfAnUnknownOrganisation() {
        Outcome<Plan> outcome = service.draft(new DraftPlan(OrganisationId.random(), 2025, TITLE, List.of()));

        assertRejected(outcome, "organisation", "ktgs.organisation.unknown");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAYearOutsideTheSupportedRange() {
        Outcome<Plan> outcome = service.draft(new DraftPlan(cell.id(), 1999, TITLE, List.of()));

        assertRejected(outcome, "year", "jakarta.validation.constraints.Min.message");
        assertThat(service.plansOf(1999)).isEmpty();
    }

    @Test
    void rejectsAWindowOutsideThePlanYear() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .window(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 1, 31)).build());

        assertRejected(outcome, "items[0].to", "ktgs.plan.item.window.outsideYear");
        assertThat(outcome.violations().get(0).args()).containsEntry("year", "2025").containsEntry("day", "2026-01-31");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .window(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)).build());

        assertRejected(outcome, "items[0].to", "ktgs.range.endBeforeStart");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsInspectionOnSignsOfViolationInAPlan() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).kind(ActivityKind.SIGNS_OF_VIOLATION_INSPECTION).build());

        assertRejected(outcome, "items[0].kind", "ktgs.plan.item.kind.notPlannable");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsInspectionOfLowerOrganisationsInACellsPlan() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).kind(ActivityKind.LOWER_ORGANISATION_INSPECTION)
                .targets(Target.organisation(otherCell.id())).build());

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule)
                .contains(tuple("items[0].kind", "ktgs.plan.item.kind.notAllowed"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnItemWithoutTarget() {
        Outcome<Plan> none = draft(anItem(secretary, binh).noTargets().build());
        Outcome<Plan> empty = draft(anItem(secretary, binh).targets().build());

        assertRejected(none, "items[0].targets", "ktgs.plan.item.target.required");
        assertRejected(empty, "items[0].targets", "ktgs.plan.item.target.required");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnOrganisationAsTargetOfAMemberInspection() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .targets(Target.member(binh.id()), Target.organisation(otherCell.id())).build());

        assertRejected(outcome, "items[0].targets[1]", "ktgs.plan.item.target.memberExpected");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAMemberAsTargetOfALowerOrganisationInspection() {
        Outcome<Plan> outcome = service.draft(draftOf(org.committee, anItem(secretary, binh)
                .kind(ActivityKind.LOWER_ORGANISATION_INSPECTION).focus("KTGS_WORK").build()));

        assertRejected(outcome, "items[0].targets[0]", "ktgs.plan.item.target.organisationExpected");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsATargetWhoIsNotAMemberOfTheCellOnTheFirstDayOfTheWindow() {
        Outcome<Plan> outcome = draft(
                anItem(secretary, outsider).build(),
                anItem(secretary, newcomer).window(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31)).build());

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("items[0].targets[0]", "ktgs.plan.item.target.notMember"),
                tuple("items[1].targets[0]", "ktgs.plan.item.target.notMember"));
        assertThat(outcome.violations().get(1).args())
                .containsEntry("member", "Võ Minh Em").containsEntry("day", "2025-05-01");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void acceptsAMemberWhoJoinsBeforeTheWindowStarts() {
        Outcome<Plan> outcome = draft(anItem(secretary, newcomer)
                .window(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31)).build());

        assertThat(outcome.isAccepted()).isTrue();
    }

    @Test
    void letsACommitteeInspectOnlyOrganisationsStrictlyBelowIt() {
        Outcome<Plan> outcome = service.draft(draftOf(org.committee, anItem(secretary, binh)
                .kind(ActivityKind.LOWER_ORGANISATION_INSPECTION).focus("KTGS_WORK")
                .targets(Target.organisation(cell.id()), Target.organisation(org.committee.id()),
                        Target.organisation(org.bloc.id())).build()));

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("items[0].targets[1]", "ktgs.plan.item.target.notBelow"),
                tuple("items[0].targets[2]", "ktgs.plan.item.target.notBelow"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void acceptsACommitteePlanWithCellsAndMembersOfItsCells() {
        Plan plan = service.draft(draftOf(org.committee,
                anItem(secretary, binh).kind(ActivityKind.DISCIPLINE_ENFORCEMENT_INSPECTION)
                        .focus("DISCIPLINE_ENFORCEMENT").targets(Target.organisation(otherCell.id())).build(),
                anItem(outsider, cuong).kind(ActivityKind.THEMATIC_SUPERVISION).build())).orThrow();

        assertThat(plan.items()).hasSize(2);
    }

    @Test
    void rejectsTheSameTargetTwiceInOneItem() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .targets(Target.member(binh.id()), Target.member(cuong.id()), Target.member(binh.id())).build());

        assertRejected(outcome, "items[0].targets[2]", "ktgs.plan.item.target.duplicate");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnUnknownMemberAsTargetAsAViolation() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).targets(Target.member(MemberId.random())).build());

        assertRejected(outcome, "items[0].targets[0]", "ktgs.member.unknown");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnItemWithoutContentFocus() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).focus().build());

        assertRejected(outcome, "items[0].focus", "ktgs.plan.item.focus.required");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsUnknownAndRepeatedContentFocus() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .focus("MEMBER_DUTIES", "GOLF", "MEMBER_DUTIES").build());

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("items[0].focus[1]", "ktgs.plan.item.focus.unknown"),
                tuple("items[0].focus[2]", "ktgs.plan.item.focus.duplicate"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnItemNotTiedToAPoliticalTask() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).politicalTask("  ").build());

        assertRejected(outcome, "items[0].politicalTask", "ktgs.plan.item.politicalTask.required");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAnItemWithoutContent() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh).content(null).build());

        assertRejected(outcome, "items[0].content", "ktgs.plan.item.content.required");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsAResponsiblePersonFromAnotherCell() {
        Outcome<Plan> outcome = draft(anItem(outsider, binh).build());

        assertRejected(outcome, "items[0].responsible", "ktgs.plan.item.responsible.notMember");
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rejectsTeamMembersFromAnotherCellUnknownOrTwice() {
        Outcome<Plan> outcome = draft(anItem(secretary, binh)
                .team(cuong.id(), outsider.id(), MemberId.random(), cuong.id()).build());

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("items[0].team[1]", "ktgs.plan.item.team.notMember"),
                tuple("items[0].team[2]", "ktgs.member.unknown"),
                tuple("items[0].team[3]", "ktgs.plan.item.team.duplicate"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void reportsNullsInsideListsWithTheirPaths() {
        Outcome<Plan> outcome = draft(
                anItem(secretary, binh).targets(Target.member(binh.id()), null).focus(null, "MEMBER_DUTIES")
                        .team(cuong.id(), null).build(),
                null);

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("items[0].targets[1]", "jakarta.validation.constraints.NotNull.message"),
                tuple("items[0].focus[0]", "jakarta.validation.constraints.NotNull.message"),
                tuple("items[0].team[1]", "jakarta.validation.constraints.NotNull.message"),
                tuple("items[1]", "jakarta.validation.constraints.NotNull.message"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void reportsEveryGapOfEveryItemAtOnce() {
        Outcome<Plan> outcome = draft(
                anItem(secretary, binh).noTargets().build(),
                anItem(secretary, binh).build(),
                anItem(secretary, outsider).politicalTask("").kind(null).build());

        assertThat(outcome.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple("items[0].targets", "ktgs.plan.item.target.required"),
                tuple("items[2].kind", "jakarta.validation.constraints.NotNull.message"),
                tuple("items[2].politicalTask", "ktgs.plan.item.politicalTask.required"),
                tuple("items[2].targets[0]", "ktgs.plan.item.target.notMember"));
        assertThat(service.plansOf(2025)).isEmpty();
    }

    @Test
    void rendersAGapInVietnameseByDefaultAndInEnglish() {
        Violation v = draft(anItem(secretary, outsider).build()).violations().get(0);

        assertThat(v.message(Locale.forLanguageTag("vi-VN")))
                .isEqualTo("đồng chí Phạm Thị Dung không sinh hoạt trong Chi bộ Phòng Tổng hợp vào ngày 2025-04-01");
        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("Phạm Thị Dung does not belong to Chi bộ Phòng Tổng hợp on 2025-04-01");
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    void draftsAdoptsAndAmendsKeepingEveryRevisionReadable() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();
        Plan adopted = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2025, 1, 10))).orThrow();
        PlanItem kept = adopted.items().get(0);

        List<ItemInput> amended = List.of(
                ItemInput.from(kept),
                anItem(secretary, cuong).kind(ActivityKind.REGULAR_SUPERVISION).build());
        Plan plan = service.amend(new Amend(draft.id(), 2, amended, "Bổ sung giám sát đồng chí Cường",
                LocalDate.of(2025, 3, 1))).orThrow();

        assertThat(adopted.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(adopted.draftItems()).isEmpty();
        assertThat(plan.status()).isEqualTo(PlanStatus.AMENDED);
        assertThat(plan.version()).isEqualTo(3);
        assertThat(plan.adoptedOn()).contains(LocalDate.of(2025, 1, 10));
        PlanRevision first = plan.revision(1).orElseThrow();
        assertThat(first.items()).containsExactly(kept);
        assertThat(first.amendmentReason()).isEmpty();
        PlanRevision second = plan.current().orElseThrow();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.amendmentReason()).contains("Bổ sung giám sát đồng chí Cường");
        assertThat(second.items()).hasSize(2);
        assertThat(second.item(kept.id())).contains(kept);
        assertThat(second.items().get(1).id()).isNotEqualTo(kept.id());
        assertThat(service.plan(draft.id())).isEqualTo(plan);
    }

    @Test
    void revisesADraftKeepingTheIdsOfItsItems() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();
        PlanItem item = draft.items().get(0);

        Plan revised = service.reviseDraft(new ReviseDraft(draft.id(), 1, "Kế hoạch (dự thảo 2)", List.of(
                ItemInput.from(item), anItem(secretary, cuong).build()))).orThrow();

        assertThat(revised.title()).isEqualTo("Kế hoạch (dự thảo 2)");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.items()).extracting(PlanItem::id).startsWith(item.id()).hasSize(2);
    }

    @Test
    void rejectsRevisingAnAdoptedPlan() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.reviseDraft(new ReviseDraft(plan.id(), plan.version(), TITLE,
                List.of(anItem(secretary, cuong).build())));

        assertRejected(outcome, "", "ktgs.plan.notDraft");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void rejectsAdoptingADraftWithoutItems() {
        Plan draft = draft().orThrow();

        Outcome<Plan> outcome = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2025, 1, 10)));

        assertRejected(outcome, "items", "ktgs.plan.items.required");
        assertThat(service.plan(draft.id())).isEqualTo(draft);
    }

    @Test
    void rejectsAnAdoptionDayInTheFuture() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();

        Outcome<Plan> outcome = service.adopt(new Adopt(draft.id(), 1, PlanTestData.TODAY.plusDays(1)));

        assertRejected(outcome, "adoptedOn", "ktgs.plan.adoptedOn.future");
        assertThat(service.plan(draft.id())).isEqualTo(draft);
    }

    @Test
    void rejectsAnAdoptionDayBeforeOctoberOfThePreviousYear() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();

        Outcome<Plan> early = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2024, 9, 30)));
        Outcome<Plan> first = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2024, 10, 1)));

        assertRejected(early, "adoptedOn", "ktgs.plan.adoptedOn.tooEarly");
        assertThat(first.orThrow().adoptedOn()).contains(LocalDate.of(2024, 10, 1));
    }

    @Test
    void rejectsAnAdoptionDayAfterThePlanYearEnded() {
        Plan draft = service.draft(new DraftPlan(cell.id(), 2024, TITLE, List.of(anItem(secretary, binh)
                .window(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)).build()))).orThrow();

        Outcome<Plan> outcome = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2025, 1, 2)));

        assertRejected(outcome, "adoptedOn", "ktgs.plan.adoptedOn.afterYear");
        assertThat(service.plan(draft.id())).isEqualTo(draft);
    }

    @Test
    void rechecksTheItemsOnAdoption() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();
        org.service.leave(new Leave(binh.id(), cell.id(), LocalDate.of(2025, 2, 28))).orThrow();

        Outcome<Plan> outcome = service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2025, 3, 1)));

        assertRejected(outcome, "items[0].targets[0]", "ktgs.plan.item.target.notMember");
        assertThat(service.plan(draft.id()).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void rejectsAdoptingTwice() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.adopt(new Adopt(plan.id(), plan.version(), LocalDate.of(2025, 2, 1)));

        assertRejected(outcome, "", "ktgs.plan.notDraft");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void rejectsAmendingADraft() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();

        Outcome<Plan> outcome = service.amend(new Amend(draft.id(), 1, List.of(anItem(secretary, binh).build()),
                "Bổ sung", LocalDate.of(2025, 2, 1)));

        assertRejected(outcome, "", "ktgs.plan.notAdopted");
        assertThat(service.plan(draft.id())).isEqualTo(draft);
    }

    @Test
    void rejectsAnAmendmentWithoutReason() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.amend(new Amend(plan.id(), plan.version(),
                List.of(ItemInput.from(plan.items().get(0))), " ", LocalDate.of(2025, 2, 1)));

        assertRejected(outcome, "reason", "ktgs.plan.amend.reason.required");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void rejectsAnAmendmentAdoptedBeforeThePreviousRevision() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.amend(new Amend(plan.id(), plan.version(),
                List.of(ItemInput.from(plan.items().get(0))), "Điều chỉnh", LocalDate.of(2025, 1, 9)));

        assertRejected(outcome, "adoptedOn", "ktgs.plan.adoptedOn.beforePrevious");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void rejectsAnAmendmentAdoptedInTheFuture() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.amend(new Amend(plan.id(), plan.version(),
                List.of(ItemInput.from(plan.items().get(0))), "Điều chỉnh", LocalDate.of(2025, 4, 1)));

        assertRejected(outcome, "adoptedOn", "ktgs.plan.adoptedOn.future");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void rejectsAnAmendmentNamingAnItemThePlanNeverHad() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.amend(new Amend(plan.id(), plan.version(),
                List.of(anItem(secretary, cuong).id(PlanItemId.random()).build()), "Điều chỉnh",
                LocalDate.of(2025, 2, 1)));

        assertRejected(outcome, "items[0].id", "ktgs.plan.item.id.unknown");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void checksEveryItemOfAnAmendment() {
        Plan plan = adopted();

        Outcome<Plan> outcome = service.amend(new Amend(plan.id(), plan.version(),
                List.of(ItemInput.from(plan.items().get(0)), anItem(secretary, binh).focus().build()),
                "Bổ sung", LocalDate.of(2025, 2, 1)));

        assertRejected(outcome, "items[1].focus", "ktgs.plan.item.focus.required");
        assertThat(service.plan(plan.id())).isEqualTo(plan);
    }

    @Test
    void throwsOnAStaleVersionAndOnAnUnknownPlan() {
        Plan draft = draft(anItem(secretary, binh).build()).orThrow();
        service.reviseDraft(new ReviseDraft(draft.id(), 1, TITLE, List.of(anItem(secretary, cuong).build())))
                .orThrow();

        assertThatThrownBy(() -> service.adopt(new Adopt(draft.id(), 1, LocalDate.of(2025, 1, 10))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.adopt(new Adopt(PlanId.random(), 1, LocalDate.of(2025, 1, 10))))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.plan(draft.id()).version()).isEqualTo(2);
    }
}
