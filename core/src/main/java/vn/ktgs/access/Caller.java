package vn.ktgs.access;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.MemberId;

/**
 * Người gọi: who is asking, as the host application established it: the Party member they are (if any) and
 * the rights the host grants them. Party roles are not carried here: the rules read them from the
 * organisation tree on the day.
 *
 * @param member the member the caller is; {@code null} for a caller who is not a member (for example an office
 *     clerk with {@link Authority#ADMINISTRATOR})
 * @param authorities rights granted by the host
 */
public record Caller(@Nullable MemberId member, Set<Authority> authorities) {

    public Caller {
        authorities = Set.copyOf(authorities);
    }

    /** A member with no host-granted rights. */
    public static Caller member(MemberId member) {
        return new Caller(member, Set.of());
    }

    /** An administrator who is not (or does not act as) a member. */
    public static Caller administrator() {
        return new Caller(null, Set.of(Authority.ADMINISTRATOR));
    }

    public Optional<MemberId> memberId() {
        return Optional.ofNullable(member);
    }

    public boolean has(Authority authority) {
        return authorities.contains(authority);
    }
}
