package vn.ktgs.document;

import java.util.List;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;

/** Port: where governing documents are stored. */
public interface Documents {

    Optional<Document> find(DocumentId id);

    /** The documents issued by {@code issuer}, by issue day, then type, number and issuer abbreviation. */
    List<Document> ofIssuer(OrganisationId issuer);

    /** Every document, by issue day, then type, number and issuer abbreviation. */
    List<Document> all();

    /**
     * Stores a new document ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Document document);
}
