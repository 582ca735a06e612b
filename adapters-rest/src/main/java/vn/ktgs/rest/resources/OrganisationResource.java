package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.ReportingPeriod;
import vn.ktgs.followup.Overdue;
import vn.ktgs.rest.api.ActivityApi.ActivityView;
import vn.ktgs.rest.api.FollowUpApi.OverdueView;
import vn.ktgs.rest.api.OrganisationApi.AssignRequest;
import vn.ktgs.rest.api.OrganisationApi.EndRequest;
import vn.ktgs.rest.api.OrganisationApi.MemberRef;
import vn.ktgs.rest.api.OrganisationApi.OrganisationView;
import vn.ktgs.rest.api.OrganisationApi.RegisterOrganisationRequest;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.api.ReportApi.FiguresView;
import vn.ktgs.rest.api.ReportApi.ReportView;
import vn.ktgs.rest.api.ReportApi.ReportingYearView;
import vn.ktgs.rest.api.ReportApi.TimelinessView;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Languages;
import vn.ktgs.rest.internal.Preconditions;

/** Tổ chức đảng: the organisation tree, BCH assignments, and what is read per organisation. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganisationResource extends ResourceSupport {

    public OrganisationResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    public OrganisationResource(Ktgs ktgs, Guard guard, vn.ktgs.rest.internal.DocumentResponses documents) {
        super(ktgs, guard, documents);
    }

    @POST
    @Creates
    public OrganisationView register(RegisterOrganisationRequest body) {
        return OrganisationView.of(as().organisations().register(new RegisterOrganisation(body.code(), body.name(),
                body.kind(), body.parent() == null ? null : new OrganisationId(body.parent()), body.established()))
                .orThrow());
    }

    @GET
    public Page<OrganisationView> list(@QueryParam("page") @Nullable String page,
                                       @QueryParam("size") @Nullable String size) {
        return page(as().organisations().readable().stream().map(OrganisationView::of).toList(), page, size);
    }

    @GET
    @Path("/{id}")
    public OrganisationView get(@PathParam("id") String id) {
        return OrganisationView.of(readable(as(), id));
    }

    @GET
    @Path("/{id}/children")
    public Page<OrganisationView> children(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                           @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Organisation o = readable(as, id);
        return page(as.organisations().children(o.id()).stream().map(OrganisationView::of).toList(), page, size);
    }

    @GET
    @Path("/{id}/members")
    public Page<MemberRef> members(@PathParam("id") String id, @QueryParam("on") @Nullable String on,
                                   @QueryParam("page") @Nullable String page,
                                   @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Organisation o = readable(as, id);
        return page(as.organisations().membersOn(o.id(), dateParam(on, "on", today())).stream()
                .map(MemberRef::of).toList(), page, size);
    }

    @POST
    @Path("/{id}/assignments")
    public OrganisationView assign(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                                   AssignRequest body) {
        Guarded as = as();
        Organisation o = administered(as, id, ifMatch);
        return OrganisationView.of(as.organisations().assign(new Assign(new MemberId(body.member()), o.id(),
                body.from(), body.to())).orThrow());
    }

    @POST
    @Path("/{id}/assignments/{member}/end")
    public OrganisationView endAssignment(@PathParam("id") String id, @PathParam("member") String member,
                                          @HeaderParam("If-Match") @Nullable String ifMatch, EndRequest body) {
        Guarded as = as();
        Organisation o = administered(as, id, ifMatch);
        return OrganisationView.of(as.organisations().endAssignment(id(member, Entity.MEMBER, MemberId::new), o.id(),
                body.lastDay()).orThrow());
    }

    @GET
    @Path("/{id}/activities")
    public Page<ActivityView> activities(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                         @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Organisation o = readable(as, id);
        boolean confidential = as.activities().readsConfidential(o.id());
        // without READ_CONFIDENTIAL the core leaves the unplanned inspections out, in the port's query
        return page(r -> as.activities().ofOrganisation(o.id(), r), a -> ActivityView.of(a, confidential), page,
                size);
    }

    @GET
    @Path("/{id}/reports/{period}")
    public ReportView report(@PathParam("id") String id, @PathParam("period") String period) {
        Guarded as = as();
        Organisation o = readable(as, id);
        ReportingPeriod p = ReportingPeriod.tryParse(period)
                .orElseThrow(() -> new NotFoundException(Entity.REPORT, o.code() + " " + period));
        return ReportView.of(as.reports().reportFor(o.id(), p)
                .orElseThrow(() -> new NotFoundException(Entity.REPORT, o.code() + " " + period)));
    }

    /**
     * The report of the period as a document (Báo cáo, 36-HD/VPTW), for {@code Accept: application/pdf} or the DOCX
     * type; a report not compiled answers 404 as the JSON does.
     */
    @GET
    @Path("/{id}/reports/{period}")
    @Produces({vn.ktgs.rest.internal.DocumentResponses.PDF_QS, vn.ktgs.rest.internal.DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response reportDocument(@PathParam("id") String id, @PathParam("period") String period,
                                                      @QueryParam("number") @Nullable String number,
                                                      @QueryParam("issuedOn") @Nullable String issuedOn) {
        Guarded as = as();
        Organisation o = readable(as, id);
        ReportingPeriod p = ReportingPeriod.tryParse(period)
                .orElseThrow(() -> new NotFoundException(vn.ktgs.common.Entity.REPORT, o.code() + " " + period));
        var report = as.reports().reportFor(o.id(), p)
                .orElseThrow(() -> new NotFoundException(vn.ktgs.common.Entity.REPORT, o.code() + " " + period));
        return document(number, issuedOn, i -> documents.documents().report(as.caller(), report.id(), i));
    }

    @GET
    @Path("/{id}/figures")
    public FiguresView figures(@PathParam("id") String id, @QueryParam("period") @Nullable String period) {
        Guarded as = as();
        Organisation o = readable(as, id);
        return FiguresView.of(as.reports().figures(o.id(), period(period)));
    }

    @GET
    @Path("/{id}/timeliness")
    public Page<TimelinessView> timeliness(@PathParam("id") String id, @QueryParam("period") @Nullable String period,
                                           @QueryParam("page") @Nullable String page,
                                           @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Organisation o = readable(as, id);
        return page(as.reports().timeliness(o.id(), period(period)).stream().map(TimelinessView::of).toList(),
                page, size);
    }

    /**
     * Tình hình nộp báo cáo của năm: every required period of the year, and its timeliness for the organisation
     * itself when it is a cell, for every cell below it (that the caller may read) when it is a committee.
     */
    @GET
    @Path("/{id}/reporting")
    public ReportingYearView reporting(@PathParam("id") String id, @QueryParam("year") @Nullable String year) {
        Guarded as = as();
        Organisation o = readable(as, id);
        int y = intParam(year, "year", today().getYear(), 2000, 2100);
        List<ReportingPeriod> periods = ktgs.reports().schedule().requiredPeriods(y);
        List<TimelinessView> lines = as.reports().reportingYear(o.id(), y).stream().map(TimelinessView::of).toList();
        return new ReportingYearView(o.id().value(), y, periods.stream().map(ReportingPeriod::toString).toList(),
                lines);
    }

    /**
     * Việc quá hạn: what the organisation and those below it owe on a day (default today), most overdue first, each
     * with the step of escalation reached and the members it goes to: only what the caller may read, and work from
     * an inspection on signs of violation only for a caller who may read confidential content of its organisation.
     */
    @GET
    @Path("/{id}/overdue")
    public Page<OverdueView> overdue(@PathParam("id") String id, @QueryParam("on") @Nullable String on,
                                     @QueryParam("page") @Nullable String page,
                                     @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        Organisation o = readable(as, id);
        Locale locale = Languages.of(Objects.requireNonNull(headers));
        Map<OrganisationId, Organisation> orgs = new HashMap<>();
        List<OverdueView> visible = new ArrayList<>();
        for (Overdue x : as.followUp().overdue(o.id(), dateParam(on, "on", today()))) {
            Organisation owner = orgs.computeIfAbsent(x.organisation(), ktgs.organisations()::organisation);
            // the name only to a caller who may read that member (as GET /members/{id} decides)
            vn.ktgs.organisation.Member responsible = x.responsible() == null ? null
                    : as.organisations().findMember(x.responsible()).orElse(null);
            vn.ktgs.organisation.Member member = x.member() == null ? null
                    : as.organisations().findMember(x.member()).orElse(null);
            visible.add(OverdueView.of(x, owner, responsible, member, locale));
        }
        return page(visible, page, size);
    }

    private static ReportingPeriod period(@Nullable String text) {
        return ReportingPeriod.tryParse(text == null ? "" : text).orElseThrow(() -> invalid("period", text));
    }

    private Organisation readable(Guarded as, String id) {
        return as.organisations().organisation(id(id, Entity.ORGANISATION, OrganisationId::new));
    }

    /** Read as the caller (404, 403), then the If-Match (412, 428); the command itself is checked by the core. */
    private Organisation administered(Guarded as, String id, @Nullable String ifMatch) {
        Organisation o = readable(as, id);
        Preconditions.expect(ifMatch, o.version());
        return o;
    }
}
