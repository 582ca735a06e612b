package vn.ktgs.organisation;

import java.util.Objects;
import java.util.UUID;

/** The identity of a Party member (đảng viên). */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    public static MemberId parse(String s) {
        return new MemberId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
