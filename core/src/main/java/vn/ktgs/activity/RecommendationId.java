package vn.ktgs.activity;

import java.util.Objects;
import java.util.UUID;

/** The identity of a recommendation (kiến nghị) of a conclusion. */
public record RecommendationId(UUID value) {

    public RecommendationId {
        Objects.requireNonNull(value, "value");
    }

    public static RecommendationId random() {
        return new RecommendationId(UUID.randomUUID());
    }

    public static RecommendationId parse(String s) {
        return new RecommendationId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
