package vn.ktgs.document;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;

/** Port: where governing documents are stored. */
public interface Documents {

    Optional<Document> find(DocumentId id);

    /** The documents issued by {@code issuer}, by issue day, then type, number and issuer abbreviation. */
    List<Document> ofIssuer(OrganisationId issuer);

    /**
     * One page of {@link #ofIssuer(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Document> ofIssuer(OrganisationId issuer, PageRequest request) {
        return Page.of(ofIssuer(issuer), request);
    }

    /** Every document, by issue day, then type, number and issuer abbreviation. */
    List<Document> all();

    /**
     * One page of {@link #all()}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Document> all(PageRequest request) {
        return Page.of(all(), request);
    }

    /**
     * Stores a new document ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Document document);
}
