package vn.ktgs.activity;

import java.util.Objects;
import java.util.UUID;

/** The identity of an execution record of inspection or supervision (hồ sơ kiểm tra, giám sát). */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    public static ActivityId parse(String s) {
        return new ActivityId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
