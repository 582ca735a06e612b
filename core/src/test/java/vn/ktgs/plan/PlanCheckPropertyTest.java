package vn.ktgs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.testing.OrgFixture;
import vn.ktgs.testing.TestValidation;

/** Checking a plan never throws, whatever the input: it answers with violations that can be rendered. */
class PlanCheckPropertyTest {

    private static final String HUGE = "Nội dung ".repeat(5_000);

    private final OrgFixture org = new OrgFixture();
    private final InMemoryPlans plans = new InMemoryPlans();
    private final PlanService service = new PlanService(plans, org.service, ContentFocusCatalogue.defaults(),
            TestValidation.validator(), PlanTestData.CLOCK);
    private final Organisation cell = org.cell("CB1", "Chi bộ Phòng Tổng hợp");
    private final Organisation otherCell = org.cell("CB2", "Chi bộ Phòng Kinh tế");
    private final Member an = org.member("DV1", "Nguyễn Văn An", cell);
    private final Member binh = org.member("DV2", "Trần Thị Bình", cell);
    private final Member dung = org.member("DV3", "Phạm Thị Dung", otherCell);

    private record Shape(ActivityKind kind, SupervisionMode mode, List<Target> targets, List<String> focus) {
    }

    private record Words(String politicalTask, String content, LocalDate from, LocalDate to) {
    }

    private record People(MemberId responsible, List<MemberId> team, PlanItemId id) {
    }

    @SafeVarargs
    private static <T> Gen<T> oneOf(T... values) {
        return Generate.pick(Arrays.asList(values));
    }

    private static <T> Gen<List<T>> listsOrNull(Gen<T> element) {
        Gen<List<T>> lists = lists().of(element).ofSizeBetween(0, 3).map(l -> new ArrayList<>(l));
        return lists.mix(Generate.constant(() -> null), 15);
    }

    private Gen<DraftPlan> drafts() {
        Gen<OrganisationId> organisations = oneOf(cell.id(), otherCell.id(), org.committee.id(), org.bloc.id(),
                OrganisationId.random(), null);
        Gen<Integer> years = Generate.range(1995, 2105).mix(oneOf(Integer.MIN_VALUE, Integer.MAX_VALUE, 2025), 30);
        Gen<MemberId> memberIds = oneOf(an.id(), binh.id(), dung.id(), MemberId.random(), null);
        Gen<Target> targets = oneOf(Target.member(an.id()), Target.member(binh.id()), Target.member(dung.id()),
                Target.member(MemberId.random()), Target.organisation(cell.id()), Target.organisation(otherCell.id()),
                Target.organisation(org.committee.id()), Target.organisation(OrganisationId.random()), null);
        Gen<String> codes = oneOf("MEMBER_DUTIES", "KTGS_WORK", "member_duties", "", " ", HUGE, "\u0000", null);
        Gen<String> texts = oneOf("Chuyển đổi số", "", "  ", HUGE, "\uD800", "a\u0007b", null);
        Gen<LocalDate> dates = Generate.longRange(LocalDate.of(2023, 1, 1).toEpochDay(),
                LocalDate.of(2027, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)
                .mix(oneOf(LocalDate.MIN, LocalDate.MAX, null), 20);
        Gen<ActivityKind> kinds = Generate.enumValues(ActivityKind.class).mix(oneOf((ActivityKind) null), 15);
        Gen<SupervisionMode> modes = oneOf(SupervisionMode.DIRECT, SupervisionMode.INDIRECT, null);

        Gen<Shape> shapes = kinds.zip(modes, listsOrNull(targets), listsOrNull(codes), Shape::new);
        Gen<Words> words = texts.zip(texts, dates, dates, Words::new);
        Gen<People> people = memberIds.zip(listsOrNull(memberIds), oneOf(PlanItemId.random(), null), People::new);
        Gen<ItemInput> items = shapes.zip(words, people, (s, w, p) -> new ItemInput(p.id(), s.kind(), s.mode(),
                s.targets(), s.focus(), w.politicalTask(), w.content(), w.from(), w.to(), p.responsible(),
                p.team())).mix(Generate.constant(() -> null), 10);
        Gen<List<ItemInput>> itemLists = lists().of(items).ofSizeBetween(0, 4).<List<ItemInput>>map(ArrayList::new)
                .mix(Generate.constant(() -> null), 10);
        return organisations.zip(years, texts, itemLists, DraftPlan::new);
    }

    @Test
    void checkNeverThrowsAndNamesEveryMissingTargetWithARenderableMessage() {
        qt().withExamples(200).forAll(drafts()).checkAssert(cmd -> {
            Outcome<List<PlanItem>> outcome = service.check(cmd);

            for (Violation v : outcome.violations()) {
                assertThat(Messages.hasMessage(v.rule())).as("message of %s", v.rule()).isTrue();
            }
            List<ItemInput> items = cmd.items() == null ? List.of() : cmd.items();
            for (int i = 0; i < items.size(); i++) {
                ItemInput item = items.get(i);
                String path = "items[" + i + "]";
                if (item == null) {
                    assertThat(outcome.violations()).extracting(Violation::path).contains(path);
                } else if (item.targets() == null || item.targets().isEmpty()) {
                    assertThat(outcome.violations()).extracting(Violation::path, Violation::rule)
                            .contains(tuple(path + ".targets",
                                    "ktgs.plan.item.target.required"));
                }
            }
            if (outcome.isAccepted()) {
                assertThat(outcome.orThrow()).hasSize(items.size());
            }
            assertThat(plans.ofYear(cmd.year())).isEmpty();
        });
    }
}
