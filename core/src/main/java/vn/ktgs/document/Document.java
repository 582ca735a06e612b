package vn.ktgs.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.OrganisationId;

/**
 * Văn bản: a governing document of a Party organisation (a resolution, plan, guidance, ...), possibly
 * implementing a document of the same or a higher organisation (S1: plan 65-KH/ĐU implements resolution
 * 02-NQ/ĐU).
 *
 * @param number the document number, unique per issuer, type and term
 * @param issuer the organisation that issued it
 * @param issuedOn the day it was issued, within {@code term}
 * @param term the issuer's term in which it was numbered
 * @param title the title (trích yếu), stored in Unicode NFC
 * @param implementsDocument the document it implements, issued no later by the issuer or an organisation above
 * @param version the optimistic-concurrency version, 1 when first stored
 */
public record Document(
        DocumentId id,
        DocumentNumber number,
        OrganisationId issuer,
        LocalDate issuedOn,
        Term term,
        String title,
        @Nullable DocumentId implementsDocument,
        long version) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(title, "title");
        if (id.equals(implementsDocument)) {
            throw new IllegalArgumentException("a document cannot implement itself");
        }
    }

    /** The document this one implements, if any. */
    public Optional<DocumentId> implemented() {
        return Optional.ofNullable(implementsDocument);
    }
}
