package vn.ktgs.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;
import vn.ktgs.rest.api.ActivityApi.FindingDto;
import vn.ktgs.rest.api.PlanApi.ItemRequest;
import vn.ktgs.rest.api.TargetDto;

/** Turns request records into the core's command inputs, collecting the violations only the adapter can see. */
public final class Requests {

    private final List<Violation> violations = new ArrayList<>();

    /** Throws a validation problem with every violation collected, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations);
        }
    }

    public @Nullable Target target(@Nullable TargetDto dto, String path) {
        if (dto == null) {
            return null;
        }
        Target t = dto.toTarget();
        if (t == null) {
            violations.add(Violation.of(path, "ktgs.rest.target.exactlyOne"));
        }
        return t;
    }

    public List<Target> targets(List<TargetDto> dtos, String path) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < dtos.size(); i++) {
            Target t = target(dtos.get(i), path + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    public List<ItemInput> items(List<ItemRequest> items, String path) {
        List<ItemInput> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRequest r = items.get(i);
            String p = path + "[" + i + "]";
            out.add(new ItemInput(r.id() == null ? null : new PlanItemId(r.id()), r.kind(), r.mode(),
                    targets(r.targets(), p + ".targets"), r.focus(), r.politicalTask(), r.content(), r.from(), r.to(),
                    new MemberId(r.responsible()), r.team() == null ? null : members(r.team())));
        }
        return out;
    }

    public List<Finding> findings(List<FindingDto> findings, String path) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            FindingDto f = findings.get(i);
            out.add(new Finding(target(f.target(), path + "[" + i + "].target"), f.description(), f.severity(),
                    f.disciplineToBeConsidered()));
        }
        return out;
    }

    public static List<MemberId> members(List<UUID> ids) {
        return ids.stream().map(MemberId::new).toList();
    }
}
