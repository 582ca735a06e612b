package vn.ktgs.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.plan.PlanCommands.ItemInput;

/** Test data for plans: a clock on 15 March 2025 in Vietnam and a builder of valid plan items. */
final class PlanTestData {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);

    private PlanTestData() {
    }

    /** A valid item: the duty inspection of {@code target}, led by {@code responsible}, April to June 2025. */
    static ItemBuilder anItem(Member responsible, Member target) {
        return new ItemBuilder(responsible.id(), Target.member(target.id()));
    }

    /** A builder of {@link ItemInput} with sensible defaults. */
    static final class ItemBuilder {
        private @Nullable PlanItemId id;
        private @Nullable ActivityKind kind = ActivityKind.DUTY_INSPECTION;
        private @Nullable SupervisionMode mode = SupervisionMode.DIRECT;
        private @Nullable List<Target> targets;
        private @Nullable List<String> focus = List.of("MEMBER_DUTIES", "EXEMPLARY_CONDUCT");
        private @Nullable String politicalTask = "Cải cách hành chính, chuyển đổi số của Văn phòng";
        private @Nullable String content = "Việc thực hiện nhiệm vụ đảng viên và nhiệm vụ chuyên môn được giao";
        private @Nullable LocalDate from = LocalDate.of(2025, 4, 1);
        private @Nullable LocalDate to = LocalDate.of(2025, 6, 30);
        private @Nullable MemberId responsible;
        private @Nullable List<MemberId> team = List.of();

        private ItemBuilder(MemberId responsible, Target target) {
            this.responsible = responsible;
            this.targets = List.of(target);
        }

        ItemBuilder id(@Nullable PlanItemId value) {
            id = value;
            return this;
        }

        ItemBuilder kind(@Nullable ActivityKind value) {
            kind = value;
            return this;
        }

        /** Targets; may hold {@code null} to test how bad input is reported. */
        ItemBuilder targets(@Nullable Target... values) {
            targets = values == null ? null : new ArrayList<>(Arrays.asList(values));
            return this;
        }

        ItemBuilder noTargets() {
            targets = null;
            return this;
        }

        ItemBuilder focus(@Nullable String... values) {
            focus = values == null ? null : new ArrayList<>(Arrays.asList(values));
            return this;
        }

        ItemBuilder politicalTask(@Nullable String value) {
            politicalTask = value;
            return this;
        }

        ItemBuilder content(@Nullable String value) {
            content = value;
            return this;
        }

        ItemBuilder window(@Nullable LocalDate first, @Nullable LocalDate last) {
            from = first;
            to = last;
            return this;
        }

        ItemBuilder responsible(@Nullable MemberId value) {
            responsible = value;
            return this;
        }

        ItemBuilder team(@Nullable MemberId... values) {
            team = values == null ? null : new ArrayList<>(Arrays.asList(values));
            return this;
        }

        ItemInput build() {
            return new ItemInput(id, kind, mode, targets, focus, politicalTask, content, from, to, responsible, team);
        }
    }
}
