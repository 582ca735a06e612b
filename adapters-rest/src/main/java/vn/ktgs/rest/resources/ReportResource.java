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
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
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
import vn.ktgs.rest.internal.DocumentResponses;
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

    public ReportResource(Ktgs ktgs, Guard guard, DocumentResponses documents) {
        super(ktgs, guard, documents);
    }

    @POST
    @Creates
    public ReportView compile(CompileRequest body) {
        return ReportView.of(as().reports().compile(new Compile(new OrganisationId(body.organisation()),
                body.period(), body.narrative())).orThrow());
    }

    @GET
    @Path("/{id}")
    public ReportView get(@PathParam("id") String id) {
        return ReportView.of(as().reports().report(reportId(id)));
    }

    /** The report as a document (Báo cáo, 36-HD/VPTW) for {@code Accept: application/pdf} or the DOCX type. */
    @GET
    @Path("/{id}")
    @Produces({DocumentResponses.PDF_QS, DocumentResponses.DOCX_QS})
    public jakarta.ws.rs.core.Response document(@PathParam("id") String id, @QueryParam("number") @Nullable String number,
                             @QueryParam("issuedOn") @Nullable String issuedOn) {
        Guarded as = as();
        Report r = as.reports().report(reportId(id));
        return document(number, issuedOn, i -> documents.documents().report(as.caller(), r.id(), i));
    }

    /** Tính lại số liệu from the records as they are today. */
    @POST
    @Path("/{id}/recomputation")
    public ReportView recompute(@PathParam("id") String id,
                                @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        Guarded as = as();
        Report r = writable(as, id, ifMatch);
        return ReportView.of(as.reports().recompute(new Recompute(r.id(), r.version())).orThrow());
    }

    @PUT
    @Path("/{id}/narrative")
    public ReportView narrative(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                NarrativeRequest body) {
        Guarded as = as();
        Report r = writable(as, id, ifMatch);
        return ReportView.of(as.reports().editNarrative(new EditNarrative(r.id(), r.version(), body.narrative()))
                .orThrow());
    }

    /** Gửi báo cáo today; a report already submitted answers 409. */
    @POST
    @Path("/{id}/submission")
    public ReportView submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        Guarded as = as();
        Report r = writable(as, id, ifMatch);
        return ReportView.of(as.reports().submit(new Submit(r.id(), r.version())).orThrow());
    }

    /** Trả lại báo cáo: by a committee role holder above the organisation. */
    @POST
    @Path("/{id}/return")
    public ReportView returnReport(@PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Nullable String ifMatch, ReturnRequest body) {
        Guarded as = as();
        Report r = writable(as, id, ifMatch);
        return ReportView.of(as.reports().returnReport(new Return(r.id(), r.version(), body.reason())).orThrow());
    }

    private static ReportId reportId(String id) {
        return id(id, Entity.REPORT, ReportId::new);
    }

    /** The report as the caller reads it (404, 403), then the If-Match; the core checks the command's action. */
    private static Report writable(Guarded as, String id, @Nullable String ifMatch) {
        Report r = as.reports().report(reportId(id));
        Preconditions.expect(ifMatch, r.version());
        return r;
    }
}
