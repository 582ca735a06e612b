package vn.ktgs;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;
import vn.ktgs.access.AccessRules;
import vn.ktgs.access.Caller;
import vn.ktgs.activity.ActivityService;
import vn.ktgs.document.DocumentService;
import vn.ktgs.document.DocumentTypes;
import vn.ktgs.followup.FollowUpRules;
import vn.ktgs.followup.FollowUpService;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.ContentFocusCatalogue;
import vn.ktgs.plan.PlanService;
import vn.ktgs.report.ReportService;
import vn.ktgs.report.ReportingSchedule;
import vn.ktgs.scoring.IndicatorCalculator;
import vn.ktgs.scoring.ScoringService;
import vn.ktgs.scoring.WhatItTakes;
import vn.ktgs.scoring.YearRecords;
import org.jspecify.annotations.Nullable;

/**
 * KTGS (kiểm tra, giám sát): the library's services wired over one set of {@link Ports}, the entry point of an
 * embedding host.
 *
 * <pre>{@code
 * Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
 * Ktgs ktgs = Ktgs.builder(Ports.inMemory(), validator, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))).build();
 * ktgs.organisations().register(...);
 * }</pre>
 *
 * <p>Everything a host must supply is explicit: the ports, a Bean Validation {@link Validator} (for example
 * Hibernate Validator) and the {@link Clock}. The rules data (document types, content focus list, reporting
 * schedule, follow-up rules) default to the shipped files and can be replaced.
 */
public final class Ktgs {

    private final OrganisationService organisations;
    private final DocumentService documents;
    private final PlanService plans;
    private final ActivityService activities;
    private final ReportService reports;
    private final ScoringService scoring;
    private final WhatItTakes whatItTakes;
    private final FollowUpService followUp;
    private final Ports ports;
    private final Clock clock;
    private final AccessRules access;

    private Ktgs(Builder b) {
        this.ports = b.ports;
        this.clock = b.clock;
        this.organisations = new OrganisationService(b.ports.organisations(), b.ports.members(), b.validator);
        this.documents = new DocumentService(b.ports.documents(), b.ports.disseminations(), organisations,
                b.documentTypes, b.validator, b.clock);
        this.plans = new PlanService(b.ports.plans(), organisations, b.contentFocus, b.validator, b.clock);
        this.activities = new ActivityService(b.ports.activities(), b.ports.plans(), organisations, b.validator,
                b.clock);
        this.reports = new ReportService(b.ports.reports(), b.ports.plans(), b.ports.activities(), organisations,
                b.schedule, b.validator, b.clock);
        YearRecords records = b.yearRecords != null ? b.yearRecords : YearRecords.overPorts(organisations,
                b.ports.plans(), b.ports.activities(), b.ports.reports());
        IndicatorCalculator calculator = new IndicatorCalculator(b.schedule);
        this.scoring = new ScoringService(organisations, records, b.ports.disseminations(), calculator, b.clock);
        this.whatItTakes = new WhatItTakes(organisations, records, b.ports.disseminations(), calculator);
        this.followUp = new FollowUpService(organisations, b.ports.plans(), b.ports.activities(), b.ports.reports(),
                b.ports.documents(), b.ports.disseminations(), b.ports.sentNotices(), b.schedule, b.followUpRules);
        this.access = new AccessRules(organisations, b.clock);
    }

    /** A builder over the given ports, validator and clock (every "today" of the library is read from it). */
    public static Builder builder(Ports ports, Validator validator, Clock clock) {
        return new Builder(ports, validator, clock);
    }

    /** Tổ chức và đảng viên: the organisation tree, members, roles and BCH assignments. */
    public OrganisationService organisations() {
        return organisations;
    }

    /** Văn bản và quán triệt: governing documents, their chain, and dissemination. */
    public DocumentService documents() {
        return documents;
    }

    /** Kế hoạch: annual inspection and supervision plans. */
    public PlanService plans() {
        return plans;
    }

    /** Thực hiện: execution records from notification to closing. */
    public ActivityService activities() {
        return activities;
    }

    /** Báo cáo định kỳ: periodic reports and their timeliness. */
    public ReportService reports() {
        return reports;
    }

    /** Chấm điểm (S7): scorecards of a committee's cells under a criteria set, and the committee's targets. */
    public ScoringService scoring() {
        return scoring;
    }

    /**
     * Còn cần gì (what it takes): for a cell on a day of the year, the least further work that raises it to each
     * higher level under a criteria set, or why a level is out of reach.
     */
    public WhatItTakes whatItTakes() {
        return whatItTakes;
    }

    /**
     * Theo dõi, đôn đốc: what is overdue on a day, with who is responsible and the step of escalation reached; and
     * sending each item once per step through a host's {@link vn.ktgs.followup.Notifier}.
     */
    public FollowUpService followUp() {
        return followUp;
    }

    /**
     * The library as {@code caller} may use it: every command and query under the action the core maps it to,
     * refused with {@link vn.ktgs.access.AccessDeniedException} (see {@link Guarded}). The services above are the
     * host's own, unguarded access.
     */
    public Guarded as(Caller caller) {
        return new Guarded(this, caller, access);
    }

    /** The access rules over this library's organisation tree and clock (who may take which action, today). */
    public AccessRules access() {
        return access;
    }

    /** The ports the services work over. */
    public Ports ports() {
        return ports;
    }

    public Clock clock() {
        return clock;
    }

    /** Wires a {@link Ktgs}. */
    public static final class Builder {
        private final Ports ports;
        private final Validator validator;
        private final Clock clock;
        private DocumentTypes documentTypes = DocumentTypes.defaults();
        private ContentFocusCatalogue contentFocus = ContentFocusCatalogue.defaults();
        private ReportingSchedule schedule = ReportingSchedule.defaults();
        private FollowUpRules followUpRules = FollowUpRules.defaults();
        private @Nullable YearRecords yearRecords;

        private Builder(Ports ports, Validator validator, Clock clock) {
            this.ports = Objects.requireNonNull(ports, "ports");
            this.validator = Objects.requireNonNull(validator, "validator");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** Replaces the shipped list of Party document types. */
        public Builder documentTypes(DocumentTypes types) {
            this.documentTypes = Objects.requireNonNull(types, "types");
            return this;
        }

        /** Replaces the shipped list of content focus codes. */
        public Builder contentFocus(ContentFocusCatalogue catalogue) {
            this.contentFocus = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** Replaces the shipped reporting schedule. */
        public Builder reportingSchedule(ReportingSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /** Replaces the shipped rules of follow-up and escalation (deadlines and steps). */
        public Builder followUpRules(FollowUpRules rules) {
            this.followUpRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Loads a committee's records for scoring set-based (for example the JDBC adapter's); by default they are
         * read through the ports one cell at a time.
         */
        public Builder yearRecords(YearRecords records) {
            this.yearRecords = Objects.requireNonNull(records, "records");
            return this;
        }

        public Ktgs build() {
            return new Ktgs(this);
        }
    }
}
