package vn.ktgs.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Action;
import vn.ktgs.common.Entity;
import vn.ktgs.access.Caller;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.api.ScoringApi.CriteriaSetView;
import vn.ktgs.rest.api.ScoringApi.DashboardView;
import vn.ktgs.rest.api.ScoringApi.CandidateFilter;
import vn.ktgs.rest.api.ScoringApi.ScorecardView;
import vn.ktgs.rest.api.ScoringApi.WhatItTakesView;
import vn.ktgs.rest.internal.DocumentResponses;
import vn.ktgs.rest.internal.Cacheable;
import vn.ktgs.rest.internal.Disclosure;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Languages;
import vn.ktgs.rest.internal.ProblemException;
import vn.ktgs.rest.internal.ProblemType;
import vn.ktgs.scoring.CellGuidance;
import vn.ktgs.scoring.CommitteeScores;
import vn.ktgs.scoring.CriteriaSet;
import vn.ktgs.scoring.CriteriaSetRegistry;
import vn.ktgs.scoring.StepKind;

/**
 * Chấm điểm (S7): the criteria sets the server knows, a committee's dashboard (its cells' scorecards, its targets,
 * the distribution of levels) and one organisation's scorecard, for a year, under the set in force on 31 December
 * of that year. {@code document} names the governing documents whose dissemination counts (repeatable).
 */
@Path("/scoring")
@Produces(MediaType.APPLICATION_JSON)
public final class ScoringResource extends ResourceSupport {

    private final CriteriaSetRegistry criteriaSets;

    public ScoringResource(Ktgs ktgs, Guard guard, CriteriaSetRegistry criteriaSets) {
        super(ktgs, guard);
        this.criteriaSets = Objects.requireNonNull(criteriaSets, "criteriaSets");
    }

    public ScoringResource(Ktgs ktgs, Guard guard, CriteriaSetRegistry criteriaSets, DocumentResponses documents) {
        super(ktgs, guard, documents);
        this.criteriaSets = Objects.requireNonNull(criteriaSets, "criteriaSets");
    }

    /** The committee's annual result as a document, for {@code Accept: application/pdf} or the DOCX type. */
    @GET
    @Path("/dashboards/{committee}/{year}")
    @Produces({DocumentResponses.PDF_QS, DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response dashboardDocument(@PathParam("committee") String committee,
                                                         @PathParam("year") String year,
                                                         @QueryParam("document") @Nullable List<String> documents,
                                                         @QueryParam("number") @Nullable String number,
                                                         @QueryParam("issuedOn") @Nullable String issuedOn) {
        Organisation root = organisation(committee);
        Caller caller = caller();
        guard.require(caller, Action.READ, root.id());
        int y = intParam(year, "year", 0, 2000, 2100);
        CommitteeScores scores = score(root.id(), y, documents);
        return document(number, issuedOn, i -> this.documents.documents().classification(caller, scores, i));
    }

    /** One cell's scorecard as a document, for {@code Accept: application/pdf} or the DOCX type. */
    @GET
    @Path("/scorecards/{organisation}/{year}")
    @Produces({DocumentResponses.PDF_QS, DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response scorecardDocument(@PathParam("organisation") String organisation,
                                                         @PathParam("year") String year,
                                                         @QueryParam("document") @Nullable List<String> documents,
                                                         @QueryParam("number") @Nullable String number,
                                                         @QueryParam("issuedOn") @Nullable String issuedOn) {
        Organisation cell = organisation(organisation);
        Caller caller = caller();
        guard.require(caller, Action.READ, cell.id());
        int y = intParam(year, "year", 0, 2000, 2100);
        if (!cell.kind().isCell()) {
            throw new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.notACell",
                    "organisation", cell.name()));
        }
        CommitteeScores scores = score(cell.parent() == null ? cell.id() : cell.parent(), y, documents);
        return document(number, issuedOn, i -> this.documents.documents().scorecard(caller, scores, cell.id(), i));
    }

    /** Every registered criteria set, in registration order. */
    @GET
    @Cacheable
    @Path("/criteria-sets")
    public Page<CriteriaSetView> criteriaSets(@QueryParam("page") @Nullable String page,
                                              @QueryParam("size") @Nullable String size) {
        guard.requireKnown(caller());
        Locale locale = Languages.of(Objects.requireNonNull(headers));
        return page(criteriaSets.all().stream().map(r -> CriteriaSetView.of(r, locale)).toList(), page, size);
    }

    /** The scorecards of every cell below a committee, its targets and the distribution of levels. */
    @GET
    @Path("/dashboards/{committee}/{year}")
    public DashboardView dashboard(@PathParam("committee") String committee, @PathParam("year") String year,
                                   @QueryParam("document") @Nullable List<String> documents) {
        Organisation root = organisation(committee);
        Caller caller = caller();
        guard.require(caller, Action.READ, root.id());
        int y = intParam(year, "year", 0, 2000, 2100);
        return DashboardView.of(score(root.id(), y, documents), Languages.of(Objects.requireNonNull(headers)),
                cell -> Disclosure.of(guard, ktgs.activities(), caller, cell));
    }

    /**
     * One cell's scorecard, scored with the other cells of its committee (the quota compares them); a
     * grassroots cell is scored on its own.
     */
    @GET
    @Path("/scorecards/{organisation}/{year}")
    public ScorecardView scorecard(@PathParam("organisation") String organisation, @PathParam("year") String year,
                                   @QueryParam("document") @Nullable List<String> documents) {
        Organisation cell = organisation(organisation);
        Caller caller = caller();
        guard.require(caller, Action.READ, cell.id());
        int y = intParam(year, "year", 0, 2000, 2100);
        if (!cell.kind().isCell()) {
            throw new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.notACell",
                    "organisation", cell.name()));
        }
        OrganisationId committee = cell.parent() == null ? cell.id() : cell.parent();
        CommitteeScores scores = score(committee, y, documents);
        return scores.cells().stream().filter(c -> c.organisation().equals(cell.id())).findFirst()
                .map(c -> ScorecardView.of(c, Languages.of(Objects.requireNonNull(headers)),
                        Disclosure.of(guard, ktgs.activities(), caller, cell.id())))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, Violation.of("",
                        "ktgs.rest.scoring.notACell", "organisation", cell.name())));
    }

    /**
     * Còn cần gì (what it takes): for a cell on a day ({@code on}, default today), the least further work that
     * raises it to each higher level under the set in force on 31 December of that day's year, or why a level is
     * out of reach; the other cells of its committee projected for the quota. Read access to the cell; to a caller
     * who may not read its confidential content, the records of its inspections on signs of violation and which
     * records found violations are answered as withheld (the counts stay).
     */
    @GET
    @Path("/what-it-takes/{organisation}")
    public WhatItTakesView whatItTakes(@PathParam("organisation") String organisation,
                                       @QueryParam("on") @Nullable String on,
                                       @QueryParam("document") @Nullable List<String> documents) {
        Organisation cell = organisation(organisation);
        Caller caller = caller();
        guard.require(caller, Action.READ, cell.id());
        if (!cell.kind().isCell()) {
            throw new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.notACell",
                    "organisation", cell.name()));
        }
        LocalDate day = dateParam(on, "on", today());
        int year = day.getYear();
        CriteriaSet set = criteriaSets.inForceOn(LocalDate.of(year, 12, 31)).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.noCriteriaSet",
                        "year", year)));
        List<DocumentId> ids = new ArrayList<>();
        for (String d : documents == null ? List.<String>of() : documents) {
            ids.add(new DocumentId(uuidParam(d, "document")));
        }
        CellGuidance g = ktgs.whatItTakes().guidance(cell.id(), year, day, set, ids).get(0);
        return WhatItTakesView.of(g, Languages.of(Objects.requireNonNull(headers)), withheld(caller, cell.id()));
    }

    /** The candidates a caller may not see: none for a reader of confidential content; else as {@link Disclosure}. */
    private CandidateFilter withheld(Caller caller, OrganisationId cell) {
        if (guard.allows(caller, Action.READ_CONFIDENTIAL, cell)) {
            return (kind, c) -> false;
        }
        java.util.Set<java.util.UUID> hidden = new java.util.HashSet<>();
        for (vn.ktgs.activity.Activity a : ktgs.activities().ofOrganisation(cell)) {
            if (!a.isPlanned()) {
                hidden.add(a.id().value());
                a.recommendations().forEach(r -> hidden.add(r.id().value()));
            }
        }
        return (kind, c) -> kind == StepKind.HANDLE_VIOLATION || c.id() != null && hidden.contains(c.id());
    }

    private CommitteeScores score(OrganisationId committee, int year, @Nullable List<String> documents) {
        CriteriaSet set = criteriaSets.inForceOn(LocalDate.of(year, 12, 31)).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.noCriteriaSet",
                        "year", year)));
        List<DocumentId> ids = new ArrayList<>();
        for (String d : documents == null ? List.<String>of() : documents) {
            ids.add(new DocumentId(uuidParam(d, "document")));
        }
        return ktgs.scoring().score(committee, year, set, ids);
    }

    private Organisation organisation(String id) {
        OrganisationId oid = id(id, Entity.ORGANISATION, OrganisationId::new);
        return ktgs.organisations().findOrganisation(oid).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                Violation.of("", "ktgs.rest.notFound", "entity", Entity.ORGANISATION, "id", id)));
    }
}
