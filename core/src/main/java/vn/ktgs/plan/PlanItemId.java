package vn.ktgs.plan;

import java.util.Objects;
import java.util.UUID;

/** The identity of one item of a plan; stable across the plan's revisions. */
public record PlanItemId(UUID value) {

    public PlanItemId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanItemId random() {
        return new PlanItemId(UUID.randomUUID());
    }

    public static PlanItemId parse(String s) {
        return new PlanItemId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
