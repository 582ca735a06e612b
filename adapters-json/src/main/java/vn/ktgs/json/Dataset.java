package vn.ktgs.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.OrganisationKind;
import vn.ktgs.organisation.RoleKind;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.SupervisionMode;

/**
 * Bộ dữ liệu: one committee's records for one year as they appear in a dataset file (schema version
 * {@value #SCHEMA_VERSION}, {@code vn/ktgs/json/dataset.schema.json}). Every reference is an organisation code, a
 * member code, a document number or a plan item key, never a UUID; every day is ISO-8601. Records of this type are
 * the file's content as read, not yet checked against the domain rules: {@link DatasetImporter} replays them
 * through the core services.
 *
 * @param committee the code of the committee the dataset is about
 * @param year the year of the plans, activities and reports
 * @param asOf the day the records stand on: nothing is dated after it, and it is "today" for scoring and timeliness
 * @param governingDocuments numbers of the documents whose dissemination counts in scoring (S8)
 */
public record Dataset(
        int schemaVersion,
        String committee,
        int year,
        LocalDate asOf,
        List<String> governingDocuments,
        List<OrganisationEntry> organisations,
        List<MemberEntry> members,
        List<MembershipEntry> memberships,
        List<RoleEntry> roles,
        List<AssignmentEntry> assignments,
        List<DocumentEntry> documents,
        List<DisseminationEntry> disseminations,
        List<PlanEntry> plans,
        List<ActivityEntry> activities,
        List<ReportEntry> reports) {

    /** The dataset schema version this library reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** The classpath resource of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/vn/ktgs/json/dataset.schema.json";

    public Dataset {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(asOf, "asOf");
        governingDocuments = List.copyOf(governingDocuments);
        organisations = List.copyOf(organisations);
        members = List.copyOf(members);
        memberships = List.copyOf(memberships);
        roles = List.copyOf(roles);
        assignments = List.copyOf(assignments);
        documents = List.copyOf(documents);
        disseminations = List.copyOf(disseminations);
        plans = List.copyOf(plans);
        activities = List.copyOf(activities);
        reports = List.copyOf(reports);
    }

    /** Tổ chức đảng: a node of the tree, its parent by code ({@code null} for a root). */
    public record OrganisationEntry(String code, String name, OrganisationKind kind, @Nullable String parent,
                                    LocalDate established) {
    }

    /** Đảng viên: a member by code. */
    public record MemberEntry(String code, String fullName) {
    }

    /** Sinh hoạt đảng: a period of a member in a cell; {@code to} is the last day, {@code null} while open. */
    public record MembershipEntry(String member, String cell, LocalDate from, @Nullable LocalDate to,
                                  MembershipStatus status) {
    }

    /** Chức vụ: a role held in an organisation over a period. */
    public record RoleEntry(String member, String organisation, RoleKind role, LocalDate from,
                            @Nullable LocalDate to) {
    }

    /** Phân công BCH theo dõi chi bộ (S6): an executive committee member assigned to a cell. */
    public record AssignmentEntry(String member, String cell, LocalDate from, @Nullable LocalDate to) {
    }

    /** Nhiệm kỳ: a committee term. */
    public record TermEntry(String name, LocalDate from, LocalDate to) {
    }

    /** Văn bản: a governing document; {@code implementsDocument} is another document's number. */
    public record DocumentEntry(String number, String issuer, LocalDate issuedOn, TermEntry term, String title,
                                @JsonProperty("implements") @Nullable String implementsDocument) {
    }

    /** Buổi quán triệt: a cell's session on a document, by number, and the member codes who attended. */
    public record DisseminationEntry(String document, String cell, LocalDate heldOn, List<String> attendees,
                                     @JsonSetter(nulls = Nulls.AS_EMPTY) String note) {
        public DisseminationEntry {
            attendees = List.copyOf(attendees);
        }
    }

    /** Đối tượng: a member code or an organisation code (exactly one is set). */
    public record TargetEntry(@Nullable String member, @Nullable String organisation) {
    }

    /**
     * Nội dung kế hoạch: one item. {@code key} is unique within the dataset and stays the same across the plan's
     * amendments (the exporter writes {@code ORGANISATION/n}); an activity names the item it carries out by it.
     */
    public record ItemEntry(String key, ActivityKind kind, SupervisionMode mode, List<TargetEntry> targets,
                            List<String> focus, String politicalTask, String content, LocalDate from, LocalDate to,
                            String responsible, List<String> team) {
        public ItemEntry {
            targets = List.copyOf(targets);
            focus = List.copyOf(focus);
            team = List.copyOf(team);
        }
    }

    /** Điều chỉnh, bổ sung kế hoạch: a later revision with all its items. */
    public record AmendmentEntry(LocalDate adoptedOn, String reason, List<ItemEntry> items) {
        public AmendmentEntry {
            items = List.copyOf(items);
        }
    }

    /**
     * Kế hoạch KT-GS năm: one organisation's plan. {@code adoptedOn} is {@code null} for a draft; {@code items}
     * are the draft's or the first adopted revision's.
     */
    public record PlanEntry(String organisation, int year, String title, @Nullable LocalDate adoptedOn,
                            List<ItemEntry> items, List<AmendmentEntry> amendments) {
        public PlanEntry {
            items = List.copyOf(items);
            amendments = List.copyOf(amendments);
        }
    }

    /** A step after the notification other than the conclusion (self-report, verified, follow-up, closed). */
    public record StageEntry(Stage stage, LocalDate on, @JsonSetter(nulls = Nulls.AS_EMPTY) String note) {
    }

    /** Vi phạm: a finding of a conclusion. */
    public record FindingEntry(@Nullable TargetEntry target, String description, Severity severity,
                               boolean disciplineToBeConsidered) {
    }

    /** Kết luận. */
    public record ConclusionEntry(LocalDate on, List<String> strengths, List<String> shortcomings,
                                  List<FindingEntry> findings, String minutes) {
        public ConclusionEntry {
            strengths = List.copyOf(strengths);
            shortcomings = List.copyOf(shortcomings);
            findings = List.copyOf(findings);
        }
    }

    /** Kiến nghị: made on the conclusion day; closed when {@code closedOn} is given. */
    public record RecommendationEntry(String text, @Nullable TargetEntry addressee, LocalDate due,
                                      @Nullable LocalDate closedOn,
                                      @JsonSetter(nulls = Nulls.AS_EMPTY) String followUpNote) {
    }

    /** Phối hợp (S5). */
    public record CoordinationEntry(CoordinationPartner partner, String partnerName, LocalDate on,
                                    @JsonSetter(nulls = Nulls.AS_EMPTY) String note) {
    }

    /** Kỷ luật. */
    public record DisciplineEntry(TargetEntry target, DisciplineForm form, LocalDate decidedOn, String reason,
                                  String decision) {
    }

    /**
     * Hồ sơ kiểm tra, giám sát: a planned record ({@code planItem} set) or an inspection on signs of violation
     * ({@code organisation}, {@code targets}, {@code subject} and {@code responsible} set; {@code note} is the
     * reason).
     */
    public record ActivityEntry(@Nullable String planItem, @Nullable String organisation,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TargetEntry> targets,
                                @Nullable String subject, @Nullable String responsible, LocalDate notifiedOn,
                                @JsonSetter(nulls = Nulls.AS_EMPTY) String note, List<StageEntry> stages,
                                @Nullable ConclusionEntry conclusion,
                                List<RecommendationEntry> recommendations, List<CoordinationEntry> coordinations,
                                List<DisciplineEntry> disciplines) {
        public ActivityEntry {
            targets = List.copyOf(targets);
            stages = List.copyOf(stages);
            recommendations = List.copyOf(recommendations);
            coordinations = List.copyOf(coordinations);
            disciplines = List.copyOf(disciplines);
        }

        @JsonIgnore
        public boolean planned() {
            return planItem != null;
        }
    }

    /** Lần gửi báo cáo. */
    public record SubmissionEntry(LocalDate submittedOn, @Nullable LocalDate returnedOn,
                                  @Nullable String returnReason) {
    }

    /** Báo cáo định kỳ: the figures are not in the file, they are computed again from the records. */
    public record ReportEntry(String organisation, String period, LocalDate computedOn,
                              @JsonSetter(nulls = Nulls.AS_EMPTY) String narrative,
                              List<SubmissionEntry> submissions) {
        public ReportEntry {
            submissions = List.copyOf(submissions);
        }
    }
}
