package vn.ktgs.examples.spring;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetImporter;
import vn.ktgs.json.DatasetReader;
import vn.ktgs.rest.CallerResolver;
import vn.ktgs.spring.KtgsImports;

/**
 * {@code POST /datasets}: imports a dataset document (administrators only) and answers what was written, the
 * committee's id and the ids of its governing documents (what the scoring URLs need).
 */
@Path("/datasets")
public final class DatasetResource {

    private final KtgsImports imports;
    private final Ktgs ktgs;
    private final CallerResolver callers;

    DatasetResource(KtgsImports imports, Ktgs ktgs, CallerResolver callers) {
        this.imports = imports;
        this.ktgs = ktgs;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importDataset(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security) {
        Optional<Caller> caller = callers.resolve(new CallerResolver.CallerRequest() {
            @Override
            public @Nullable String header(String name) {
                return headers.getHeaderString(name);
            }

            @Override
            public SecurityContext securityContext() {
                return security;
            }
        });
        if (caller.isEmpty()) {
            return problem(Response.Status.UNAUTHORIZED, "Chưa xác định được người gọi");
        }
        if (!caller.get().has(Authority.ADMINISTRATOR)) {
            return problem(Response.Status.FORBIDDEN, "Chỉ văn phòng cấp ủy được nhập dữ liệu");
        }
        Dataset dataset = DatasetReader.read(body);
        DatasetImporter.Result result = imports.importDataset(dataset);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("written", result.written());
        out.put("organisations", result.organisations());
        out.put("members", result.members());
        out.put("plans", result.plans());
        out.put("activities", result.activities());
        out.put("reports", result.reports());
        out.put("committee", ktgs.organisations().organisationByCode(dataset.committee()).orElseThrow().id()
                .value().toString());
        List<String> documents = ktgs.ports().documents().all().stream()
                .filter(d -> dataset.governingDocuments().contains(d.number().format()))
                .map(d -> d.id().value().toString()).toList();
        out.put("governingDocuments", documents);
        return Response.ok(out).build();
    }

    /** An RFC 9457 problem document, as the library's own resources answer. */
    private static Response problem(Response.Status status, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getStatusCode());
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
