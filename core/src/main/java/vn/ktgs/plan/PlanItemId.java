package vn.ktgs.plan;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of one item of a plan; stable across the plan's revisions. */
public record PlanItemId(UUID value) {

    public PlanItemId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanItemId random() {
        return new PlanItemId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static PlanItemId parse(String s) {
        return new PlanItemId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
