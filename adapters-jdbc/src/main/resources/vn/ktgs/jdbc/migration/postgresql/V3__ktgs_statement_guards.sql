-- KTGS: the same immutability rules as V2, cheaper for bulk writes (PostgreSQL).
-- 1. Adding targets, strengths, shortcomings or violations to a concluded record is checked once per statement
--    (a COPY or a multi-row INSERT) against the statement's new rows (a transition table), not once per row.
--    Changing or removing them keeps V2's row trigger. Same SQLSTATE KT001 and message.
-- 2. The record's guard runs only for a record that is concluded (a WHEN condition, no function call otherwise).
-- 3. Records leave room in their pages (fillfactor 70): the update that seals a record (or adds a version) can then
--    stay on its page without new index entries (a HOT update).

CREATE FUNCTION ktgs_sealed_part_insert_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added n JOIN ktgs_activity a ON a.id = n.activity_id WHERE a.concluded_on IS NOT NULL)
    THEN
        RAISE EXCEPTION 'ktgs-immutable: % of a concluded activity cannot change', TG_TABLE_NAME
            USING ERRCODE = 'KT001';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER ktgs_activity_target_guard ON ktgs_activity_target;
CREATE TRIGGER ktgs_activity_target_guard BEFORE UPDATE OR DELETE ON ktgs_activity_target
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();
CREATE TRIGGER ktgs_activity_target_insert_guard AFTER INSERT ON ktgs_activity_target
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ktgs_sealed_part_insert_guard();

DROP TRIGGER ktgs_conclusion_note_guard ON ktgs_conclusion_note;
CREATE TRIGGER ktgs_conclusion_note_guard BEFORE UPDATE OR DELETE ON ktgs_conclusion_note
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();
CREATE TRIGGER ktgs_conclusion_note_insert_guard AFTER INSERT ON ktgs_conclusion_note
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ktgs_sealed_part_insert_guard();

DROP TRIGGER ktgs_violation_guard ON ktgs_violation;
CREATE TRIGGER ktgs_violation_guard BEFORE UPDATE OR DELETE ON ktgs_violation
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();
CREATE TRIGGER ktgs_violation_insert_guard AFTER INSERT ON ktgs_violation
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ktgs_sealed_part_insert_guard();

DROP TRIGGER ktgs_activity_guard ON ktgs_activity;
CREATE TRIGGER ktgs_activity_guard BEFORE UPDATE OR DELETE ON ktgs_activity
    FOR EACH ROW WHEN (OLD.concluded_on IS NOT NULL) EXECUTE FUNCTION ktgs_activity_guard();

ALTER TABLE ktgs_activity SET (fillfactor = 70);
