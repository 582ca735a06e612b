package vn.ktgs.rest.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Target;

/**
 * Đối tượng: the target of inspection or supervision, exactly one of a member or an organisation.
 *
 * @param member the member's id, when the target is a member
 * @param organisation the organisation's id, when the target is a lower organisation
 */
public record TargetDto(@Nullable UUID member, @Nullable UUID organisation) {

    public static TargetDto of(Target t) {
        return t instanceof Target.OfMember m ? new TargetDto(m.member().value(), null)
                : new TargetDto(null, ((Target.OfOrganisation) t).organisation().value());
    }

    /** The target, or {@code null} when not exactly one of the two is given. */
    public @Nullable Target toTarget() {
        if ((member == null) == (organisation == null)) {
            return null;
        }
        return member != null ? Target.member(new MemberId(member)) : Target.organisation(new OrganisationId(organisation));
    }
}
