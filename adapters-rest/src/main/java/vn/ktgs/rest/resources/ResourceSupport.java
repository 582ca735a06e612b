package vn.ktgs.rest.resources;

import vn.ktgs.documents.DocumentSettings;
import vn.ktgs.documents.Issuance;
import vn.ktgs.documents.KtgsDocuments;
import vn.ktgs.documents.OfficeDocument;
import vn.ktgs.rest.internal.DocumentResponses;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Caller;
import vn.ktgs.common.Entity;
import vn.ktgs.common.PageRequest;
import vn.ktgs.common.Uuids;
import vn.ktgs.common.Violation;
import vn.ktgs.rest.api.Page;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.ProblemException;
import vn.ktgs.rest.internal.ProblemType;

/** What every resource shares: the library, the guard, the caller of the request, and parameter parsing. */
abstract class ResourceSupport {

    /** The default page size. */
    static final int DEFAULT_SIZE = 50;
    /** The largest page size. */
    static final int MAX_SIZE = 500;

    final Ktgs ktgs;
    final Guard guard;
    /** The PDF and DOCX answers (see {@link DocumentResponses}). */
    final DocumentResponses documents;

    @Context
    @Nullable HttpHeaders headers;
    @Context
    @Nullable SecurityContext security;

    ResourceSupport(Ktgs ktgs, Guard guard) {
        this(ktgs, guard, new DocumentResponses(new KtgsDocuments(ktgs, DocumentSettings.defaults())));
    }

    ResourceSupport(Ktgs ktgs, Guard guard, DocumentResponses documents) {
        this.ktgs = Objects.requireNonNull(ktgs, "ktgs");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** The document the request asks for as PDF or DOCX, for an issuance read from its parameters. */
    jakarta.ws.rs.core.Response document(@Nullable String number, @Nullable String issuedOn,
                                          java.util.function.Function<Issuance, OfficeDocument> build) {
        return documents.render(Objects.requireNonNull(headers, "headers"), number, issuedOn, today(), build);
    }

    /** The library as the caller of the request may use it (401 when the caller is unknown); the core checks access. */
    Guarded as() {
        return ktgs.as(caller());
    }

    Caller caller() {
        return guard.caller(Objects.requireNonNull(headers, "headers"), Objects.requireNonNull(security, "security"));
    }

    LocalDate today() {
        return LocalDate.now(ktgs.clock());
    }

    /** A path id; one that is not a UUID in canonical form ({@link Uuids}) names nothing, so 404. */
    static <T> T id(String text, Entity entity, Function<UUID, T> make) {
        return make.apply(Uuids.parse(text).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                Violation.of("", "ktgs.rest.notFound", "entity", entity, "id", text))));
    }

    /** A query parameter that must be a UUID ({@link Uuids}), or 400. */
    static UUID uuidParam(@Nullable String text, String name) {
        return Uuids.parse(text).orElseThrow(() -> invalid(name, text));
    }

    /** A date query parameter ({@code YYYY-MM-DD}); {@code fallback} when absent; 400 when not a date. */
    static LocalDate dateParam(@Nullable String text, String name, LocalDate fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(name, text);
        }
    }

    static int intParam(@Nullable String text, String name, int fallback, int min, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid(name, text);
    }

    static ProblemException invalid(String name, @Nullable String value) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, Violation.of("query." + name,
                "ktgs.rest.param.invalid", "name", name, "value", String.valueOf(value)));
    }

    static <T> Page<T> page(List<T> all, @Nullable String page, @Nullable String size) {
        return Page.of(all, pageParam(page), sizeParam(size));
    }

    /**
     * The page a port reads itself ({@code read}), for a list that no access rule filters: only that page is
     * loaded, and the response is the one {@link #page(List, String, String)} gives for the whole list.
     */
    static <T, R> Page<R> page(Function<PageRequest, vn.ktgs.common.Page<T>> read, Function<? super T, R> view,
                               @Nullable String page, @Nullable String size) {
        int p = pageParam(page);
        int s = sizeParam(size);
        vn.ktgs.common.Page<T> slice = read.apply(PageRequest.ofPage(p, s));
        return new Page<>(slice.items().stream().<R>map(view).toList(), p, s, slice.total());
    }

    private static int pageParam(@Nullable String page) {
        return intParam(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    private static int sizeParam(@Nullable String size) {
        return intParam(size, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    }
}
