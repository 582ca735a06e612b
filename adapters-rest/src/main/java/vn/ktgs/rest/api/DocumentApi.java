package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.organisation.MemberId;

/** Bodies of the document and dissemination resources. */
public final class DocumentApi {

    private DocumentApi() {
    }

    /** Nhiệm kỳ: a term, both ends included. */
    public record TermDto(String name, LocalDate from, LocalDate to) {
    }

    /** Đăng ký văn bản. */
    public record RegisterDocumentRequest(String number, UUID issuer, LocalDate issuedOn, TermDto term, String title,
                                          @Nullable UUID implementsDocument) {
    }

    /** A governing document. */
    public record DocumentView(UUID id, String number, String type, UUID issuer, LocalDate issuedOn, TermDto term,
                               String title, @Nullable UUID implementsDocument, long version) implements Versioned {
        public static DocumentView of(Document d) {
            return new DocumentView(d.id().value(), d.number().format(), d.number().type(), d.issuer().value(),
                    d.issuedOn(), new TermDto(d.term().name(), d.term().period().from(),
                    d.term().period().to()), d.title(),
                    d.implementsDocument() == null ? null : d.implementsDocument().value(), d.version());
        }

        @Override
        public String self() {
            return "/documents/" + id;
        }
    }

    /** Ghi nhận buổi quán triệt. */
    public record RecordDisseminationRequest(UUID cell, LocalDate heldOn, List<UUID> attendees,
                                             @Nullable String note) {
    }

    /** A dissemination session. */
    public record DisseminationView(UUID id, UUID document, UUID cell, LocalDate heldOn, List<UUID> attendees,
                                    String note, long version) implements Versioned {
        public static DisseminationView of(Dissemination d) {
            return new DisseminationView(d.id().value(), d.document().value(), d.cell().value(), d.heldOn(),
                    d.attendees().stream().map(MemberId::value).toList(), d.note(), d.version());
        }

        @Override
        public String self() {
            return "/documents/" + document + "/disseminations/" + id;
        }
    }

    /** How far a document has reached a cell's members on a day, with those not reached yet. */
    public record ReachView(UUID document, UUID cell, LocalDate asOf, int reached, int members, boolean complete,
                            List<OrganisationApi.MemberRef> notReached) {
    }
}
