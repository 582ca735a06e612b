package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Outcome;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanCommands.ReviseDraft;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.rest.api.ActivityApi.ActivityView;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.api.PlanApi.AdoptRequest;
import vn.ktgs.rest.api.PlanApi.AmendRequest;
import vn.ktgs.rest.api.PlanApi.CheckView;
import vn.ktgs.rest.api.PlanApi.DraftPlanRequest;
import vn.ktgs.rest.api.PlanApi.PlanView;
import vn.ktgs.rest.api.PlanApi.ReviseDraftRequest;
import vn.ktgs.rest.api.Problem;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.DocumentResponses;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Languages;
import vn.ktgs.rest.internal.Preconditions;
import vn.ktgs.rest.internal.Requests;

/** Kế hoạch: annual plans, drafted, checked, adopted and amended by the organisation's secretary. */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PlanResource extends ResourceSupport {

    public PlanResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    public PlanResource(Ktgs ktgs, Guard guard, DocumentResponses documents) {
        super(ktgs, guard, documents);
    }

    @POST
    @Creates
    public PlanView draft(DraftPlanRequest body) {
        Guarded as = as();
        return PlanView.of(as.plans().draft(command(body)).orThrow());
    }

    /** Kiểm tra dự thảo: every gap of a draft, without storing anything. */
    @POST
    @Path("/checks")
    public CheckView check(DraftPlanRequest body) {
        Guarded as = as();
        Outcome<List<PlanItem>> outcome = as.plans().check(command(body));
        Locale locale = Languages.of(java.util.Objects.requireNonNull(headers));
        return new CheckView(outcome.isAccepted(), outcome.violations().stream()
                .map(v -> new Problem.FieldError(v.path(), v.rule(), v.message(locale))).toList());
    }

    @GET
    public Page<PlanView> list(@QueryParam("year") @Nullable String year,
                               @QueryParam("organisation") @Nullable String organisation,
                               @QueryParam("page") @Nullable String page, @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        int y = intParam(year, "year", today().getYear(), 2000, 2100);
        List<Plan> plans = organisation == null ? as.plans().plansOf(y)
                : as.plans().planFor(new OrganisationId(uuidParam(organisation, "organisation")), y)
                .map(List::of).orElse(List.of());
        return page(plans.stream().map(PlanView::of).toList(), page, size);
    }

    @GET
    @Path("/{id}")
    public PlanView get(@PathParam("id") String id) {
        return PlanView.of(as().plans().plan(planId(id)));
    }

    /** The plan as a document (Kế hoạch, 36-HD/VPTW) for {@code Accept: application/pdf} or the DOCX type. */
    @GET
    @Path("/{id}")
    @Produces({DocumentResponses.PDF_QS, DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response document(@PathParam("id") String id, @QueryParam("number") @Nullable String number,
                             @QueryParam("issuedOn") @Nullable String issuedOn) {
        Guarded as = as();
        Plan p = as.plans().plan(planId(id));
        return document(number, issuedOn, i -> documents.documents().plan(as.caller(), p.id(), i));
    }

    @PUT
    @Path("/{id}/draft")
    public PlanView revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                           ReviseDraftRequest body) {
        Guarded as = as();
        Plan p = writable(as, id, ifMatch);
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return PlanView.of(as.plans().reviseDraft(new ReviseDraft(p.id(), p.version(), body.title(), items))
                .orThrow());
    }

    @POST
    @Path("/{id}/adoption")
    public PlanView adopt(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                          AdoptRequest body) {
        Guarded as = as();
        Plan p = writable(as, id, ifMatch);
        return PlanView.of(as.plans().adopt(new Adopt(p.id(), p.version(), body.adoptedOn())).orThrow());
    }

    @POST
    @Path("/{id}/amendments")
    public PlanView amend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                          AmendRequest body) {
        Guarded as = as();
        Plan p = writable(as, id, ifMatch);
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return PlanView.of(as.plans().amend(new Amend(p.id(), p.version(), items, body.reason(), body.adoptedOn()))
                .orThrow());
    }

    @GET
    @Path("/{id}/activities")
    public Page<ActivityView> activities(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                         @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Plan p = as.plans().plan(planId(id));
        boolean confidential = as.activities().readsConfidential(p.organisation());
        return page(r -> as.plans().activities(p.id(), r), a -> ActivityView.of(a, confidential), page, size);
    }

    private DraftPlan command(DraftPlanRequest body) {
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return new DraftPlan(new OrganisationId(body.organisation()), body.year(), body.title(), items);
    }

    private static PlanId planId(String id) {
        return id(id, Entity.PLAN, PlanId::new);
    }

    /** The plan as the caller reads it (404, 403), then the If-Match; the core checks the command's action. */
    private static Plan writable(Guarded as, String id, @Nullable String ifMatch) {
        Plan p = as.plans().plan(planId(id));
        Preconditions.expect(ifMatch, p.version());
        return p;
    }
}
