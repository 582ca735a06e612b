package vn.ktgs.document;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a governing document (văn bản). */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static DocumentId parse(String s) {
        return new DocumentId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
