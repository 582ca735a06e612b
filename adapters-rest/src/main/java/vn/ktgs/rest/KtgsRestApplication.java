package vn.ktgs.rest;

import vn.ktgs.documents.DocumentSettings;
import vn.ktgs.documents.KtgsDocuments;
import vn.ktgs.rest.internal.DocumentFormatFilter;
import vn.ktgs.rest.internal.DocumentResponses;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ktgs.Ktgs;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.HeaderValuesFilter;
import vn.ktgs.rest.internal.IdempotencyFilter;
import vn.ktgs.rest.internal.JsonBodyProvider;
import vn.ktgs.rest.internal.OpenApiGenerator;
import vn.ktgs.rest.internal.ProblemMapper;
import vn.ktgs.rest.internal.RequestBodyFilter;
import vn.ktgs.rest.internal.ResponseHeadersFilter;
import vn.ktgs.rest.internal.SecurityHeadersFilter;
import vn.ktgs.rest.resources.ActivityResource;
import vn.ktgs.rest.resources.DashboardPage;
import vn.ktgs.rest.resources.DocumentResource;
import vn.ktgs.rest.resources.MemberResource;
import vn.ktgs.rest.resources.IndexResource;
import vn.ktgs.rest.resources.OpenApiResource;
import vn.ktgs.rest.resources.OrganisationResource;
import vn.ktgs.rest.resources.PlanResource;
import vn.ktgs.rest.resources.ReportResource;
import vn.ktgs.rest.resources.RuleCaseResource;
import vn.ktgs.rest.resources.ScoringResource;
import vn.ktgs.json.JsonCriteriaSets;
import vn.ktgs.scoring.CriteriaSetRegistry;

/**
 * The whole library as a Jakarta REST application: every resource and provider as a singleton over one
 * {@link Ktgs}. Mount it in any Jakarta REST 4 runtime (Jersey: {@code ResourceConfig.forApplication(app)}), or
 * run it with {@link KtgsRestServer}.
 *
 * <pre>{@code
 * Ktgs ktgs = Ktgs.builder(ports, validator, clock).build();
 * Application app = KtgsRestApplication.builder(ktgs, myCallerResolver).bodyLimit(256 * 1024).build();
 * }</pre>
 */
public final class KtgsRestApplication extends Application {

    /** The default limit of a request body: 256 KiB. */
    public static final int DEFAULT_BODY_LIMIT = 256 * 1024;
    /** How many idempotency keys are remembered by default. */
    public static final int DEFAULT_IDEMPOTENCY_CAPACITY = 10_000;

    /**
     * The resource classes, in the order the OpenAPI document lists them.
     */
    public static final List<Class<?>> RESOURCES = List.of(OrganisationResource.class, MemberResource.class,
            DocumentResource.class, PlanResource.class, ActivityResource.class, ReportResource.class,
            ScoringResource.class, RuleCaseResource.class, OpenApiResource.class, IndexResource.class);

    private final Set<Object> singletons;
    private final int bodyLimit;

    private KtgsRestApplication(Builder b) {
        this.bodyLimit = b.bodyLimit;
        Guard guard = new Guard(b.resolver, b.ktgs.access(),
                b.ktgs.organisations());
        DocumentResponses docs = new DocumentResponses(new KtgsDocuments(b.ktgs, b.documentSettings));
        Set<Object> s = new LinkedHashSet<>();
        s.add(new OrganisationResource(b.ktgs, guard, docs));
        s.add(new MemberResource(b.ktgs, guard));
        s.add(new DocumentResource(b.ktgs, guard));
        s.add(new PlanResource(b.ktgs, guard, docs));
        s.add(new ActivityResource(b.ktgs, guard, docs));
        s.add(new ReportResource(b.ktgs, guard, docs));
        s.add(new ScoringResource(b.ktgs, guard, b.criteriaSets, docs));
        s.add(new RuleCaseResource(b.ktgs, guard));
        JsonNode openApi = openApi();
        s.add(new OpenApiResource(openApi));
        s.add(new IndexResource(openApi));
        if (b.dashboard) {
            s.add(new DashboardPage());
        }
        s.add(new JsonBodyProvider());
        s.add(new ProblemMapper());
        s.add(new HeaderValuesFilter());
        s.add(new RequestBodyFilter(b.bodyLimit));
        s.add(new IdempotencyFilter(b.resolver, b.idempotencyCapacity));
        s.add(new ResponseHeadersFilter());
        s.add(new DocumentFormatFilter());
        s.add(new SecurityHeadersFilter(b.resolver));
        this.singletons = Set.copyOf(s);
    }

    /** The OpenAPI 3.1 document of {@link #RESOURCES}. */
    public static JsonNode openApi() {
        return OpenApiGenerator.generate(RESOURCES, "KTGS REST API", "0.1.0");
    }

    /** A registry holding the shipped default criteria set for Plan 65-KH/ĐU. */
    public static CriteriaSetRegistry shippedCriteriaSets() {
        CriteriaSetRegistry registry = new CriteriaSetRegistry();
        registry.register(JsonCriteriaSets.shippedDefault(), CriteriaSetRegistry.Layer.SHIPPED).orThrow();
        return registry;
    }

    public static Builder builder(Ktgs ktgs, CallerResolver resolver) {
        return new Builder(ktgs, resolver);
    }

    /** The largest request body accepted, in bytes. */
    public int bodyLimit() {
        return bodyLimit;
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }

    /** Wires a {@link KtgsRestApplication}. */
    public static final class Builder {
        private final Ktgs ktgs;
        private final CallerResolver resolver;
        private int bodyLimit = DEFAULT_BODY_LIMIT;
        private int idempotencyCapacity = DEFAULT_IDEMPOTENCY_CAPACITY;
        private CriteriaSetRegistry criteriaSets = shippedCriteriaSets();
        private DocumentSettings documentSettings = DocumentSettings.defaults();
        private boolean dashboard = true;

        private Builder(Ktgs ktgs, CallerResolver resolver) {
            this.ktgs = Objects.requireNonNull(ktgs, "ktgs");
            this.resolver = Objects.requireNonNull(resolver, "resolver");
        }

        /**
         * The settings of the PDF and DOCX answers (place, margins, labels, a DOCX template; see the
         * ktgs-adapters-documents README); default {@link DocumentSettings#defaults()}.
         */
        public Builder documentSettings(DocumentSettings settings) {
            this.documentSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The largest request body accepted, in bytes; larger ones answer 413. */
        public Builder bodyLimit(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("a body limit is positive");
            }
            this.bodyLimit = bytes;
            return this;
        }

        /** How many idempotency keys to remember (the oldest are forgotten first). */
        public Builder idempotencyCapacity(int keys) {
            if (keys < 1) {
                throw new IllegalArgumentException("capacity is positive");
            }
            this.idempotencyCapacity = keys;
            return this;
        }

        /** The criteria sets served and used for scoring; by default only the shipped default set. */
        public Builder criteriaSets(CriteriaSetRegistry registry) {
            this.criteriaSets = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Whether to serve the web dashboard at {@code /ui/} ({@link DashboardPage}); on by default. The page reads
         * the same API as any client, so switching it off takes nothing away from the API.
         */
        public Builder dashboard(boolean served) {
            this.dashboard = served;
            return this;
        }

        public KtgsRestApplication build() {
            return new KtgsRestApplication(this);
        }
    }
}
