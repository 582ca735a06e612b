package vn.ktgs.document;

import java.util.List;
import java.util.Optional;
import vn.ktgs.organisation.OrganisationId;

/** Port: where dissemination sessions (quán triệt) are stored. */
public interface Disseminations {

    Optional<Dissemination> find(DisseminationId id);

    /** The sessions on {@code document}, in any cell, by day held. */
    List<Dissemination> ofDocument(DocumentId document);

    /** The sessions held by {@code cell}, by day held. */
    List<Dissemination> ofCell(OrganisationId cell);

    /**
     * Stores a new session ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Dissemination dissemination);
}
