package vn.ktgs;

import java.util.List;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.activity.Activities;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.ScoringService;

/**
 * Chấm điểm for one caller: a committee's cells are scored for a caller who may read the committee
 * ({@link Action#READ}), one cell (with the other cells of its committee, which the quota compares) for a caller who
 * may read the cell; what the caller may see of the records counted is their {@link #disclosure}. Obtained from
 * {@link Guarded#scoring()}.
 */
public final class GuardedScoring {

    private final Guarded as;
    private final ScoringService service;
    private final OrganisationService organisations;
    private final Activities activities;

    GuardedScoring(Guarded as, ScoringService service, OrganisationService organisations, Activities activities) {
        this.as = as;
        this.service = service;
        this.organisations = organisations;
        this.activities = activities;
    }

    /**
     * {@link ScoringService#score} under {@link Action#READ} on the committee.
     *
     * @throws AccessDeniedException without it
     */
    public CommitteeScores score(OrganisationId committee, int year, CriteriaSet set, List<DocumentId> documents) {
        Organisation root = organisations.organisation(committee);
        as.require(Action.READ, root.id());
        return service.score(root.id(), year, set, documents);
    }

    /**
     * The scores of the committee the cell belongs to (the cell alone for a grassroots cell, which has no committee
     * above it in the tree), under {@link Action#READ} on the cell: the caller reads the cell's own scorecard among
     * them, and of the others what their {@link #disclosure} lets them see.
     *
     * @throws IllegalArgumentException when {@code cell} is not a cell
     * @throws AccessDeniedException without {@link Action#READ} on the cell
     */
    public CommitteeScores scoreOfCell(OrganisationId cell, int year, CriteriaSet set, List<DocumentId> documents) {
        Organisation c = organisations.organisation(cell);
        as.require(Action.READ, c.id());
        if (!c.kind().isCell()) {
            throw new IllegalArgumentException(c.code() + " is not a cell");
        }
        return service.score(c.parent() == null ? c.id() : c.parent(), year, set, documents);
    }

    /** What the caller may see of the records counted in {@code organisation} (see {@link Disclosure}). */
    public Disclosure disclosure(OrganisationId organisation) {
        boolean confidential = as.allows(Action.READ_CONFIDENTIAL, organisation);
        return Disclosure.of(confidential, confidential ? List.of() : activities.ofOrganisation(organisation));
    }
}
