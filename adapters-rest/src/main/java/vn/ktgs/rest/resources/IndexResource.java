package vn.ktgs.rest.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ktgs.common.Messages;
import vn.ktgs.rest.api.IndexApi.IndexView;
import vn.ktgs.rest.api.IndexApi.Link;
import vn.ktgs.rest.api.IndexApi.Operation;
import vn.ktgs.rest.internal.Languages;

/**
 * Mục lục: the root of the API ({@code GET /}), readable without a caller like the OpenAPI document. It links the
 * OpenAPI document and every collection the API reads, and lists every operation, all taken from the OpenAPI
 * document so that the index cannot drift from the API.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class IndexResource {

    private final JsonNode openApi;

    public IndexResource(JsonNode openApi) {
        this.openApi = openApi;
    }

    @GET
    public IndexView index(@Context UriInfo uri, @Context HttpHeaders headers) {
        Locale locale = Languages.of(headers);
        String base = uri.getBaseUri().toString();
        String root = base.endsWith("/") ? base : base + "/";
        List<Link> links = new ArrayList<>();
        links.add(new Link("openapi", root + "openapi.json"));
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                operations.add(new Operation(method, template, op.getValue().path("operationId").asText()));
                boolean collection = template.lastIndexOf('/') == 0 && !template.contains("{")
                        && template.length() > 1 && !template.equals("/openapi.json");
                if (collection && method.equals("GET")) {
                    links.add(new Link(template.substring(1), root + template.substring(1)));
                }
            }
        }
        return new IndexView(openApi.path("info").path("title").asText(), openApi.path("info").path("version")
                .asText(), Messages.format("ktgs.rest.index", locale, Map.of()), links, operations);
    }
}
