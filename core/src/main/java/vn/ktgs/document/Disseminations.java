package vn.ktgs.document;

import java.util.List;
import java.util.Optional;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.OrganisationId;

/** Port: where dissemination sessions (quán triệt) are stored. */
public interface Disseminations {

    Optional<Dissemination> find(DisseminationId id);

    /** The sessions on {@code document}, in any cell, by day held. */
    List<Dissemination> ofDocument(DocumentId document);

    /**
     * One page of {@link #ofDocument(DocumentId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Dissemination> ofDocument(DocumentId document, PageRequest request) {
        return Page.of(ofDocument(document), request);
    }

    /** The sessions held by {@code cell}, by day held. */
    List<Dissemination> ofCell(OrganisationId cell);

    /**
     * One page of {@link #ofCell(OrganisationId)}, in the same order.
     * The default cuts {@link Page#of the whole list}: an implementation over a large store should override it.
     */
    default Page<Dissemination> ofCell(OrganisationId cell, PageRequest request) {
        return Page.of(ofCell(cell), request);
    }

    /**
     * Stores a new session ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Dissemination dissemination);
}
