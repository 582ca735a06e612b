package vn.ktgs.document;

import java.util.Objects;
import java.util.UUID;

/** The identity of a governing document (văn bản). */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    public static DocumentId parse(String s) {
        return new DocumentId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
