package vn.ktgs.organisation;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;

/** Port: where Party organisations are stored. */
public interface Organisations {

    Optional<Organisation> find(OrganisationId id);

    Optional<Organisation> findByCode(String code);

    /** The organisations directly under {@code parent}, ordered by code. */
    List<Organisation> children(OrganisationId parent);

    /**
     * One page of {@link #children(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Organisation> children(OrganisationId parent, PageRequest request) {
        return Page.of(children(parent), request);
    }

    /** Every organisation, ordered by code. */
    List<Organisation> all();

    /**
     * One page of {@link #all()}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Organisation> all(PageRequest request) {
        return Page.of(all(), request);
    }

    /**
     * Stores a new organisation ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Organisation organisation);
}
