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
import vn.ktgs.Ktgs;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
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

    @POST
    @Creates
    public PlanView draft(DraftPlanRequest body) {
        guard.require(caller(), Action.WRITE_WORK, new OrganisationId(body.organisation()));
        return PlanView.of(ktgs.plans().draft(command(body)).orThrow());
    }

    /** Kiểm tra dự thảo: every gap of a draft, without storing anything. */
    @POST
    @Path("/checks")
    public CheckView check(DraftPlanRequest body) {
        guard.require(caller(), Action.WRITE_WORK, new OrganisationId(body.organisation()));
        Outcome<List<PlanItem>> outcome = ktgs.plans().check(command(body));
        Locale locale = Languages.of(java.util.Objects.requireNonNull(headers));
        return new CheckView(outcome.isAccepted(), outcome.violations().stream()
                .map(v -> new Problem.FieldError(v.path(), v.rule(), v.message(locale))).toList());
    }

    @GET
    public Page<PlanView> list(@QueryParam("year") @Nullable String year,
                               @QueryParam("organisation") @Nullable String organisation,
                               @QueryParam("page") @Nullable String page, @QueryParam("size") @Nullable String size) {
        Caller caller = caller();
        int y = intParam(year, "year", today().getYear(), 2000, 2100);
        List<Plan> plans = organisation == null ? ktgs.plans().plansOf(y)
                : ktgs.plans().planFor(new OrganisationId(uuidParam(organisation, "organisation")), y)
                .map(List::of).orElse(List.of());
        return page(plans.stream().filter(p -> guard.allows(caller, Action.READ, p.organisation()))
                .map(PlanView::of).toList(), page, size);
    }

    @GET
    @Path("/{id}")
    public PlanView get(@PathParam("id") String id) {
        Plan p = plan(id);
        guard.require(caller(), Action.READ, p.organisation());
        return PlanView.of(p);
    }

    @PUT
    @Path("/{id}/draft")
    public PlanView revise(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                           ReviseDraftRequest body) {
        Plan p = writable(id, ifMatch);
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return PlanView.of(ktgs.plans().reviseDraft(new ReviseDraft(p.id(), p.version(), body.title(), items))
                .orThrow());
    }

    @POST
    @Path("/{id}/adoption")
    public PlanView adopt(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                          AdoptRequest body) {
        Plan p = writable(id, ifMatch);
        return PlanView.of(ktgs.plans().adopt(new Adopt(p.id(), p.version(), body.adoptedOn())).orThrow());
    }

    @POST
    @Path("/{id}/amendments")
    public PlanView amend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                          AmendRequest body) {
        Plan p = writable(id, ifMatch);
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return PlanView.of(ktgs.plans().amend(new Amend(p.id(), p.version(), items, body.reason(), body.adoptedOn()))
                .orThrow());
    }

    @GET
    @Path("/{id}/activities")
    public Page<ActivityView> activities(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                         @QueryParam("size") @Nullable String size) {
        Plan p = plan(id);
        Caller caller = caller();
        guard.require(caller, Action.READ, p.organisation());
        boolean confidential = guard.allows(caller, Action.READ_CONFIDENTIAL, p.organisation());
        return page(r -> ktgs.activities().ofPlan(p.id(), r), a -> ActivityView.of(a, confidential), page, size);
    }

    private DraftPlan command(DraftPlanRequest body) {
        Requests r = new Requests();
        List<ItemInput> items = r.items(body.items(), "items");
        r.check();
        return new DraftPlan(new OrganisationId(body.organisation()), body.year(), body.title(), items);
    }

    private Plan plan(String id) {
        return ktgs.plans().plan(id(id, Entity.PLAN, PlanId::new));
    }

    private Plan writable(String id, @Nullable String ifMatch) {
        Plan p = plan(id);
        guard.require(caller(), Action.WRITE_WORK, p.organisation());
        Preconditions.expect(ifMatch, p.version());
        return p;
    }
}
