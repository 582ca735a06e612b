package vn.ktgs.access;

/**
 * Quyền do hệ thống cấp: a right the host application grants a caller outside the Party roles recorded in the
 * library (which the rules read from the organisation tree themselves).
 */
public enum Authority {
    /**
     * Văn phòng cấp ủy: maintains the organisation tree, members, roles, assignments and the register of
     * documents; reads what is not confidential.
     */
    ADMINISTRATOR
}
