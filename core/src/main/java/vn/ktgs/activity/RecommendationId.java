package vn.ktgs.activity;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a recommendation (kiến nghị) of a conclusion. */
public record RecommendationId(UUID value) {

    public RecommendationId {
        Objects.requireNonNull(value, "value");
    }

    public static RecommendationId random() {
        return new RecommendationId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static RecommendationId parse(String s) {
        return new RecommendationId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
