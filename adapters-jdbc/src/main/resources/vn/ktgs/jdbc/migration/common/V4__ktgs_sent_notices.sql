-- KTGS: the notices of overdue work sent by the escalation (Ktgs.followUp().notify), one per item and step, so that
-- a step is sent once across runs and restarts. Runs unchanged on H2 2.x and PostgreSQL 14+. Numbered 4 so that it
-- follows PostgreSQL's V3 (H2 goes from 2 to 4).

CREATE TABLE ktgs_sent_notice (
    item_key        VARCHAR(260) NOT NULL,
    step            INTEGER      NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    organisation_id UUID         NOT NULL,
    sent_on         DATE         NOT NULL,
    -- one notice per item and step: of two runs at once, the second insert fails and sends nothing
    CONSTRAINT ktgs_sent_notice_pk PRIMARY KEY (item_key, step),
    CONSTRAINT ktgs_sent_notice_org_fk FOREIGN KEY (organisation_id) REFERENCES ktgs_organisation (id),
    CONSTRAINT ktgs_sent_notice_step_ck CHECK (step >= 1),
    CONSTRAINT ktgs_sent_notice_kind_ck CHECK (kind IN ('PLAN_NOT_ADOPTED', 'ITEM_PAST_WINDOW',
        'RECOMMENDATION_PAST_DUE', 'REPORT_NOT_SUBMITTED', 'CELL_WITHOUT_ASSIGNED_MEMBER', 'MEMBER_NOT_REACHED')),
    -- the key starts with its kind
    CONSTRAINT ktgs_sent_notice_key_ck CHECK (item_key LIKE kind || ':%')
);
CREATE INDEX ktgs_sent_notice_org_ix ON ktgs_sent_notice (organisation_id, sent_on);

CREATE TABLE ktgs_sent_notice_recipient (
    item_key  VARCHAR(260) NOT NULL,
    step      INTEGER      NOT NULL,
    seq       INTEGER      NOT NULL,
    member_id UUID         NOT NULL,
    CONSTRAINT ktgs_sent_notice_recipient_pk PRIMARY KEY (item_key, step, seq),
    CONSTRAINT ktgs_sent_notice_recipient_uq UNIQUE (item_key, step, member_id),
    CONSTRAINT ktgs_sent_notice_recipient_notice_fk FOREIGN KEY (item_key, step)
        REFERENCES ktgs_sent_notice (item_key, step) ON DELETE CASCADE,
    CONSTRAINT ktgs_sent_notice_recipient_member_fk FOREIGN KEY (member_id) REFERENCES ktgs_member (id)
);
CREATE INDEX ktgs_sent_notice_recipient_member_ix ON ktgs_sent_notice_recipient (member_id);
