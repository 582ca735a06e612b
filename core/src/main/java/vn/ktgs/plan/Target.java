package vn.ktgs.plan;

import java.util.Objects;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/** Đối tượng kiểm tra, giám sát: the target of inspection or supervision, a member or a Party organisation. */
public sealed interface Target permits Target.OfMember, Target.OfOrganisation {

    static Target member(MemberId id) {
        return new OfMember(id);
    }

    static Target organisation(OrganisationId id) {
        return new OfOrganisation(id);
    }

    /** Đảng viên: a member as target. */
    record OfMember(MemberId member) implements Target {
        public OfMember {
            Objects.requireNonNull(member, "member");
        }
    }

    /** Tổ chức đảng: a lower Party organisation as target. */
    record OfOrganisation(OrganisationId organisation) implements Target {
        public OfOrganisation {
            Objects.requireNonNull(organisation, "organisation");
        }
    }
}
