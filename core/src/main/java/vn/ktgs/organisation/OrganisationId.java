package vn.ktgs.organisation;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a Party organisation. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static OrganisationId parse(String s) {
        return new OrganisationId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
