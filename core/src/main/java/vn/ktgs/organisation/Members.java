package vn.ktgs.organisation;

import java.util.List;
import java.util.Optional;

/** Port: where Party members, their memberships and their roles are stored. */
public interface Members {

    Optional<Member> find(MemberId id);

    Optional<Member> findByCode(String code);

    /** Every member who has ever belonged to or held a role in {@code organisation}, ordered by code. */
    List<Member> ofOrganisation(OrganisationId organisation);

    /**
     * Stores a new member ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Member member);
}
