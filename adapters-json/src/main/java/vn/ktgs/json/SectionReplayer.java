package vn.ktgs.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.Dataset.TargetEntry;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;

/**
 * What every section replayer shares: the replay's state under short names, and the one place where a dataset
 * code is turned into the replayed id ({@code ktgs.dataset.unknownCode} when it names nothing) and a dated step is
 * queued.
 */
abstract class SectionReplayer {

    final Dataset d;
    final Ktgs ktgs;
    final List<Violation> v;
    final Map<String, OrganisationId> orgs;
    final Map<String, MemberId> members;
    final Map<String, DocumentId> documents;
    final Map<String, PlanItemId> items;
    final Map<String, PlanId> itemPlans;
    final Map<String, String> itemRecord;
    final Set<String> failed;
    private final List<ReplayState.Step> steps;

    SectionReplayer(ReplayState s) {
        this.d = s.d;
        this.ktgs = s.ktgs;
        this.v = s.v;
        this.orgs = s.orgs;
        this.members = s.members;
        this.documents = s.documents;
        this.items = s.items;
        this.itemPlans = s.itemPlans;
        this.itemRecord = s.itemRecord;
        this.failed = s.failed;
        this.steps = s.steps;
    }

    /** Queues {@code action} on {@code day}; {@code phase} orders the steps of one day (documents first). */
    final void step(LocalDate day, int phase, String record, String path, Supplier<List<Violation>> action) {
        steps.add(new ReplayState.Step(day, phase, steps.size(), record, path, action));
    }

    static List<Violation> result(Outcome<?> o) {
        return o.violations();
    }

    // ---------------------------------------------------------------- codes outside a step (into the violations)

    final @Nullable MemberId member(String code, String path) {
        MemberId id = members.get(code);
        if (id == null) {
            v.add(Violation.of(path, "ktgs.dataset.unknownCode", "kind", Entity.MEMBER, "code", code));
        }
        return id;
    }

    final @Nullable OrganisationId organisation(String code, String path) {
        OrganisationId id = orgs.get(code);
        if (id == null) {
            v.add(Violation.of(path, "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code", code));
        }
        return id;
    }

    // ---------------------------------------------------------------- codes inside a step (into {@code out})

    final @Nullable MemberId member(String code, String field, List<Violation> out) {
        MemberId id = members.get(code);
        if (id == null) {
            out.add(Violation.of(field, "ktgs.dataset.unknownCode", "kind", Entity.MEMBER, "code", code));
        }
        return id;
    }

    final @Nullable OrganisationId organisation(String code, String field, List<Violation> out) {
        OrganisationId id = orgs.get(code);
        if (id == null) {
            out.add(Violation.of(field, "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code", code));
        }
        return id;
    }

    final @Nullable Target target(@Nullable TargetEntry t, String field, List<Violation> out) {
        if (t == null) {
            return null;
        }
        if (t.member() != null) {
            MemberId id = member(t.member(), field, out);
            return id == null ? null : Target.member(id);
        }
        OrganisationId id = organisation(Objects.requireNonNull(t.organisation()), field, out);
        return id == null ? null : Target.organisation(id);
    }

    final List<Target> targets(List<TargetEntry> list, String field, List<Violation> out) {
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            Target t = target(list.get(k), field + "[" + k + "]", out);
            if (t != null) {
                targets.add(t);
            }
        }
        return targets;
    }

    final List<MemberId> memberList(List<String> codes, String field, List<Violation> out) {
        List<MemberId> ids = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            MemberId id = member(codes.get(k), field + "[" + k + "]", out);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
