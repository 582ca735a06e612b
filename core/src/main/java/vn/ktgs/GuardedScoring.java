package vn.ktgs;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.common.Messages;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.LevelPath;
import vn.ktgs.scoring.ScoringService;
import vn.ktgs.scoring.Step;
import vn.ktgs.scoring.StepKind;
import vn.ktgs.scoring.WhatItTakes;

/**
 * Chấm điểm for one caller: a committee's cells are scored for a caller who may read the committee
 * ({@link Action#READ}), one cell (with the other cells of its committee, which the quota compares) for a caller who
 * may read the cell; what the caller may see of the records counted is their {@link #disclosure}. What it takes
 * for a cell ({@link #whatItTakes}) is answered to a caller who may read the cell, with the records they may not
 * see withheld. Obtained from {@link Guarded#scoring()}.
 */
public final class GuardedScoring {

    private final Guarded as;
    private final ScoringService service;
    private final OrganisationService organisations;
    private final Activities activities;
    private final WhatItTakes whatItTakes;

    GuardedScoring(Guarded as, ScoringService service, OrganisationService organisations, Activities activities,
                   WhatItTakes whatItTakes) {
        this.as = as;
        this.service = service;
        this.organisations = organisations;
        this.activities = activities;
        this.whatItTakes = whatItTakes;
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

    /**
     * Còn cần gì: {@link WhatItTakes#guidance(OrganisationId, int, LocalDate, CriteriaSet, List)} for one cell,
     * under {@link Action#READ} on the cell (the other cells of its committee are projected for the quota, as for
     * {@link #scoreOfCell}). To a caller without {@link Action#READ_CONFIDENTIAL} on
     * the cell, the candidates of the steps that would name confidential content are withheld: every candidate of
     * {@link StepKind#HANDLE_VIOLATION} (which records found violations), and the recommendations of an inspection
     * on signs of violation. A withheld candidate keeps its place and its step its count, as the figures do, but has
     * no id and no day, and its name is {@code Guidance.withheld} in {@code locale} ("(nội dung mật)"). The
     * projected scorecard's counted records are those of {@link #scoreOfCell}: what the caller may see of them is
     * {@link #disclosure(OrganisationId)}.
     *
     * @param locale the language of the name a withheld candidate is given
     * @throws IllegalArgumentException when {@code cell} is not a cell
     * @throws AccessDeniedException without {@link Action#READ} on the cell
     */
    public CellGuidance whatItTakes(OrganisationId cell, int year, LocalDate on, CriteriaSet set,
                                    List<DocumentId> documents, Locale locale) {
        Organisation c = organisations.organisation(cell);
        as.require(Action.READ, c.id());
        if (!c.kind().isCell()) {
            throw new IllegalArgumentException(c.code() + " is not a cell");
        }
        CellGuidance g = whatItTakes.guidance(c.id(), year, on, set, documents).get(0);
        if (as.allows(Action.READ_CONFIDENTIAL, c.id())) {
            return g;
        }
        Set<UUID> hidden = new HashSet<>();
        for (Activity a : activities.ofOrganisation(c.id())) {
            if (!a.isPlanned()) {
                hidden.add(a.id().value());
                a.recommendations().forEach(r -> hidden.add(r.id().value()));
            }
        }
        Step.Candidate withheld = new Step.Candidate(null, Messages.label("Guidance.withheld", locale), null);
        List<LevelPath> paths = g.paths().stream().map(p -> new LevelPath(p.level(), p.reachable(),
                p.steps().stream().map(s -> new Step(s.kind(), s.count(), s.candidates().stream()
                        .map(x -> s.kind() == StepKind.HANDLE_VIOLATION || x.id() != null && hidden.contains(x.id())
                                ? withheld : x).toList(), s.effects(), s.points())).toList(),
                p.total(), p.notes())).toList();
        return new CellGuidance(g.organisation(), g.code(), g.name(), g.year(), g.on(), g.criteriaSetId(),
                g.criteriaSetVersion(), g.projected(), paths);
    }

    /** What the caller may see of the records counted in {@code organisation} (see {@link Disclosure}). */
    public Disclosure disclosure(OrganisationId organisation) {
        boolean confidential = as.allows(Action.READ_CONFIDENTIAL, organisation);
        return Disclosure.of(confidential, confidential ? List.of() : activities.ofOrganisation(organisation));
    }
}
