package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.Correct;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;
import vn.ktgs.rest.api.ActivityApi.ActivityView;
import vn.ktgs.rest.api.ActivityApi.AdvanceRequest;
import vn.ktgs.rest.api.ActivityApi.CloseRecommendationRequest;
import vn.ktgs.rest.api.ActivityApi.ConcludeRequest;
import vn.ktgs.rest.api.ActivityApi.CoordinationRequest;
import vn.ktgs.rest.api.ActivityApi.CorrectRequest;
import vn.ktgs.rest.api.ActivityApi.DisciplineRequest;
import vn.ktgs.rest.api.ActivityApi.OpenUnplannedRequest;
import vn.ktgs.rest.api.ActivityApi.RecommendRequest;
import vn.ktgs.rest.api.ActivityApi.StartRequest;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.DocumentResponses;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Preconditions;
import vn.ktgs.rest.internal.Requests;

/**
 * Thực hiện: execution records from notification to closing, with recommendations, coordination and discipline.
 * An inspection on signs of violation is confidential in its existence: to a caller who may not read
 * confidential content of its organisation it answers 404, as if it did not exist.
 */
@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ActivityResource extends ResourceSupport {

    public ActivityResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    public ActivityResource(Ktgs ktgs, Guard guard, DocumentResponses documents) {
        super(ktgs, guard, documents);
    }

    /**
     * The notice of the record's conclusion (Thông báo kết luận) for {@code Accept: application/pdf} or the DOCX
     * type; confidential content only for a caller who may read it, as in the JSON.
     */
    @GET
    @Path("/{id}")
    @Produces({DocumentResponses.PDF_QS, DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response document(@PathParam("id") String id, @QueryParam("number") @Nullable String number,
                             @QueryParam("issuedOn") @Nullable String issuedOn) {
        Guarded as = as();
        Activity a = as.activities().activity(id(id, Entity.ACTIVITY, ActivityId::new));
        return document(number, issuedOn, i -> documents.documents().conclusion(as.caller(), a.id(), i));
    }

    @POST
    @Creates
    public ActivityView start(StartRequest body) {
        Guarded as = as();
        return view(as, as.activities().start(new Start(new PlanId(body.plan()), new PlanItemId(body.item()),
                body.notifiedOn(), body.note())).orThrow());
    }

    @POST
    @Path("/unplanned")
    @Creates
    public ActivityView openUnplanned(OpenUnplannedRequest body) {
        Guarded as = as();
        OrganisationId org = new OrganisationId(body.organisation());
        Requests r = new Requests();
        List<Target> targets = r.targets(body.targets(), "targets");
        r.check();
        return view(as, as.activities().openUnplanned(new OpenUnplanned(org, targets, body.subject(),
                new MemberId(body.responsible()), body.notifiedOn(), body.reason())).orThrow());
    }

    @GET
    @Path("/{id}")
    public ActivityView get(@PathParam("id") String id) {
        Guarded as = as();
        return view(as, as.activities().activity(id(id, Entity.ACTIVITY, ActivityId::new)));
    }

    @POST
    @Path("/{id}/stages")
    public ActivityView advance(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                AdvanceRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        return view(as, as.activities().advance(new Advance(a.id(), a.version(), body.stage(), body.on(),
                body.note())).orThrow());
    }

    @POST
    @Path("/{id}/conclusion")
    public ActivityView conclude(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                 ConcludeRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        Requests r = new Requests();
        List<Finding> findings = r.findings(body.findings(), "findings");
        r.check();
        return view(as, as.activities().conclude(new Conclude(a.id(), a.version(), body.concludedOn(),
                body.strengths(), body.shortcomings(), findings, body.minutesReference())).orThrow());
    }

    /** Đính chính kết luận: creates a new record linked to this one, which stays as it was. */
    @POST
    @Path("/{id}/corrections")
    @Creates
    public ActivityView correct(@PathParam("id") String id, CorrectRequest body) {
        Guarded as = as();
        Activity a = as.activities().activity(id(id, Entity.ACTIVITY, ActivityId::new));
        Requests r = new Requests();
        List<Finding> findings = r.findings(body.findings(), "findings");
        r.check();
        return view(as, as.activities().correct(new Correct(a.id(), body.reason(), body.concludedOn(),
                body.strengths(), body.shortcomings(), findings, body.minutesReference())).orThrow());
    }

    @POST
    @Path("/{id}/recommendations")
    public ActivityView recommend(@PathParam("id") String id,
                                  @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                  RecommendRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        Requests r = new Requests();
        Target addressee = r.target(body.addressee(), "addressee");
        r.check();
        return view(as, as.activities().recommend(new Recommend(a.id(), a.version(), body.text(), addressee,
                body.due())).orThrow());
    }

    @POST
    @Path("/{id}/recommendations/{recommendation}/closure")
    public ActivityView closeRecommendation(@PathParam("id") String id,
                                            @PathParam("recommendation") String recommendation,
                                            @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                            CloseRecommendationRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        RecommendationId rid = id(recommendation, Entity.RECOMMENDATION, RecommendationId::new);
        if (a.recommendations().stream().noneMatch(x -> x.id().equals(rid))) {
            throw new NotFoundException(Entity.RECOMMENDATION, recommendation);
        }
        return view(as, as.activities().closeRecommendation(new CloseRecommendation(a.id(), a.version(), rid,
                body.closedOn(), body.note())).orThrow());
    }

    @POST
    @Path("/{id}/coordinations")
    public ActivityView coordinate(@PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                   CoordinationRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        return view(as, as.activities().recordCoordination(new RecordCoordination(a.id(), a.version(),
                body.partner(), body.partnerName(), body.on(), body.note())).orThrow());
    }

    @POST
    @Path("/{id}/disciplines")
    public ActivityView discipline(@PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                   DisciplineRequest body) {
        Guarded as = as();
        Activity a = writable(as, id, ifMatch);
        Requests r = new Requests();
        Target target = r.target(body.target(), "target");
        r.check();
        return view(as, as.activities().decideDiscipline(new DecideDiscipline(a.id(), a.version(), target,
                body.form(), body.decidedOn(), body.reason(), body.decisionReference())).orThrow());
    }

    /** The record as the caller reads it (the core has left out what they may not see). */
    private static ActivityView view(Guarded as, Activity a) {
        return ActivityView.of(a, as.activities().readsConfidential(a.organisation()));
    }

    /**
     * The record as the caller reads it (404 for an inspection on signs of violation they may not know of, 403
     * without READ), then the If-Match; the action the command needs is checked by the core.
     */
    private static Activity writable(Guarded as, String id, @Nullable String ifMatch) {
        Activity a = as.activities().activity(id(id, Entity.ACTIVITY, ActivityId::new));
        Preconditions.expect(ifMatch, a.version());
        return a;
    }
}
