package vn.ktgs.activity;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of an execution record of inspection or supervision (hồ sơ kiểm tra, giám sát). */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static ActivityId parse(String s) {
        return new ActivityId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
