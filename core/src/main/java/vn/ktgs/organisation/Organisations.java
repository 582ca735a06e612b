package vn.ktgs.organisation;

import java.util.List;
import java.util.Optional;

/** Port: where Party organisations are stored. */
public interface Organisations {

    Optional<Organisation> find(OrganisationId id);

    Optional<Organisation> findByCode(String code);

    /** The organisations directly under {@code parent}, ordered by code. */
    List<Organisation> children(OrganisationId parent);

    /** Every organisation, ordered by code. */
    List<Organisation> all();

    /**
     * Stores a new organisation ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Organisation organisation);
}
