package vn.ktgs.plan;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;
import vn.ktgs.organisation.OrganisationKind;

/** Loại hoạt động kiểm tra, giám sát: the kinds of inspection and supervision work. */
public enum ActivityKind implements Labelled {
    /** Kiểm tra việc thực hiện nhiệm vụ đảng viên: inspection of a member's performance of duties. */
    DUTY_INSPECTION,
    /** Kiểm tra chuyên đề: thematic inspection. */
    THEMATIC_INSPECTION,
    /** Giám sát thường xuyên: regular supervision. */
    REGULAR_SUPERVISION,
    /** Giám sát chuyên đề: thematic supervision. */
    THEMATIC_SUPERVISION,
    /** Kiểm tra tổ chức đảng cấp dưới thực hiện nhiệm vụ kiểm tra, giám sát (S6): a committee only. */
    LOWER_ORGANISATION_INSPECTION,
    /** Kiểm tra việc thi hành kỷ luật trong Đảng: a committee only. */
    DISCIPLINE_ENFORCEMENT_INSPECTION,
    /** Kiểm tra khi có dấu hiệu vi phạm: reactive, never part of a plan. */
    SIGNS_OF_VIOLATION_INSPECTION;

    /** Whether this is an inspection (kiểm tra), which concludes on strengths, shortcomings and violations. */
    public boolean isInspection() {
        return !isSupervision();
    }

    /** Whether this is a supervision (giám sát). */
    public boolean isSupervision() {
        return this == REGULAR_SUPERVISION || this == THEMATIC_SUPERVISION;
    }

    /** Whether the kind may appear in an annual plan; inspection on signs of violation never does. */
    public boolean isPlannable() {
        return this != SIGNS_OF_VIOLATION_INSPECTION;
    }

    /** Whether its targets are lower Party organisations rather than members. */
    public boolean targetsOrganisations() {
        return this == LOWER_ORGANISATION_INSPECTION || this == DISCIPLINE_ENFORCEMENT_INSPECTION;
    }

    /** Whether an organisation of the given kind may carry out this kind of work. A cell works on its members. */
    public boolean allowedFor(OrganisationKind kind) {
        return kind.isCommittee() || !targetsOrganisations();
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
