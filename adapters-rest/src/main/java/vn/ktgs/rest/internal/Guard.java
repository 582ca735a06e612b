package vn.ktgs.rest.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Action;
import vn.ktgs.access.Caller;
import vn.ktgs.common.Messages;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.rest.CallerResolver;

/** Establishes the caller (401 when unknown) and applies the core's {@link AccessRules} (403 when denied). */
public final class Guard {

    private final CallerResolver resolver;
    private final AccessRules rules;
    private final OrganisationService organisations;

    public Guard(CallerResolver resolver, AccessRules rules, OrganisationService organisations) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.organisations = organisations;
    }

    public AccessRules rules() {
        return rules;
    }

    /** The caller of the current request, or 401. */
    public Caller caller(HttpHeaders headers, SecurityContext security) {
        return resolver.resolve(request(headers::getHeaderString, security))
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
                        Violation.of("", "ktgs.rest.unauthenticated")));
    }

    /**
     * Nothing when the caller is known to the library: granted {@link vn.ktgs.access.Authority#ADMINISTRATOR} by
     * the host, or a member id that names a stored member. A well-formed id that names no member is not a known
     * caller: 403, as every access rule answers it.
     */
    public void requireKnown(Caller caller) {
        if (caller.has(vn.ktgs.access.Authority.ADMINISTRATOR)) {
            return;
        }
        if (caller.memberId().flatMap(organisations::findMember).isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, List.of(Violation.of("", "ktgs.rest.unknownCaller")));
        }
    }

    /** A resolver's view of a request. */
    public static CallerResolver.CallerRequest request(java.util.function.Function<String, @Nullable String> headers,
                                                       SecurityContext security) {
        return new CallerResolver.CallerRequest() {
            @Override
            public @Nullable String header(String name) {
                return headers.apply(name);
            }

            @Override
            public SecurityContext securityContext() {
                return security;
            }
        };
    }

    /** Whether the caller may take the action on the organisation's records. */
    public boolean allows(Caller caller, Action action, OrganisationId organisation) {
        return rules.allows(caller, action, organisation);
    }

    /** Nothing, or 403 naming the action and the organisation. */
    public void require(Caller caller, Action action, OrganisationId organisation) {
        if (!rules.allows(caller, action, organisation)) {
            throw forbidden(action, organisation);
        }
    }

    /** Nothing when any of the actions is allowed, or 403 naming the first. */
    public void requireAny(Caller caller, OrganisationId organisation, Action... actions) {
        for (Action a : actions) {
            if (rules.allows(caller, a, organisation)) {
                return;
            }
        }
        throw forbidden(actions[0], organisation);
    }

    /** Nothing when the host granted the caller {@link vn.ktgs.access.Authority#ADMINISTRATOR}, or 403. */
    public void requireAdministrator(Caller caller) {
        if (!caller.has(vn.ktgs.access.Authority.ADMINISTRATOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, List.of(Violation.of("", "ktgs.rest.forbidden",
                    "action", new ActionLabel(Action.ADMINISTER), "organisation", "KTGS")));
        }
    }

    /**
     * The core's refusal ({@link vn.ktgs.Ktgs#as}) as the problem it answers: 403 with {@code ktgs.rest.forbidden}
     * naming the action and the organisation, or {@code ktgs.rest.unknownCaller}.
     */
    public static ProblemException forbidden(vn.ktgs.access.AccessDeniedException denied) {
        if (denied.reason() == vn.ktgs.access.AccessDeniedException.Reason.UNKNOWN_CALLER) {
            return new ProblemException(ProblemType.FORBIDDEN, List.of(Violation.of("", "ktgs.rest.unknownCaller")));
        }
        return new ProblemException(ProblemType.FORBIDDEN, List.of(Violation.of("", "ktgs.rest.forbidden",
                "action", new ActionLabel(denied.action()), "organisation", denied.organisationName())));
    }

    public ProblemException forbidden(Action action, OrganisationId organisation) {
        String name = organisations.findOrganisation(organisation).map(o -> o.name())
                .orElse(String.valueOf(organisation.value()));
        return new ProblemException(ProblemType.FORBIDDEN, List.of(Violation.of("", "ktgs.rest.forbidden",
                "action", new ActionLabel(action), "organisation", name)));
    }

    /** An action named in the reader's language. */
    private record ActionLabel(Action action) implements vn.ktgs.common.Labelled {
        @Override
        public String label(java.util.Locale locale) {
            return Messages.format("ktgs.rest.action." + action.name(), locale, java.util.Map.of());
        }
    }
}
