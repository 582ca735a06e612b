package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.common.Entity;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.EditNarrative;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportId;
import vn.ktgs.rest.api.ReportApi.CompileRequest;
import vn.ktgs.rest.api.ReportApi.NarrativeRequest;
import vn.ktgs.rest.api.ReportApi.ReportView;
import vn.ktgs.rest.api.ReportApi.ReturnRequest;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Preconditions;

/** Báo cáo định kỳ: periodic reports, compiled and submitted by the organisation, returned by the committee above. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ReportResource extends ResourceSupport {

    public ReportResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    @POST
    @Creates
    public ReportView compile(CompileRequest body) {
        guard.require(caller(), Action.WRITE_WORK, new OrganisationId(body.organisation()));
        return ReportView.of(ktgs.reports().compile(new Compile(new OrganisationId(body.organisation()),
                body.period(), body.narrative())).orThrow());
    }

    @GET
    @Path("/{id}")
    public ReportView get(@PathParam("id") String id) {
        Report r = report(id);
        guard.require(caller(), Action.READ, r.organisation());
        return ReportView.of(r);
    }

    /** Tính lại số liệu from the records as they are today. */
    @POST
    @Path("/{id}/recomputation")
    public ReportView recompute(@PathParam("id") String id,
                                @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        Report r = writable(id, ifMatch, Action.WRITE_WORK);
        return ReportView.of(ktgs.reports().recompute(new Recompute(r.id(), r.version())).orThrow());
    }

    @PUT
    @Path("/{id}/narrative")
    public ReportView narrative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                NarrativeRequest body) {
        Report r = writable(id, ifMatch, Action.WRITE_WORK);
        return ReportView.of(ktgs.reports().editNarrative(new EditNarrative(r.id(), r.version(), body.narrative()))
                .orThrow());
    }

    /** Gửi báo cáo today; a report already submitted answers 409. */
    @POST
    @Path("/{id}/submission")
    public ReportView submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        Report r = writable(id, ifMatch, Action.WRITE_WORK);
        return ReportView.of(ktgs.reports().submit(new Submit(r.id(), r.version())).orThrow());
    }

    /** Trả lại báo cáo: by a committee role holder above the organisation. */
    @POST
    @Path("/{id}/return")
    public ReportView returnReport(@PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch, ReturnRequest body) {
        Report r = writable(id, ifMatch, Action.REVIEW);
        return ReportView.of(ktgs.reports().returnReport(new Return(r.id(), r.version(), body.reason())).orThrow());
    }

    private Report report(String id) {
        return ktgs.reports().report(id(id, Entity.REPORT, ReportId::new));
    }

    private Report writable(String id, @Nullable String ifMatch, Action action) {
        Report r = report(id);
        Caller caller = caller();
        guard.require(caller, action, r.organisation());
        Preconditions.expect(ifMatch, r.version());
        return r;
    }
}
