package vn.ktgs.plan;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of an annual inspection and supervision plan (kế hoạch kiểm tra, giám sát). */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static PlanId parse(String s) {
        return new PlanId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
