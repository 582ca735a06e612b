-- KTGS (kiểm tra, giám sát): the tables of every core repository port.
-- Runs unchanged on H2 2.x and PostgreSQL 14+. Flyway runs it with the library's schema as the default schema,
-- so no name here is qualified. Every name starts with ktgs_ so it cannot collide with a host's tables.
-- Lists inside an aggregate are child tables keyed by (parent, seq) where seq keeps the list order.

-- ---- organisations and members ----------------------------------------------------------------------------

CREATE TABLE ktgs_organisation (
    id          UUID         NOT NULL,
    code        VARCHAR(200) NOT NULL,
    name        VARCHAR      NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    parent_id   UUID,
    established DATE         NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ktgs_organisation_pk PRIMARY KEY (id),
    CONSTRAINT ktgs_organisation_code_uq UNIQUE (code),
    CONSTRAINT ktgs_organisation_parent_fk FOREIGN KEY (parent_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_organisation_kind_ck CHECK (kind IN ('BLOC_COMMITTEE', 'GRASSROOTS_COMMITTEE',
        'PARTIAL_COMMITTEE', 'SUBORDINATE_CELL', 'GRASSROOTS_CELL')),
    CONSTRAINT ktgs_organisation_not_own_parent_ck CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT ktgs_organisation_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_organisation_parent_ix ON ktgs_organisation (parent_id);

CREATE TABLE ktgs_member (
    id        UUID         NOT NULL,
    code      VARCHAR(200) NOT NULL,
    full_name VARCHAR      NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT ktgs_member_pk PRIMARY KEY (id),
    CONSTRAINT ktgs_member_code_uq UNIQUE (code),
    CONSTRAINT ktgs_member_version_ck CHECK (version >= 1)
);

-- BCH members assigned to guide, monitor and inspect a cell (S6)
CREATE TABLE ktgs_org_assignment (
    organisation_id UUID    NOT NULL,
    seq             INTEGER NOT NULL,
    member_id       UUID    NOT NULL,
    period_from     DATE    NOT NULL,
    period_to       DATE,
    CONSTRAINT ktgs_org_assignment_pk PRIMARY KEY (organisation_id, seq),
    CONSTRAINT ktgs_org_assignment_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_org_assignment_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_org_assignment_period_ck CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX ktgs_org_assignment_member_ix ON ktgs_org_assignment (member_id);

CREATE TABLE ktgs_membership (
    member_id       UUID        NOT NULL,
    seq             INTEGER     NOT NULL,
    organisation_id UUID        NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE,
    status          VARCHAR(20) NOT NULL,
    CONSTRAINT ktgs_membership_pk PRIMARY KEY (member_id, seq),
    CONSTRAINT ktgs_membership_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id) ON DELETE CASCADE,
    CONSTRAINT ktgs_membership_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_membership_status_ck CHECK (status IN ('FULL', 'PROBATIONARY')),
    CONSTRAINT ktgs_membership_period_ck CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX ktgs_membership_org_ix ON ktgs_membership (organisation_id);

CREATE TABLE ktgs_member_role (
    member_id       UUID        NOT NULL,
    seq             INTEGER     NOT NULL,
    organisation_id UUID        NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    period_from     DATE        NOT NULL,
    period_to       DATE,
    CONSTRAINT ktgs_member_role_pk PRIMARY KEY (member_id, seq),
    CONSTRAINT ktgs_member_role_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id) ON DELETE CASCADE,
    CONSTRAINT ktgs_member_role_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_member_role_kind_ck CHECK (kind IN ('SECRETARY', 'DEPUTY_SECRETARY', 'CELL_COMMITTEE_MEMBER',
        'EXECUTIVE_COMMITTEE_MEMBER', 'STANDING_COMMITTEE_MEMBER')),
    CONSTRAINT ktgs_member_role_period_ck CHECK (period_to IS NULL OR period_to >= period_from)
);
CREATE INDEX ktgs_member_role_org_ix ON ktgs_member_role (organisation_id);

-- ---- documents and dissemination --------------------------------------------------------------------------

CREATE TABLE ktgs_document (
    id             UUID        NOT NULL,
    doc_number     INTEGER     NOT NULL,
    doc_type       VARCHAR(10) NOT NULL,
    issuer_abbrev  VARCHAR(20) NOT NULL,
    issuer_id      UUID        NOT NULL,
    issued_on      DATE        NOT NULL,
    term_name      VARCHAR(200) NOT NULL,
    term_from      DATE        NOT NULL,
    term_to        DATE        NOT NULL,
    title          VARCHAR     NOT NULL,
    implements_id  UUID,
    version        BIGINT      NOT NULL,
    CONSTRAINT ktgs_document_pk PRIMARY KEY (id),
    -- one number per issuer, type and term (each type is numbered from 01 within one committee term)
    CONSTRAINT ktgs_document_number_uq UNIQUE (issuer_id, doc_type, doc_number, issuer_abbrev, term_name, term_from,
        term_to),
    CONSTRAINT ktgs_document_issuer_fk FOREIGN KEY (issuer_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_document_implements_fk FOREIGN KEY (implements_id) REFERENCES ktgs_document (id),
    CONSTRAINT ktgs_document_number_ck CHECK (doc_number BETWEEN 1 AND 99999),
    CONSTRAINT ktgs_document_term_ck CHECK (term_to >= term_from),
    CONSTRAINT ktgs_document_not_self_ck CHECK (implements_id IS NULL OR implements_id <> id),
    CONSTRAINT ktgs_document_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_document_implements_ix ON ktgs_document (implements_id);

CREATE TABLE ktgs_dissemination (
    id          UUID    NOT NULL,
    document_id UUID    NOT NULL,
    cell_id     UUID    NOT NULL,
    held_on     DATE    NOT NULL,
    note        VARCHAR NOT NULL,
    version     BIGINT  NOT NULL,
    CONSTRAINT ktgs_dissemination_pk PRIMARY KEY (id),
    CONSTRAINT ktgs_dissemination_document_fk FOREIGN KEY (document_id) REFERENCES ktgs_document (id),
    CONSTRAINT ktgs_dissemination_cell_fk FOREIGN KEY (cell_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_dissemination_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_dissemination_document_ix ON ktgs_dissemination (document_id);
CREATE INDEX ktgs_dissemination_cell_ix ON ktgs_dissemination (cell_id);

CREATE TABLE ktgs_dissemination_attendee (
    dissemination_id UUID NOT NULL,
    member_id        UUID NOT NULL,
    CONSTRAINT ktgs_dissemination_attendee_pk PRIMARY KEY (dissemination_id, member_id),
    CONSTRAINT ktgs_dissemination_attendee_session_fk FOREIGN KEY (dissemination_id)
        REFERENCES ktgs_dissemination (id) ON DELETE CASCADE,
    CONSTRAINT ktgs_dissemination_attendee_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id)
);

-- ---- plans --------------------------------------------------------------------------------------------------

CREATE TABLE ktgs_plan (
    id              UUID    NOT NULL,
    organisation_id UUID    NOT NULL,
    plan_year       INTEGER NOT NULL,
    title           VARCHAR NOT NULL,
    version         BIGINT  NOT NULL,
    CONSTRAINT ktgs_plan_pk PRIMARY KEY (id),
    -- one plan per organisation and year
    CONSTRAINT ktgs_plan_org_year_uq UNIQUE (organisation_id, plan_year),
    CONSTRAINT ktgs_plan_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_plan_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_plan_year_ix ON ktgs_plan (plan_year);

-- adopted revisions; revision 1 is the adoption, later ones are amendments with a reason
CREATE TABLE ktgs_plan_revision (
    plan_id     UUID    NOT NULL,
    revision_no INTEGER NOT NULL,
    adopted_on  DATE    NOT NULL,
    reason      VARCHAR,
    CONSTRAINT ktgs_plan_revision_pk PRIMARY KEY (plan_id, revision_no),
    CONSTRAINT ktgs_plan_revision_plan_fk FOREIGN KEY (plan_id) REFERENCES ktgs_plan (id) ON DELETE CASCADE,
    CONSTRAINT ktgs_plan_revision_no_ck CHECK (revision_no >= 1),
    CONSTRAINT ktgs_plan_revision_reason_ck CHECK (revision_no = 1 OR reason IS NOT NULL)
);

-- items of the draft (revision_no = 0) or of an adopted revision (revision_no >= 1)
CREATE TABLE ktgs_plan_item (
    plan_id        UUID        NOT NULL,
    revision_no    INTEGER     NOT NULL,
    seq            INTEGER     NOT NULL,
    item_id        UUID        NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    mode           VARCHAR(10) NOT NULL,
    political_task VARCHAR     NOT NULL,
    content        VARCHAR     NOT NULL,
    window_from    DATE        NOT NULL,
    window_to      DATE,
    responsible_id UUID        NOT NULL,
    CONSTRAINT ktgs_plan_item_pk PRIMARY KEY (plan_id, revision_no, seq),
    CONSTRAINT ktgs_plan_item_id_uq UNIQUE (plan_id, revision_no, item_id),
    CONSTRAINT ktgs_plan_item_plan_fk FOREIGN KEY (plan_id) REFERENCES ktgs_plan (id) ON DELETE CASCADE,
    CONSTRAINT ktgs_plan_item_responsible_fk FOREIGN KEY (responsible_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_plan_item_kind_ck CHECK (kind IN ('DUTY_INSPECTION', 'THEMATIC_INSPECTION',
        'REGULAR_SUPERVISION', 'THEMATIC_SUPERVISION', 'LOWER_ORGANISATION_INSPECTION',
        'DISCIPLINE_ENFORCEMENT_INSPECTION', 'SIGNS_OF_VIOLATION_INSPECTION')),
    CONSTRAINT ktgs_plan_item_mode_ck CHECK (mode IN ('DIRECT', 'INDIRECT')),
    CONSTRAINT ktgs_plan_item_revision_ck CHECK (revision_no >= 0),
    CONSTRAINT ktgs_plan_item_window_ck CHECK (window_to IS NULL OR window_to >= window_from)
);

-- a target is a member or an organisation, never both
CREATE TABLE ktgs_plan_item_target (
    plan_id         UUID    NOT NULL,
    revision_no     INTEGER NOT NULL,
    item_seq        INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    member_id       UUID,
    organisation_id UUID,
    CONSTRAINT ktgs_plan_item_target_pk PRIMARY KEY (plan_id, revision_no, item_seq, seq),
    CONSTRAINT ktgs_plan_item_target_item_fk FOREIGN KEY (plan_id, revision_no, item_seq)
        REFERENCES ktgs_plan_item (plan_id, revision_no, seq) ON DELETE CASCADE,
    CONSTRAINT ktgs_plan_item_target_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_plan_item_target_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_plan_item_target_one_ck CHECK ((member_id IS NULL) <> (organisation_id IS NULL))
);

CREATE TABLE ktgs_plan_item_focus (
    plan_id     UUID         NOT NULL,
    revision_no INTEGER      NOT NULL,
    item_seq    INTEGER      NOT NULL,
    seq         INTEGER      NOT NULL,
    code        VARCHAR(200) NOT NULL,
    CONSTRAINT ktgs_plan_item_focus_pk PRIMARY KEY (plan_id, revision_no, item_seq, seq),
    CONSTRAINT ktgs_plan_item_focus_item_fk FOREIGN KEY (plan_id, revision_no, item_seq)
        REFERENCES ktgs_plan_item (plan_id, revision_no, seq) ON DELETE CASCADE
);

CREATE TABLE ktgs_plan_item_team (
    plan_id     UUID    NOT NULL,
    revision_no INTEGER NOT NULL,
    item_seq    INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    member_id   UUID    NOT NULL,
    CONSTRAINT ktgs_plan_item_team_pk PRIMARY KEY (plan_id, revision_no, item_seq, seq),
    CONSTRAINT ktgs_plan_item_team_item_fk FOREIGN KEY (plan_id, revision_no, item_seq)
        REFERENCES ktgs_plan_item (plan_id, revision_no, seq) ON DELETE CASCADE,
    CONSTRAINT ktgs_plan_item_team_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id)
);

-- ---- activities (execution records) -----------------------------------------------------------------------

CREATE TABLE ktgs_activity (
    id                UUID         NOT NULL,
    organisation_id   UUID         NOT NULL,
    plan_id           UUID,
    item_id           UUID,
    kind              VARCHAR(40)  NOT NULL,
    mode              VARCHAR(10)  NOT NULL,
    subject           VARCHAR      NOT NULL,
    responsible_id    UUID         NOT NULL,
    opened_on         DATE         NOT NULL,
    concluded_on      DATE,
    minutes_reference VARCHAR,
    corrects_id       UUID,
    version           BIGINT       NOT NULL,
    CONSTRAINT ktgs_activity_pk PRIMARY KEY (id),
    CONSTRAINT ktgs_activity_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_activity_plan_fk FOREIGN KEY (plan_id) REFERENCES ktgs_plan (id),
    CONSTRAINT ktgs_activity_responsible_fk FOREIGN KEY (responsible_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_activity_corrects_fk FOREIGN KEY (corrects_id) REFERENCES ktgs_activity (id),
    CONSTRAINT ktgs_activity_kind_ck CHECK (kind IN ('DUTY_INSPECTION', 'THEMATIC_INSPECTION',
        'REGULAR_SUPERVISION', 'THEMATIC_SUPERVISION', 'LOWER_ORGANISATION_INSPECTION',
        'DISCIPLINE_ENFORCEMENT_INSPECTION', 'SIGNS_OF_VIOLATION_INSPECTION')),
    CONSTRAINT ktgs_activity_mode_ck CHECK (mode IN ('DIRECT', 'INDIRECT')),
    CONSTRAINT ktgs_activity_planned_ck CHECK ((plan_id IS NULL) = (item_id IS NULL)),
    CONSTRAINT ktgs_activity_conclusion_ck CHECK ((concluded_on IS NULL) = (minutes_reference IS NULL)),
    CONSTRAINT ktgs_activity_concluded_after_opening_ck CHECK (concluded_on IS NULL OR concluded_on >= opened_on),
    CONSTRAINT ktgs_activity_not_self_ck CHECK (corrects_id IS NULL OR corrects_id <> id),
    CONSTRAINT ktgs_activity_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_activity_org_ix ON ktgs_activity (organisation_id, opened_on);
CREATE INDEX ktgs_activity_plan_ix ON ktgs_activity (plan_id, opened_on);
CREATE INDEX ktgs_activity_corrects_ix ON ktgs_activity (corrects_id);

CREATE TABLE ktgs_activity_target (
    activity_id     UUID    NOT NULL,
    seq             INTEGER NOT NULL,
    member_id       UUID,
    organisation_id UUID,
    CONSTRAINT ktgs_activity_target_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_activity_target_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_activity_target_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_activity_target_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_activity_target_one_ck CHECK ((member_id IS NULL) <> (organisation_id IS NULL))
);

CREATE TABLE ktgs_activity_stage (
    activity_id UUID        NOT NULL,
    seq         INTEGER     NOT NULL,
    stage       VARCHAR(30) NOT NULL,
    reached_on  DATE        NOT NULL,
    note        VARCHAR     NOT NULL,
    CONSTRAINT ktgs_activity_stage_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_activity_stage_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_activity_stage_ck CHECK (stage IN ('NOTIFIED', 'SELF_REPORT_RECEIVED', 'VERIFIED', 'CONCLUDED',
        'FOLLOW_UP', 'CLOSED'))
);

-- strengths (STRENGTH) and shortcomings (SHORTCOMING) of a conclusion
CREATE TABLE ktgs_conclusion_note (
    activity_id UUID        NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    seq         INTEGER     NOT NULL,
    note_text   VARCHAR     NOT NULL,
    CONSTRAINT ktgs_conclusion_note_pk PRIMARY KEY (activity_id, kind, seq),
    CONSTRAINT ktgs_conclusion_note_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_conclusion_note_kind_ck CHECK (kind IN ('STRENGTH', 'SHORTCOMING'))
);

CREATE TABLE ktgs_violation (
    activity_id           UUID        NOT NULL,
    seq                   INTEGER     NOT NULL,
    member_id             UUID,
    organisation_id       UUID,
    description           VARCHAR     NOT NULL,
    severity              VARCHAR(30) NOT NULL,
    discipline_considered BOOLEAN     NOT NULL,
    CONSTRAINT ktgs_violation_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_violation_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_violation_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_violation_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_violation_target_ck CHECK (member_id IS NULL OR organisation_id IS NULL),
    CONSTRAINT ktgs_violation_severity_ck CHECK (severity IN ('LESS_SERIOUS', 'SERIOUS', 'VERY_SERIOUS',
        'EXTREMELY_SERIOUS'))
);

CREATE TABLE ktgs_recommendation (
    activity_id     UUID        NOT NULL,
    seq             INTEGER     NOT NULL,
    id              UUID        NOT NULL,
    rec_text        VARCHAR     NOT NULL,
    member_id       UUID,
    organisation_id UUID,
    due             DATE        NOT NULL,
    status          VARCHAR(10) NOT NULL,
    closed_on       DATE,
    follow_up_note  VARCHAR     NOT NULL,
    CONSTRAINT ktgs_recommendation_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_recommendation_id_uq UNIQUE (activity_id, id),
    CONSTRAINT ktgs_recommendation_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_recommendation_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_recommendation_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_recommendation_addressee_ck CHECK (member_id IS NULL OR organisation_id IS NULL),
    CONSTRAINT ktgs_recommendation_status_ck CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ktgs_recommendation_closed_ck CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);

CREATE TABLE ktgs_coordination (
    activity_id  UUID        NOT NULL,
    seq          INTEGER     NOT NULL,
    partner      VARCHAR(30) NOT NULL,
    partner_name VARCHAR     NOT NULL,
    held_on      DATE        NOT NULL,
    note         VARCHAR     NOT NULL,
    CONSTRAINT ktgs_coordination_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_coordination_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_coordination_partner_ck CHECK (partner IN ('AGENCY_INSPECTION', 'TRADE_UNION', 'YOUTH_UNION',
        'WOMEN_UNION', 'VETERANS_ASSOCIATION', 'OTHER_MASS_ORGANISATION'))
);

CREATE TABLE ktgs_discipline (
    activity_id        UUID        NOT NULL,
    seq                INTEGER     NOT NULL,
    member_id          UUID,
    organisation_id    UUID,
    form               VARCHAR(30) NOT NULL,
    decided_on         DATE        NOT NULL,
    reason             VARCHAR     NOT NULL,
    decision_reference VARCHAR     NOT NULL,
    CONSTRAINT ktgs_discipline_pk PRIMARY KEY (activity_id, seq),
    CONSTRAINT ktgs_discipline_activity_fk FOREIGN KEY (activity_id) REFERENCES ktgs_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT ktgs_discipline_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id),
    CONSTRAINT ktgs_discipline_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_discipline_target_ck CHECK ((member_id IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT ktgs_discipline_form_ck CHECK (form IN ('REPRIMAND', 'WARNING', 'REMOVAL_FROM_POST', 'EXPULSION',
        'DISSOLUTION')),
    -- dissolution is for organisations only; removal from post and expulsion for members only
    CONSTRAINT ktgs_discipline_fits_ck CHECK ((form <> 'DISSOLUTION' OR organisation_id IS NOT NULL)
        AND (form NOT IN ('REMOVAL_FROM_POST', 'EXPULSION') OR member_id IS NOT NULL))
);

-- ---- periodic reports ---------------------------------------------------------------------------------------

CREATE TABLE ktgs_report (
    id                     UUID        NOT NULL,
    organisation_id        UUID        NOT NULL,
    period_kind            VARCHAR(20) NOT NULL,
    period_year            INTEGER     NOT NULL,
    period_index           INTEGER     NOT NULL,
    plans_adopted          INTEGER     NOT NULL,
    items_planned          INTEGER     NOT NULL,
    items_concluded        INTEGER     NOT NULL,
    activities_opened      INTEGER     NOT NULL,
    unplanned_inspections  INTEGER     NOT NULL,
    members_reached        INTEGER     NOT NULL,
    violations_found       INTEGER     NOT NULL,
    discipline_decisions   INTEGER     NOT NULL,
    recommendations_made   INTEGER     NOT NULL,
    recommendations_closed INTEGER     NOT NULL,
    coordinations          INTEGER     NOT NULL,
    computed_on            DATE        NOT NULL,
    narrative              VARCHAR     NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    version                BIGINT      NOT NULL,
    CONSTRAINT ktgs_report_pk PRIMARY KEY (id),
    -- one report per organisation and period
    CONSTRAINT ktgs_report_org_period_uq UNIQUE (organisation_id, period_kind, period_year, period_index),
    CONSTRAINT ktgs_report_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_report_period_ck CHECK (period_year BETWEEN 1000 AND 9999 AND period_index >= 1 AND (
        (period_kind = 'MONTH' AND period_index <= 12) OR (period_kind = 'QUARTER' AND period_index <= 4)
        OR (period_kind = 'HALF_YEAR' AND period_index <= 2)
        OR (period_kind IN ('NINE_MONTHS', 'YEAR') AND period_index = 1))),
    CONSTRAINT ktgs_report_figures_ck CHECK (plans_adopted >= 0 AND items_planned >= 0 AND items_concluded >= 0
        AND activities_opened >= 0 AND unplanned_inspections >= 0 AND members_reached >= 0
        AND violations_found >= 0 AND discipline_decisions >= 0 AND recommendations_made >= 0
        AND recommendations_closed >= 0 AND coordinations >= 0),
    CONSTRAINT ktgs_report_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
    CONSTRAINT ktgs_report_version_ck CHECK (version >= 1)
);
CREATE INDEX ktgs_report_period_ix ON ktgs_report (period_kind, period_year, period_index);

CREATE TABLE ktgs_report_submission (
    report_id     UUID    NOT NULL,
    seq           INTEGER NOT NULL,
    submitted_on  DATE    NOT NULL,
    returned_on   DATE,
    return_reason VARCHAR,
    CONSTRAINT ktgs_report_submission_pk PRIMARY KEY (report_id, seq),
    CONSTRAINT ktgs_report_submission_report_fk FOREIGN KEY (report_id) REFERENCES ktgs_report (id),
    CONSTRAINT ktgs_report_submission_returned_ck CHECK ((returned_on IS NULL) = (return_reason IS NULL)),
    CONSTRAINT ktgs_report_submission_order_ck CHECK (returned_on IS NULL OR returned_on >= submitted_on)
);

-- ---- audit trail ------------------------------------------------------------------------------------------

CREATE TABLE ktgs_audit (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    entity       VARCHAR(30)  NOT NULL,
    entity_id    UUID         NOT NULL,
    version      BIGINT       NOT NULL,
    before_state VARCHAR,
    after_state  VARCHAR      NOT NULL,
    CONSTRAINT ktgs_audit_pk PRIMARY KEY (id),
    CONSTRAINT ktgs_audit_version_uq UNIQUE (entity, entity_id, version),
    CONSTRAINT ktgs_audit_first_ck CHECK ((version = 1) = (before_state IS NULL))
);
