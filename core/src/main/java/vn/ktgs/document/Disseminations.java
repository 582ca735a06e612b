package vn.ktgs.document;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.organisation.MemberId;
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
     * Which of {@code members} attended a session on {@code document} held on or before {@code until}, in any cell:
     * what scoring a committee needs from the sessions, without reading every session of the document in the
     * country. The default filters {@link #ofDocument(DocumentId)}: an implementation over a large store should
     * override it.
     */
    default Set<MemberId> attendedAmong(DocumentId document, LocalDate until, Set<MemberId> members) {
        Set<MemberId> out = new HashSet<>();
        if (members.isEmpty()) {
            return out;
        }
        for (Dissemination d : ofDocument(document)) {
            if (!d.heldOn().isAfter(until)) {
                for (MemberId m : d.attendees()) {
                    if (members.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Stores a new session ({@code version == 1}) or the next version of a stored one.
     *
     * @throws vn.ktgs.common.ConflictException when the stored version is not {@code version - 1}
     */
    void save(Dissemination dissemination);
}
