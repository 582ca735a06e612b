package vn.ktgs.rest.api;

import java.util.List;

/** The body of the API's root: what a client (or a person in a browser) finds at {@code GET /}. */
public final class IndexApi {

    private IndexApi() {
    }

    /**
     * Mục lục: the index of the API.
     *
     * @param title the API's name
     * @param version the API's version, as in the OpenAPI document
     * @param description what the API is, in the reader's language ({@code Accept-Language})
     * @param links the OpenAPI document and the main collections, as absolute URLs
     * @param operations every operation of the API, from the OpenAPI document
     */
    public record IndexView(String title, String version, String description, List<Link> links,
                            List<Operation> operations) {
        public IndexView {
            links = List.copyOf(links);
            operations = List.copyOf(operations);
        }
    }

    /**
     * A link of the index.
     *
     * @param rel what it is: {@code openapi}, or the collection's name ({@code organisations}, …)
     * @param href the absolute URL
     */
    public record Link(String rel, String href) {
    }

    /**
     * An operation of the API.
     *
     * @param method the HTTP method
     * @param path the path template below the root, for example {@code /organisations/{id}}
     * @param operationId the operation's id in the OpenAPI document
     */
    public record Operation(String method, String path, String operationId) {
    }
}
