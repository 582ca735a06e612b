package vn.ktgs.auth.jwt;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;

/**
 * The {@code WWW-Authenticate} header of every 401 (RFC 6750): {@code Bearer realm="…"}, with
 * {@code error="invalid_token"} when the request carried a bearer token that was refused. The body stays the REST
 * adapter's problem document. Register it beside the {@code KtgsRestApplication}
 * ({@code ResourceConfig.forApplication(app).register(new BearerChallenge("ktgs"))}).
 */
public final class BearerChallenge implements ContainerResponseFilter {

    private final String realm;

    public BearerChallenge(String realm) {
        Objects.requireNonNull(realm, "realm");
        if (!realm.matches("[\\x20-\\x7E&&[^\"\\\\]]+")) {
            throw new IllegalArgumentException("a realm is printable ASCII without quotes or backslashes");
        }
        this.realm = realm;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 401 || response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, bearer
                ? "Bearer realm=\"" + realm + "\", error=\"invalid_token\""
                : "Bearer realm=\"" + realm + "\"");
    }
}
