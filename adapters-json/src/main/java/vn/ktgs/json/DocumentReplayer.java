package vn.ktgs.json;

import java.util.ArrayList;
import java.util.List;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.Term;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/**
 * Queues the steps of {@code documents} (phase 0, on the day each was issued; a number given twice is
 * {@code ktgs.dataset.duplicateCode}) and {@code disseminations} (phase 1, on the day each session was held).
 */
final class DocumentReplayer extends SectionReplayer {

    DocumentReplayer(ReplayState s) {
        super(s);
    }

    void documentSteps() {
        for (int i = 0; i < d.documents().size(); i++) {
            var e = d.documents().get(i);
            String path = "documents[" + i + "]";
            if (documents.containsKey(e.number()) || d.documents().subList(0, i).stream()
                    .anyMatch(x -> x.number().equals(e.number()))) {
                v.add(Violation.of(path + ".number", "ktgs.dataset.duplicateCode", "code", e.number()));
                continue;
            }
            step(e.issuedOn(), 0, path, path, () -> {
                List<Violation> out = new ArrayList<>();
                OrganisationId issuer = organisation(e.issuer(), "issuer", out);
                DocumentId implemented = null;
                if (e.implementsDocument() != null) {
                    implemented = documents.get(e.implementsDocument());
                    if (implemented == null) {
                        out.add(Violation.of("implements", "ktgs.dataset.unknownCode", "kind", Entity.DOCUMENT,
                                "code", e.implementsDocument()));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
                Outcome<Document> o = ktgs.documents().register(new RegisterDocument(e.number(), issuer,
                        e.issuedOn(), Term.of(e.term().name(), e.term().from(), e.term().to()), e.title(),
                        implemented));
                if (o instanceof Outcome.Accepted<Document> a) {
                    documents.put(e.number(), a.value().id());
                }
                return o.violations();
            });
        }
        for (int i = 0; i < d.disseminations().size(); i++) {
            var e = d.disseminations().get(i);
            String path = "disseminations[" + i + "]";
            step(e.heldOn(), 1, path, path, () -> {
                List<Violation> out = new ArrayList<>();
                DocumentId doc = documents.get(e.document());
                if (doc == null) {
                    out.add(Violation.of("document", "ktgs.dataset.unknownCode", "kind", Entity.DOCUMENT, "code",
                            e.document()));
                }
                OrganisationId cell = organisation(e.cell(), "cell", out);
                List<MemberId> attendees = memberList(e.attendees(), "attendees", out);
                if (!out.isEmpty()) {
                    return out;
                }
                return result(ktgs.documents().recordDissemination(new RecordDissemination(doc, cell, e.heldOn(),
                        attendees, e.note())));
            });
        }
    }
}
