package vn.ktgs.examples;

import java.util.Optional;
import vn.ktgs.access.Caller;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.rest.CallerResolver;
import vn.ktgs.rest.TrustedHeaderCallerResolver;

/**
 * The demo's callers: the {@code X-KTGS-Member}/{@code X-KTGS-Authority} headers when a request carries them,
 * otherwise the committee's secretary, so that a browser on this machine can read everything the committee
 * reads. For a demo on loopback only: a real host resolves its own authenticated users.
 */
final class DemoCallerResolver implements CallerResolver {

    private final TrustedHeaderCallerResolver headers = new TrustedHeaderCallerResolver();
    private final Caller fallback;

    DemoCallerResolver(MemberId secretary) {
        this.fallback = new Caller(secretary, java.util.Set.of());
    }

    @Override
    public Optional<Caller> resolve(CallerRequest request) {
        if (request.header(TrustedHeaderCallerResolver.MEMBER) == null
                && request.header(TrustedHeaderCallerResolver.AUTHORITY) == null) {
            return Optional.of(fallback);
        }
        return headers.resolve(request);
    }

    /** The headers that name the caller, for {@code Vary}: those of the trusted-header resolver. */
    @Override
    public java.util.List<String> headers() {
        return headers.headers();
    }

    @Override
    public String challenge() {
        return headers.challenge();
    }
}
