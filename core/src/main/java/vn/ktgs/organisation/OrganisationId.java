package vn.ktgs.organisation;

import java.util.Objects;
import java.util.UUID;

/** The identity of a Party organisation. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    public static OrganisationId parse(String s) {
        return new OrganisationId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
