-- KTGS: immutability at the database level (H2). The same rules as the PostgreSQL triggers, in one Java trigger
-- class shipped in the library's jar (vn.ktgs.jdbc.internal.H2ImmutabilityTrigger): a submitted report and a
-- concluded record cannot be changed, even by a host's own SQL; the audit trail is append-only.

CREATE TRIGGER ktgs_report_guard BEFORE UPDATE, DELETE ON ktgs_report
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_report_submission_guard BEFORE UPDATE, DELETE ON ktgs_report_submission
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_activity_guard BEFORE UPDATE, DELETE ON ktgs_activity
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_activity_target_guard BEFORE INSERT, UPDATE, DELETE ON ktgs_activity_target
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_conclusion_note_guard BEFORE INSERT, UPDATE, DELETE ON ktgs_conclusion_note
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_violation_guard BEFORE INSERT, UPDATE, DELETE ON ktgs_violation
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_activity_stage_guard BEFORE UPDATE, DELETE ON ktgs_activity_stage
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
CREATE TRIGGER ktgs_audit_guard BEFORE UPDATE, DELETE ON ktgs_audit
    FOR EACH ROW CALL 'vn.ktgs.jdbc.internal.H2ImmutabilityTrigger';
