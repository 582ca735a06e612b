package vn.ktgs.plan;

import java.util.Objects;
import java.util.UUID;

/** The identity of an annual inspection and supervision plan (kế hoạch kiểm tra, giám sát). */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    public static PlanId parse(String s) {
        return new PlanId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
