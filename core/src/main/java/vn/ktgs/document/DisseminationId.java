package vn.ktgs.document;

import java.util.Objects;
import java.util.UUID;

/** The identity of a dissemination session (buổi quán triệt). */
public record DisseminationId(UUID value) {

    public DisseminationId {
        Objects.requireNonNull(value, "value");
    }

    public static DisseminationId random() {
        return new DisseminationId(UUID.randomUUID());
    }

    public static DisseminationId parse(String s) {
        return new DisseminationId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
