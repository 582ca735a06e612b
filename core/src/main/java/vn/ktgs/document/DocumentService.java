package vn.ktgs.document;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.common.BeanValidation;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;

/**
 * Quản lý văn bản và quán triệt: registers governing documents and the chain by which a lower level implements
 * an upper level's document (S1), records the sessions in which cells disseminate them, and answers who has
 * not been reached yet (S8).
 *
 * <p>Every command is checked whole: a rejected command reports every violation and stores nothing.
 */
public final class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final Documents documents;
    private final Disseminations disseminations;
    private final OrganisationService organisations;
    private final DocumentTypes types;
    private final BeanValidation validation;
    private final Clock clock;

    /**
     * @param types the document types a number may name, usually {@link DocumentTypes#defaults()}
     * @param clock the clock that says which day is today (Asia/Ho_Chi_Minh)
     */
    public DocumentService(Documents documents, Disseminations disseminations, OrganisationService organisations,
            DocumentTypes types, Validator validator, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.disseminations = Objects.requireNonNull(disseminations, "disseminations");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.types = Objects.requireNonNull(types, "types");
        this.validation = new BeanValidation(Objects.requireNonNull(validator, "validator"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- commands

    /**
     * Registers a document. The number must parse; the issuer must exist; no other document of the issuer may
     * have the same number and type in the same term; the issue day must fall within the term and not be in
     * the future; a document it implements must exist, be issued no later, and be issued by the same
     * organisation or one above it. A field that fails Bean Validation is not checked further; the others are.
     */
    public Outcome<Document> register(RegisterDocument cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        Set<String> invalid = v.stream().map(Violation::path).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        LocalDate issuedOn = cmd.issuedOn();
        Term term = cmd.term();
        DocumentNumber number = null;
        if (!invalid.contains("number")) {
            Outcome<DocumentNumber> parsed = DocumentNumber.tryParse(cmd.number(), types);
            parsed.violations().forEach(x -> v.add(x.under("number")));
            number = parsed instanceof Outcome.Accepted<DocumentNumber> a ? a.value() : null;
        }
        Optional<Organisation> issuer = cmd.issuer() == null ? Optional.empty() : organisations.findOrganisation(cmd.issuer());
        if (cmd.issuer() != null && issuer.isEmpty()) {
            v.add(Violation.of("issuer", "ktgs.organisation.unknown", "id", cmd.issuer()));
        }
        if (number != null && issuer.isPresent() && term != null) {
            sameNumber(issuer.get().id(), number, term).ifPresent(d -> v.add(Violation.of("number",
                    "ktgs.document.number.duplicate", "number", d.number(), "term", term.name(),
                    "day", d.issuedOn())));
        }
        if (issuedOn != null && term != null && !term.contains(issuedOn)) {
            v.add(Violation.of("issuedOn", "ktgs.document.issuedOn.outsideTerm", "day", issuedOn,
                    "term", term.name(), "from", term.period().from(), "to", term.period().to()));
        }
        if (issuedOn != null && issuedOn.isAfter(today)) {
            v.add(Violation.of("issuedOn", "ktgs.document.issuedOn.future", "day", issuedOn, "today", today));
        }
        if (cmd.implementsDocument() != null) {
            Optional<Document> implemented = documents.find(cmd.implementsDocument());
            if (implemented.isEmpty()) {
                v.add(Violation.of("implementsDocument", "ktgs.document.implements.unknown",
                        "id", cmd.implementsDocument()));
            } else {
                Document upper = implemented.get();
                if (issuedOn != null && upper.issuedOn().isAfter(issuedOn)) {
                    v.add(Violation.of("implementsDocument", "ktgs.document.implements.issuedLater",
                            "number", upper.number(), "day", upper.issuedOn()));
                }
                if (issuer.isPresent() && !organisations.isWithin(issuer.get().id(), upper.issuer())) {
                    v.add(Violation.of("implementsDocument", "ktgs.document.implements.notAbove",
                            "number", upper.number(), "organisation", issuer.get().name()));
                }
            }
        }
        if (!v.isEmpty() || number == null || issuedOn == null || term == null) {
            return Outcome.rejected(v);
        }
        Document d = new Document(DocumentId.random(), number, issuer.get().id(), issuedOn, term,
                Objects.requireNonNull(Texts.nfc(cmd.title())), cmd.implementsDocument(), 1);
        documents.save(d);
        LOG.debug("registered document {} {}", d.number(), d.id());
        return Outcome.accepted(d);
    }

    /**
     * Records a dissemination session. The cell must be a cell; the document must exist and be issued no later
     * than the session; every attendee must be a member of the cell on that day and be listed once; the day
     * must not be in the future. A field that fails Bean Validation is not checked further; the others are.
     */
    public Outcome<Dissemination> recordDissemination(RecordDissemination cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        LocalDate today = LocalDate.now(clock);
        LocalDate heldOn = cmd.heldOn();
        Optional<Organisation> cell = cmd.cell() == null ? Optional.empty() : organisations.findOrganisation(cmd.cell());
        if (cmd.cell() != null && cell.isEmpty()) {
            v.add(Violation.of("cell", "ktgs.organisation.unknown", "id", cmd.cell()));
        } else if (cell.isPresent() && !cell.get().kind().isCell()) {
            v.add(Violation.of("cell", "ktgs.dissemination.cell.required", "organisation", cell.get().name()));
        }
        Optional<Document> document = cmd.document() == null ? Optional.empty() : documents.find(cmd.document());
        if (cmd.document() != null && document.isEmpty()) {
            v.add(Violation.of("document", "ktgs.document.unknown", "id", cmd.document()));
        } else if (document.isPresent() && heldOn != null && document.get().issuedOn().isAfter(heldOn)) {
            v.add(Violation.of("heldOn", "ktgs.dissemination.beforeIssue", "number", document.get().number(),
                    "day", document.get().issuedOn()));
        }
        if (heldOn != null && heldOn.isAfter(today)) {
            v.add(Violation.of("heldOn", "ktgs.dissemination.heldOn.future", "day", heldOn, "today", today));
        }
        List<MemberId> attendees = cmd.attendees() == null ? List.of() : cmd.attendees();
        Optional<Organisation> meeting = cell.filter(c -> c.kind().isCell());
        Set<MemberId> present = meeting.isEmpty() || heldOn == null ? Set.of()
                : organisations.membersOn(meeting.get().id(), heldOn).stream().map(Member::id)
                        .collect(Collectors.toSet());
        Set<MemberId> seen = new HashSet<>();
        for (int i = 0; i < attendees.size(); i++) {
            MemberId id = attendees.get(i);
            String path = "attendees[" + i + "]";
            if (id == null) {
                continue;
            }
            if (!seen.add(id)) {
                v.add(Violation.of(path, "ktgs.dissemination.attendee.duplicate", "member", memberName(id)));
            } else if (meeting.isPresent() && heldOn != null && !present.contains(id)) {
                Optional<Member> member = organisations.findMember(id);
                v.add(member.isEmpty() ? Violation.of(path, "ktgs.member.unknown", "id", id)
                        : Violation.of(path, "ktgs.dissemination.attendee.notMember",
                                "member", member.get().fullName(), "cell", meeting.get().name(), "day", heldOn));
            }
        }
        if (!v.isEmpty() || meeting.isEmpty() || document.isEmpty() || heldOn == null) {
            return Outcome.rejected(v);
        }
        String note = cmd.note() == null ? "" : Texts.nfc(cmd.note());
        Dissemination d = new Dissemination(DisseminationId.random(), document.get().id(), meeting.get().id(),
                heldOn, attendees, note, 1);
        disseminations.save(d);
        LOG.debug("recorded dissemination of {} in {} on {}", document.get().number(), meeting.get().code(), heldOn);
        return Outcome.accepted(d);
    }

    // ---------------------------------------------------------------- queries

    /** The document, or {@link NotFoundException}. */
    public Document document(DocumentId id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException(Entity.DOCUMENT, id));
    }

    /** The document of {@code issuer} in {@code term} with exactly this number. */
    public Optional<Document> findByNumber(OrganisationId issuer, DocumentNumber number, Term term) {
        return documents.ofIssuer(issuer).stream()
                .filter(d -> d.number().equals(number) && d.term().equals(term))
                .findFirst();
    }

    /**
     * The chain of a document (S1): the document, then the one it implements, and so on up to a document that
     * implements none. For plan 65-KH/ĐU: [65-KH/ĐU, 02-NQ/ĐU].
     *
     * @throws NotFoundException when {@code id} is not a stored document
     */
    public List<Document> chain(DocumentId id) {
        List<Document> out = new ArrayList<>();
        Set<DocumentId> seen = new LinkedHashSet<>();
        Optional<Document> next = Optional.of(document(id));
        while (next.isPresent() && seen.add(next.get().id())) {
            Document d = next.get();
            out.add(d);
            next = d.implemented().flatMap(documents::find);
        }
        return List.copyOf(out);
    }

    /**
     * The documents that implement {@code id} directly, in the order of {@link Documents#all()}.
     *
     * @throws NotFoundException when {@code id} is not a stored document
     */
    public List<Document> implementing(DocumentId id) {
        Document upper = document(id);
        return documents.all().stream().filter(d -> upper.id().equals(d.implementsDocument())).toList();
    }

    /** The dissemination session, or {@link NotFoundException}. */
    public Dissemination dissemination(DisseminationId id) {
        return disseminations.find(id).orElseThrow(() -> new NotFoundException(Entity.DISSEMINATION, id));
    }

    /** The sessions held on {@code document} in any cell, by day held. */
    public List<Dissemination> disseminationsOf(DocumentId document) {
        return disseminations.ofDocument(document);
    }

    /**
     * The members of the cell on {@code asOf} (for a committee, of every cell below it), by code, who attended
     * no dissemination of the document, in any cell, on or before {@code asOf} (S8).
     *
     * @throws NotFoundException when the document or the organisation is not stored
     */
    public List<Member> notYetReached(DocumentId documentId, OrganisationId cellId, LocalDate asOf) {
        return notReached(document(documentId), organisations.membersOn(cellId, asOf), asOf);
    }

    /**
     * How far the document has reached the members of the cell on {@code asOf}; see
     * {@link #notYetReached(DocumentId, OrganisationId, LocalDate)}.
     *
     * @throws NotFoundException when the document or the organisation is not stored
     */
    public DisseminationReach reach(DocumentId documentId, OrganisationId cellId, LocalDate asOf) {
        List<Member> members = organisations.membersOn(cellId, asOf);
        List<Member> notReached = notReached(document(documentId), members, asOf);
        return new DisseminationReach(members.size() - notReached.size(), members.size(),
                notReached.stream().map(Member::id).toList());
    }

    private List<Member> notReached(Document document, List<Member> members, LocalDate asOf) {
        Set<MemberId> attended = disseminations.ofDocument(document.id()).stream()
                .filter(d -> !d.heldOn().isAfter(asOf))
                .flatMap(d -> d.attendees().stream())
                .collect(Collectors.toSet());
        return members.stream().filter(m -> !attended.contains(m.id())).toList();
    }

    private Optional<Document> sameNumber(OrganisationId issuer, DocumentNumber number, Term term) {
        return documents.ofIssuer(issuer).stream()
                .filter(d -> d.number().number() == number.number() && d.number().type().equals(number.type())
                        && d.term().equals(term))
                .findFirst();
    }



    private String memberName(MemberId id) {
        return organisations.findMember(id).map(Member::fullName).orElse(id.toString());
    }
}
