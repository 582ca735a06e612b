package vn.ktgs;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.access.AccessDeniedException;
import vn.ktgs.access.Action;
import vn.ktgs.access.Authority;
import vn.ktgs.common.Outcome;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.DisseminationId;
import vn.ktgs.document.DisseminationReach;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DocumentService;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.OrganisationId;

/**
 * Văn bản và quán triệt for one caller. Documents are registered by an administrator or by whoever writes the
 * issuer's work ({@link Action#WRITE_WORK}), and read by every known caller (they are disseminated to all members);
 * a dissemination is recorded under {@link Action#WRITE_WORK} on its cell and read, with the reach of a document,
 * under {@link Action#READ} on the cell. A command that names no issuer or cell is passed on, and its validation
 * rejects it (nothing is stored). Obtained from {@link Guarded#documents()}.
 */
public final class GuardedDocuments {

    private final Guarded as;
    private final DocumentService service;

    GuardedDocuments(Guarded as, DocumentService service) {
        this.as = as;
        this.service = service;
    }

    /**
     * {@link DocumentService#register}: by an administrator, or by a caller who may write the issuer's work.
     *
     * @throws AccessDeniedException otherwise
     */
    public Outcome<Document> register(RegisterDocument cmd) {
        if (!as.caller().has(Authority.ADMINISTRATOR) && cmd.issuer() != null) {
            as.require(Action.WRITE_WORK, cmd.issuer());
        }
        return service.register(cmd);
    }

    /** The document, for a known caller ({@link Guarded#requireKnown()}). */
    public Document document(DocumentId id) {
        as.requireKnown();
        return service.document(id);
    }

    /** {@link DocumentService#chain}, for a known caller. */
    public List<Document> chain(DocumentId id) {
        as.requireKnown();
        return service.chain(id);
    }

    /** {@link DocumentService#implementing}, for a known caller. */
    public List<Document> implementing(DocumentId id) {
        as.requireKnown();
        return service.implementing(id);
    }

    /** {@link DocumentService#recordDissemination} under {@link Action#WRITE_WORK} on the cell. */
    public Outcome<Dissemination> recordDissemination(RecordDissemination cmd) {
        if (cmd.cell() != null) {
            as.require(Action.WRITE_WORK, cmd.cell());
        }
        return service.recordDissemination(cmd);
    }

    /** The sessions held on the document in the cells the caller may read, by day held. */
    public List<Dissemination> disseminationsOf(DocumentId document) {
        return service.disseminationsOf(document).stream().filter(d -> as.allows(Action.READ, d.cell())).toList();
    }

    /** The session, under {@link Action#READ} on its cell. */
    public Dissemination dissemination(DisseminationId id) {
        Dissemination d = service.dissemination(id);
        as.require(Action.READ, d.cell());
        return d;
    }

    /** {@link DocumentService#reach} under {@link Action#READ} on the cell. */
    public DisseminationReach reach(DocumentId document, OrganisationId cell, LocalDate asOf) {
        as.require(Action.READ, cell);
        return service.reach(document, cell, asOf);
    }

    /** {@link DocumentService#notYetReached} under {@link Action#READ} on the cell. */
    public List<Member> notYetReached(DocumentId document, OrganisationId cell, LocalDate asOf) {
        as.require(Action.READ, cell);
        return service.notYetReached(document, cell, asOf);
    }
}
