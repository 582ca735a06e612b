package vn.ktgs.rest.resources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Violation;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.PlanStatus;
import vn.ktgs.report.Timeliness;
import vn.ktgs.scoring.Level;
import vn.ktgs.rest.internal.ProblemException;
import vn.ktgs.rest.internal.ProblemType;

/**
 * Bảng theo dõi: the web dashboard, served at {@code /ui/} beside the API it reads. It is static: one HTML page,
 * its script, style sheet and icon, and the charting library (d3, from its WebJar), all from this jar, so that it
 * works with no internet. Every datum on the page comes from the API's own resources, requested by the browser
 * as the caller the host's {@code CallerResolver} recognises, so the page shows what that caller may read and
 * nothing more.
 *
 * <p>The page ({@code /ui/}) is answered with {@code Cache-Control: no-cache} and an ETag, so a browser always
 * revalidates it; the assets live under {@code /ui/assets/<hash>/}, where the hash is of their contents, and are
 * cached for a year as immutable: a new version of the jar has new asset addresses. Every answer carries a
 * Content-Security-Policy that allows the page's own origin only (no inline script or style, no other host,
 * no frames) and {@code X-Content-Type-Options: nosniff}.
 */
@Path("/ui")
@vn.ktgs.rest.internal.Cacheable
public final class DashboardPage {

    /** The Content-Security-Policy of every answer: nothing but the page's own origin. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final String HTML = "text/html; charset=UTF-8";
    private static final String BASE = "/vn/ktgs/rest/ui/";
    private static final String D3_POM = "/META-INF/maven/org.webjars.npm/d3/pom.properties";

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Asset page;
    private final Map<String, Asset> assets;
    private final String version;

    public DashboardPage() {
        Map<String, Asset> a = new LinkedHashMap<>();
        a.put("app.js", asset(BASE + "app.js", "text/javascript; charset=UTF-8"));
        a.put("labels.js", asset(BASE + "labels.js", "text/javascript; charset=UTF-8"));
        a.put("enums.js", of(enumLabels(), "text/javascript; charset=UTF-8"));
        a.put("app.css", asset(BASE + "app.css", "text/css; charset=UTF-8"));
        a.put("icon.svg", asset(BASE + "icon.svg", "image/svg+xml"));
        a.put("d3.min.js", asset("/META-INF/resources/webjars/d3/" + d3Version() + "/dist/d3.min.js",
                "text/javascript; charset=UTF-8"));
        this.assets = Map.copyOf(a);
        MessageDigest all = sha256();
        a.values().forEach(x -> all.update(x.bytes()));
        this.version = HexFormat.of().formatHex(all.digest()).substring(0, 16);
        String html = new String(read(BASE + "index.html"), StandardCharsets.UTF_8).replace("{{assets}}",
                "assets/" + version);
        this.page = of(html.getBytes(StandardCharsets.UTF_8), HTML);
    }

    /**
     * The page itself at {@code /ui/}; {@code /ui} without the slash (the same resource to Jakarta REST) is
     * redirected there, since the page's addresses are relative to it.
     */
    @GET
    public Response index(@Context UriInfo uri, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        if (!uri.getRequestUri().getRawPath().endsWith("/")) {
            return secured(Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path("ui/").build()));
        }
        return answer(page, ifNoneMatch, "no-cache");
    }

    /** An asset of the page, under the hash of this version's assets. */
    @GET
    @Path("/assets/{version}/{name}")
    public Response asset(@PathParam("version") String version, @PathParam("name") String name,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        Asset a = assets.get(name);
        if (a == null || !this.version.equals(version)) {
            throw new ProblemException(ProblemType.NO_SUCH_RESOURCE, Violation.of("", "ktgs.rest.noRoute"));
        }
        return answer(a, ifNoneMatch, "public, max-age=31536000, immutable");
    }

    /** The hash that names this version's assets ({@code /ui/assets/<version>/…}). */
    public String assetVersion() {
        return version;
    }

    private static Response answer(Asset a, @Nullable String ifNoneMatch, String cacheControl) {
        Response.ResponseBuilder b = a.etag().equals(ifNoneMatch) ? Response.notModified()
                : Response.ok(a.bytes(), a.type());
        return secured(b.header(HttpHeaders.ETAG, a.etag()).header(HttpHeaders.CACHE_CONTROL, cacheControl));
    }

    private static Response secured(Response.ResponseBuilder b) {
        return b.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The library's enums the page shows. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Level.class, Stage.class,
            ActivityKind.class, Severity.class, DisciplineForm.class, CoordinationPartner.class, PlanStatus.class,
            RecommendationStatus.class, Timeliness.class, OverdueKind.class);

    /**
     * {@code window.KTGS_ENUMS = {vi: {"Level.GOOD": "…"}, en: {…}}}: the labels of {@link #ENUMS} from the library's
     * own bundles, so the page cannot drift from them.
     */
    private static byte[] enumLabels() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Locale locale : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Class<? extends Enum<?>> type : ENUMS) {
                for (Enum<?> e : type.getEnumConstants()) {
                    labels.put(type.getSimpleName() + "." + e.name(), Messages.label(e, locale));
                }
            }
            all.put(locale.getLanguage(), labels);
        }
        try {
            return ("window.KTGS_ENUMS = " + new ObjectMapper().writeValueAsString(all) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Asset asset(String resource, String type) {
        return of(read(resource), type);
    }

    private static Asset of(byte[] bytes, String type) {
        return new Asset(bytes, type, "\"" + HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 32) + "\"");
    }

    private static String d3Version() {
        Properties p = new Properties();
        try (InputStream in = Objects.requireNonNull(DashboardPage.class.getResourceAsStream(D3_POM),
                "the d3 WebJar (org.webjars.npm:d3) is not on the class path")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Objects.requireNonNull(p.getProperty("version"), D3_POM);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Objects.requireNonNull(DashboardPage.class.getResourceAsStream(resource), resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
