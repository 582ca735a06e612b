package vn.ktgs.rest.resources;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ktgs.rest.internal.Cacheable;

/** The OpenAPI 3.1 document of the API, generated from the resource classes; readable without a caller. */
@Path("/openapi.json")
public final class OpenApiResource {

    private final JsonNode document;

    public OpenApiResource(JsonNode document) {
        this.document = document;
    }

    @GET
    @Cacheable
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() {
        return document;
    }
}
