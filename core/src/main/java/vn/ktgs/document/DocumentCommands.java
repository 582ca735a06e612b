package vn.ktgs.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ValidText;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/** The commands of {@link DocumentService}, validated with Jakarta Bean Validation at the boundary. */
public final class DocumentCommands {

    private DocumentCommands() {
    }

    /**
     * Đăng ký văn bản: register a governing document issued by an organisation (S1).
     *
     * @param number the number as written, for example {@code 65-KH/ĐU}
     * @param title the title (trích yếu)
     * @param implementsDocument the document it implements, if any
     */
    public record RegisterDocument(
            @NotBlank @Size(max = 100) @ValidText @Nullable String number,
            @NotNull @Nullable OrganisationId issuer,
            @NotNull @Nullable LocalDate issuedOn,
            @NotNull @Nullable Term term,
            @NotBlank @Size(max = 1000) @ValidText @Nullable String title,
            @Nullable DocumentId implementsDocument) {
    }

    /**
     * Ghi nhận buổi quán triệt: a cell disseminated a document to the members who attended (S8).
     *
     * @param attendees the members who attended, each once
     * @param note a free note, for example where the session was held
     */
    public record RecordDissemination(
            @NotNull @Nullable DocumentId document,
            @NotNull @Nullable OrganisationId cell,
            @NotNull @Nullable LocalDate heldOn,
            @NotEmpty @Nullable List<@NotNull MemberId> attendees,
            @Size(max = 2000) @ValidText @Nullable String note) {
    }
}
