package vn.ktgs.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * {@code ?format=pdf} or {@code ?format=docx} on a request stands for the {@code Accept} header of that document
 * type, so that a plain link (a browser, the demo's printed URLs) can ask for the document; any other value is left
 * alone and answers as the resource does without it.
 */
@PreMatching
public final class DocumentFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null) {
            return;
        }
        String type = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> DocumentResponses.PDF;
            case "docx" -> DocumentResponses.DOCX;
            default -> null;
        };
        if (type != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
        }
    }
}
