-- KTGS: immutability at the database level (PostgreSQL). A submitted report and a concluded record cannot be
-- changed, even by a host's own SQL: corrections are new, linked rows. The audit trail is append-only.
-- Every rejection raises SQLSTATE KT001 with a message starting "ktgs-immutable".
-- The functions keep the search path they were created with (the library's schema).

CREATE FUNCTION ktgs_report_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'ktgs-immutable: report % was submitted and cannot be deleted', OLD.id
                USING ERRCODE = 'KT001';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'SUBMITTED' AND (NEW.status <> 'RETURNED'
        OR (NEW.id, NEW.organisation_id, NEW.period_kind, NEW.period_year, NEW.period_index, NEW.plans_adopted,
            NEW.items_planned, NEW.items_concluded, NEW.activities_opened, NEW.unplanned_inspections,
            NEW.members_reached, NEW.violations_found, NEW.discipline_decisions, NEW.recommendations_made,
            NEW.recommendations_closed, NEW.coordinations, NEW.computed_on, NEW.narrative)
        IS DISTINCT FROM
           (OLD.id, OLD.organisation_id, OLD.period_kind, OLD.period_year, OLD.period_index, OLD.plans_adopted,
            OLD.items_planned, OLD.items_concluded, OLD.activities_opened, OLD.unplanned_inspections,
            OLD.members_reached, OLD.violations_found, OLD.discipline_decisions, OLD.recommendations_made,
            OLD.recommendations_closed, OLD.coordinations, OLD.computed_on, OLD.narrative)) THEN
        RAISE EXCEPTION 'ktgs-immutable: report % is submitted; it can only be returned', OLD.id
            USING ERRCODE = 'KT001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ktgs_report_guard BEFORE UPDATE OR DELETE ON ktgs_report
    FOR EACH ROW EXECUTE FUNCTION ktgs_report_guard();

CREATE FUNCTION ktgs_report_submission_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.returned_on IS NOT NULL OR NEW.report_id <> OLD.report_id OR NEW.seq <> OLD.seq
        OR NEW.submitted_on <> OLD.submitted_on THEN
        RAISE EXCEPTION 'ktgs-immutable: a submission of report % can only be returned, once', OLD.report_id
            USING ERRCODE = 'KT001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ktgs_report_submission_guard BEFORE UPDATE OR DELETE ON ktgs_report_submission
    FOR EACH ROW EXECUTE FUNCTION ktgs_report_submission_guard();

CREATE FUNCTION ktgs_activity_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF OLD.concluded_on IS NOT NULL THEN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'ktgs-immutable: activity % is concluded and cannot be deleted', OLD.id
                USING ERRCODE = 'KT001';
        END IF;
        IF (NEW.id, NEW.organisation_id, NEW.plan_id, NEW.item_id, NEW.kind, NEW.mode, NEW.subject,
            NEW.responsible_id, NEW.opened_on, NEW.concluded_on, NEW.minutes_reference, NEW.corrects_id)
           IS DISTINCT FROM
           (OLD.id, OLD.organisation_id, OLD.plan_id, OLD.item_id, OLD.kind, OLD.mode, OLD.subject,
            OLD.responsible_id, OLD.opened_on, OLD.concluded_on, OLD.minutes_reference, OLD.corrects_id) THEN
            RAISE EXCEPTION 'ktgs-immutable: activity % is concluded; a correction is a new, linked record', OLD.id
                USING ERRCODE = 'KT001';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ktgs_activity_guard BEFORE UPDATE OR DELETE ON ktgs_activity
    FOR EACH ROW EXECUTE FUNCTION ktgs_activity_guard();

-- targets, strengths, shortcomings and violations of a concluded record: no row added, changed or removed
CREATE FUNCTION ktgs_sealed_part_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM ktgs_activity WHERE id = OLD.activity_id
                                       AND concluded_on IS NOT NULL))
        OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM ktgs_activity WHERE id = NEW.activity_id
                                       AND concluded_on IS NOT NULL)) THEN
        RAISE EXCEPTION 'ktgs-immutable: % of a concluded activity cannot change', TG_TABLE_NAME
            USING ERRCODE = 'KT001';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ktgs_activity_target_guard BEFORE INSERT OR UPDATE OR DELETE ON ktgs_activity_target
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();
CREATE TRIGGER ktgs_conclusion_note_guard BEFORE INSERT OR UPDATE OR DELETE ON ktgs_conclusion_note
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();
CREATE TRIGGER ktgs_violation_guard BEFORE INSERT OR UPDATE OR DELETE ON ktgs_violation
    FOR EACH ROW EXECUTE FUNCTION ktgs_sealed_part_guard();

-- the steps of a concluded record: later steps may be added, none changed or removed
CREATE FUNCTION ktgs_stage_guard() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM ktgs_activity WHERE id = OLD.activity_id AND concluded_on IS NOT NULL) THEN
        RAISE EXCEPTION 'ktgs-immutable: the steps of concluded activity % cannot change', OLD.activity_id
            USING ERRCODE = 'KT001';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ktgs_activity_stage_guard BEFORE UPDATE OR DELETE ON ktgs_activity_stage
    FOR EACH ROW EXECUTE FUNCTION ktgs_stage_guard();

CREATE FUNCTION ktgs_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ktgs-immutable: the audit trail is append-only' USING ERRCODE = 'KT001';
END $$;

CREATE TRIGGER ktgs_audit_guard BEFORE UPDATE OR DELETE ON ktgs_audit
    FOR EACH ROW EXECUTE FUNCTION ktgs_audit_guard();
