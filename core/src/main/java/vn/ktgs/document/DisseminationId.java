package vn.ktgs.document;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a dissemination session (buổi quán triệt). */
public record DisseminationId(UUID value) {

    public DisseminationId {
        Objects.requireNonNull(value, "value");
    }

    public static DisseminationId random() {
        return new DisseminationId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static DisseminationId parse(String s) {
        return new DisseminationId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
