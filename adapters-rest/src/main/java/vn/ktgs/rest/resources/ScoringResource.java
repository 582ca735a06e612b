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
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.api.ScoringApi.CriteriaSetView;
import vn.ktgs.rest.api.ScoringApi.DashboardView;
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
        Guarded as = as();
        Organisation root = readable(as, committee);
        int y = intParam(year, "year", 0, 2000, 2100);
        CommitteeScores scores = as.scoring().score(root.id(), y, set(y), documentIds(documents));
        return document(number, issuedOn, i -> this.documents.documents().classification(as.caller(), scores, i));
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
        Guarded as = as();
        Organisation cell = readable(as, organisation);
        int y = intParam(year, "year", 0, 2000, 2100);
        CommitteeScores scores = scoresOfCell(as, cell, y, documents);
        return document(number, issuedOn, i -> this.documents.documents().scorecard(as.caller(), scores, cell.id(),
                i));
    }

    /** Every registered criteria set, in registration order. */
    @GET
    @Cacheable
    @Path("/criteria-sets")
    public Page<CriteriaSetView> criteriaSets(@QueryParam("page") @Nullable String page,
                                              @QueryParam("size") @Nullable String size) {
        as().requireKnown();
        Locale locale = Languages.of(Objects.requireNonNull(headers));
        return page(criteriaSets.all().stream().map(r -> CriteriaSetView.of(r, locale)).toList(), page, size);
    }

    /** The scorecards of every cell below a committee, its targets and the distribution of levels. */
    @GET
    @Path("/dashboards/{committee}/{year}")
    public DashboardView dashboard(@PathParam("committee") String committee, @PathParam("year") String year,
                                   @QueryParam("document") @Nullable List<String> documents) {
        Guarded as = as();
        Organisation root = readable(as, committee);
        int y = intParam(year, "year", 0, 2000, 2100);
        return DashboardView.of(as.scoring().score(root.id(), y, set(y), documentIds(documents)),
                Languages.of(Objects.requireNonNull(headers)), cell -> Disclosure.of(as.scoring().disclosure(cell)));
    }

    /**
     * One cell's scorecard, scored with the other cells of its committee (the quota compares them); a
     * grassroots cell is scored on its own.
     */
    @GET
    @Path("/scorecards/{organisation}/{year}")
    public ScorecardView scorecard(@PathParam("organisation") String organisation, @PathParam("year") String year,
                                   @QueryParam("document") @Nullable List<String> documents) {
        Guarded as = as();
        Organisation cell = readable(as, organisation);
        int y = intParam(year, "year", 0, 2000, 2100);
        CommitteeScores scores = scoresOfCell(as, cell, y, documents);
        return scores.cells().stream().filter(c -> c.organisation().equals(cell.id())).findFirst()
                .map(c -> ScorecardView.of(c, Languages.of(Objects.requireNonNull(headers)),
                        Disclosure.of(as.scoring().disclosure(cell.id()))))
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
        Guarded as = as();
        Organisation cell = readable(as, organisation);
        requireCell(cell);
        LocalDate day = dateParam(on, "on", today());
        int year = day.getYear();
        Locale locale = Languages.of(Objects.requireNonNull(headers));
        // the guarded view checks READ on the cell again and withholds the confidential candidates itself
        CellGuidance g = as.scoring().whatItTakes(cell.id(), year, day, set(year), documentIds(documents), locale);
        return WhatItTakesView.of(g, locale, (kind, candidate) -> false);
    }

    /** The scores of the cell's committee, read as the caller reading the cell; 404 for an organisation not a cell. */
    private CommitteeScores scoresOfCell(Guarded as, Organisation cell, int year, @Nullable List<String> documents) {
        requireCell(cell);
        return as.scoring().scoreOfCell(cell.id(), year, set(year), documentIds(documents));
    }

    private static void requireCell(Organisation cell) {
        if (!cell.kind().isCell()) {
            throw new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.notACell",
                    "organisation", cell.name()));
        }
    }

    private CriteriaSet set(int year) {
        return criteriaSets.inForceOn(LocalDate.of(year, 12, 31)).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, Violation.of("", "ktgs.rest.scoring.noCriteriaSet",
                        "year", year)));
    }

    private static List<DocumentId> documentIds(@Nullable List<String> documents) {
        List<DocumentId> ids = new ArrayList<>();
        for (String d : documents == null ? List.<String>of() : documents) {
            ids.add(new DocumentId(uuidParam(d, "document")));
        }
        return ids;
    }

    /** The organisation as the caller reads it: 404 when not stored, 403 without READ (checked by the core). */
    private Organisation readable(Guarded as, String id) {
        OrganisationId oid = id(id, Entity.ORGANISATION, OrganisationId::new);
        ktgs.organisations().findOrganisation(oid).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                Violation.of("", "ktgs.rest.notFound", "entity", Entity.ORGANISATION, "id", id)));
        return as.organisations().organisation(oid);
    }
}
