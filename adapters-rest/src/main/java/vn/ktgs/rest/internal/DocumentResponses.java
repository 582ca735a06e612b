package vn.ktgs.rest.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.document.DocumentNumber;
import vn.ktgs.document.DocumentTypes;
import vn.ktgs.documents.DocumentException;
import vn.ktgs.documents.FileFormat;
import vn.ktgs.documents.Issuance;
import vn.ktgs.documents.KtgsDocuments;
import vn.ktgs.documents.OfficeDocument;
import vn.ktgs.rest.api.Problem;

/**
 * The PDF and DOCX answers of the resources that also answer JSON: the document rendered by {@link KtgsDocuments}
 * for the caller, in the format the {@code Accept} header prefers, with {@code Content-Disposition} naming the
 * file; the number from {@code ?number=} (a {@link DocumentNumber}), the day of issue from {@code ?issuedOn=}
 * (default today), the language from {@code Accept-Language}. A {@link DocumentException} answers as problem
 * details like every other error.
 */
public final class DocumentResponses {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** PDF with a lower server quality, so that JSON stays the answer to {@code Accept: *}{@code /*}. */
    public static final String PDF_QS = PDF + ";qs=0.5";
    /** DOCX with a lower server quality. */
    public static final String DOCX_QS = DOCX + ";qs=0.5";

    private final KtgsDocuments documents;

    public DocumentResponses(KtgsDocuments documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    public KtgsDocuments documents() {
        return documents;
    }

    /** The document {@code build} makes for the issuance the request names, as PDF or DOCX. */
    public Response render(HttpHeaders headers, @Nullable String number, @Nullable String issuedOn, LocalDate today,
                           Function<Issuance, OfficeDocument> build) {
        Locale locale = Languages.of(headers);
        FileFormat format = format(headers);
        if (number == null || number.isBlank()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, Violation.of("query.number",
                    "ktgs.rest.param.invalid", "name", "number", "value", String.valueOf(number)));
        }
        Outcome<DocumentNumber> n = DocumentNumber.tryParse(number, DocumentTypes.defaults());
        if (!n.violations().isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, n.violations().stream()
                    .map(v -> v.under("query.number")).toList());
        }
        LocalDate day = today;
        if (issuedOn != null && !issuedOn.isEmpty()) {
            try {
                day = LocalDate.parse(issuedOn);
            } catch (DateTimeParseException e) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, Violation.of("query.issuedOn",
                        "ktgs.rest.param.invalid", "name", "issuedOn", "value", issuedOn));
            }
        }
        try {
            OfficeDocument d = build.apply(Issuance.of(n.orThrow(), day).in(locale));
            byte[] bytes = documents.render(d, format);
            return Response.ok(bytes, format == FileFormat.PDF ? PDF : DOCX)
                    .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "."
                            + format.extension() + "\"")
                    .header("Content-Language", locale.getLanguage())
                    .build();
        } catch (DocumentException e) {
            return problem(e, locale);
        }
    }

    /** DOCX when the caller prefers it to PDF, else PDF. */
    private static FileFormat format(HttpHeaders headers) {
        MediaType docx = MediaType.valueOf(DOCX);
        MediaType pdf = MediaType.valueOf(PDF);
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(pdf)) {
                return FileFormat.PDF;
            }
            if (m.isCompatible(docx)) {
                return FileFormat.DOCX;
            }
        }
        return FileFormat.PDF;
    }

    private static Response problem(DocumentException e, Locale locale) {
        ProblemType type = switch (e.kind()) {
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case NOT_READY -> ProblemType.CONFLICT;
            case BAD_INPUT -> ProblemType.VALIDATION;
            case BAD_TEMPLATE -> ProblemType.INTERNAL;
        };
        String title = Messages.format(type.titleKey(), locale, java.util.Map.of());
        String message = e.message(locale);
        Problem p = new Problem(type.uri(), title, type.status(), message, null,
                List.of(new Problem.FieldError("", "ktgs.documents." + e.key(), message)));
        return Response.status(type.status()).type(JsonBodyProvider.PROBLEM_JSON + ";charset=UTF-8")
                .header("Content-Language", locale.getLanguage()).entity(p).build();
    }
}
