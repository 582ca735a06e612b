package vn.ktgs.organisation;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a Party member (đảng viên). */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static MemberId parse(String s) {
        return new MemberId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
