package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.DisseminationReach;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.rest.api.DocumentApi.DisseminationView;
import vn.ktgs.rest.api.DocumentApi.DocumentView;
import vn.ktgs.rest.api.DocumentApi.ReachView;
import vn.ktgs.rest.api.DocumentApi.RecordDisseminationRequest;
import vn.ktgs.rest.api.DocumentApi.RegisterDocumentRequest;
import vn.ktgs.rest.api.OrganisationApi.MemberRef;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.internal.Cacheable;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.ProblemException;
import vn.ktgs.rest.internal.ProblemType;
import vn.ktgs.rest.internal.Requests;

/**
 * Văn bản và quán triệt: governing documents, their chain, disseminations and who has not been reached yet.
 * Documents are readable by every known caller (they are disseminated to all members); disseminations and reach
 * by the readers of the cell.
 */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DocumentResource extends ResourceSupport {

    public DocumentResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    @POST
    @Creates
    public DocumentView register(RegisterDocumentRequest body) {
        Guarded as = as();
        OrganisationId issuer = new OrganisationId(body.issuer());
        if (body.term().to().isBefore(body.term().from()) || body.term().name().isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, Violation.of("term", "ktgs.document.term.invalid",
                    "from", body.term().from(), "to", body.term().to()));
        }
        Term term = new Term(body.term().name(), DateRange.of(body.term().from(), body.term().to()));
        return DocumentView.of(as.documents().register(new RegisterDocument(body.number(), issuer, body.issuedOn(),
                term, body.title(), body.implementsDocument() == null ? null
                : new DocumentId(body.implementsDocument()))).orThrow());
    }

    @GET
    @Cacheable
    @Path("/{id}")
    public DocumentView get(@PathParam("id") String id) {
        return DocumentView.of(as().documents().document(documentId(id)));
    }

    @GET
    @Cacheable
    @Path("/{id}/chain")
    public Page<DocumentView> chain(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                    @QueryParam("size") @Nullable String size) {
        return page(as().documents().chain(documentId(id)).stream().map(DocumentView::of).toList(), page, size);
    }

    @GET
    @Cacheable
    @Path("/{id}/implementing")
    public Page<DocumentView> implementing(@PathParam("id") String id, @QueryParam("page") @Nullable String page,
                                           @QueryParam("size") @Nullable String size) {
        return page(as().documents().implementing(documentId(id)).stream().map(DocumentView::of).toList(),
                page, size);
    }

    @POST
    @Path("/{id}/disseminations")
    @Creates
    public DisseminationView disseminate(@PathParam("id") String id, RecordDisseminationRequest body) {
        Guarded as = as();
        Document d = document(id);
        return DisseminationView.of(as.documents().recordDissemination(new RecordDissemination(d.id(),
                new OrganisationId(body.cell()), body.heldOn(), Requests.members(body.attendees()), body.note()))
                .orThrow());
    }

    @GET
    @Path("/{id}/disseminations")
    public Page<DisseminationView> disseminations(@PathParam("id") String id,
                                                  @QueryParam("page") @Nullable String page,
                                                  @QueryParam("size") @Nullable String size) {
        Guarded as = as();
        return page(as.documents().disseminationsOf(document(id).id()).stream()
                .map(DisseminationView::of).toList(), page, size);
    }

    @GET
    @Path("/{id}/disseminations/{dissemination}")
    public DisseminationView dissemination(@PathParam("id") String id,
                                           @PathParam("dissemination") String dissemination) {
        Guarded as = as();
        Document d = document(id);
        vn.ktgs.document.DisseminationId did = id(dissemination, Entity.DISSEMINATION,
                vn.ktgs.document.DisseminationId::new);
        if (!ktgs.documents().dissemination(did).document().equals(d.id())) {
            throw new vn.ktgs.common.NotFoundException(Entity.DISSEMINATION, dissemination);
        }
        return DisseminationView.of(as.documents().dissemination(did));
    }

    /** Mức độ quán triệt: how far the document has reached a cell on a day, and who has not been reached yet. */
    @GET
    @Path("/{id}/reach")
    public ReachView reach(@PathParam("id") String id, @QueryParam("cell") @Nullable String cell,
                           @QueryParam("on") @Nullable String on) {
        Guarded as = as();
        Document d = document(id);
        Organisation c = ktgs.organisations().findOrganisation(new OrganisationId(uuidParam(cell, "cell")))
                .orElseThrow(() -> invalid("cell", cell));
        LocalDate day = dateParam(on, "on", today());
        DisseminationReach r = as.documents().reach(d.id(), c.id(), day);
        return new ReachView(d.id().value(), c.id().value(), day, r.reached(), r.members(), r.isComplete(),
                as.documents().notYetReached(d.id(), c.id(), day).stream().map(MemberRef::of).toList());
    }

    private Document document(String id) {
        return ktgs.documents().document(documentId(id));
    }

    private static DocumentId documentId(String id) {
        return id(id, Entity.DOCUMENT, DocumentId::new);
    }
}
