package vn.ktgs.rest;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ktgs.access.Authority;
import vn.ktgs.access.Caller;
import vn.ktgs.organisation.MemberId;

/**
 * A {@link CallerResolver} that believes two headers: {@code X-KTGS-Member} (the member's UUID) and
 * {@code X-KTGS-Authority} (comma-separated {@link Authority} names). Only for a server reachable solely through
 * a gateway that authenticates the user and sets (and strips) these headers itself, for demos and for tests:
 * anyone who can reach the server directly can claim to be anyone.
 */
public final class TrustedHeaderCallerResolver implements CallerResolver {

    public static final String MEMBER = "X-KTGS-Member";
    public static final String AUTHORITY = "X-KTGS-Authority";

    /** The two headers it believes. */
    @Override
    public List<String> headers() {
        return List.of(MEMBER, AUTHORITY);
    }

    /** A scheme of its own: the caller names themselves in {@code X-KTGS-Member}. */
    @Override
    public String challenge() {
        return "X-KTGS-Member realm=\"KTGS\"";
    }

    @Override
    public Optional<Caller> resolve(CallerRequest request) {
        String member = request.header(MEMBER);
        String authority = request.header(AUTHORITY);
        Set<Authority> authorities = EnumSet.noneOf(Authority.class);
        if (authority != null) {
            for (String a : authority.split(",")) {
                try {
                    authorities.add(Authority.valueOf(a.trim()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        MemberId id = null;
        if (member != null) {
            Optional<UUID> uuid = vn.ktgs.common.Uuids.parse(member.trim());
            if (uuid.isEmpty()) {
                return Optional.empty();
            }
            id = new MemberId(uuid.get());
        }
        if (id == null && authorities.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(id, authorities));
    }
}
