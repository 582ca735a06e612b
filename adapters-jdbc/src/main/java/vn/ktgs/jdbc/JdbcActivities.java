package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Coordination;
import vn.ktgs.activity.CoordinationPartner;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.DisciplineForm;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.RecommendationId;
import vn.ktgs.activity.RecommendationStatus;
import vn.ktgs.activity.Severity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Immutability;
import vn.ktgs.jdbc.internal.Rows;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * {@link Activities} in table {@code ktgs_activity} (the conclusion's day and minutes are columns of it) with the
 * child tables of targets, steps, strengths and shortcomings, violations, recommendations, coordinations and
 * disciplinary decisions.
 *
 * <p>A concluded record is sealed: its columns, targets, conclusion and steps up to then can no longer change
 * (the database triggers refuse it too); later steps are appended, and recommendations, coordinations and
 * decisions stay editable for the follow-up.
 */
final class JdbcActivities extends AggregateRepository<Activity> implements Activities {

    private static final Comparator<Activity> ORDER =
            Comparator.comparing(Activity::openedOn).thenComparing(a -> a.id().value());

    private final String activity;
    private final String target;
    private final String stage;
    private final String note;
    private final String violation;
    private final String recommendation;
    private final String coordination;
    private final String discipline;
    private final String insertActivity;
    private final String insertTarget;
    private final String insertStage;
    private final String insertNote;
    private final String insertViolation;
    private final String seal;
    private final String insertRecommendation;
    private final String insertCoordination;
    private final String insertDiscipline;
    private final String order;

    JdbcActivities(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Activity", "activity");
        this.order = "p.opened_on, " + dialect.uuidOrder("p.id");
        this.activity = sql.table("activity");
        this.target = sql.table("activity_target");
        this.stage = sql.table("activity_stage");
        this.note = sql.table("conclusion_note");
        this.violation = sql.table("violation");
        this.recommendation = sql.table("recommendation");
        this.coordination = sql.table("coordination");
        this.discipline = sql.table("discipline");
        this.insertActivity = "INSERT INTO " + activity + " (id, organisation_id, plan_id, item_id, kind, mode, "
                + "subject, responsible_id, opened_on, corrects_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertTarget = "INSERT INTO " + target + " (activity_id, seq, member_id, organisation_id) "
                + "VALUES (?, ?, ?, ?)";
        this.insertStage = "INSERT INTO " + stage + " (activity_id, seq, stage, reached_on, note) "
                + "VALUES (?, ?, ?, ?, ?)";
        this.insertNote = "INSERT INTO " + note + " (activity_id, kind, seq, note_text) VALUES (?, ?, ?, ?)";
        this.insertViolation = "INSERT INTO " + violation + " (activity_id, seq, member_id, organisation_id, "
                + "description, severity, discipline_considered) VALUES (?, ?, ?, ?, ?, ?, ?)";
        this.seal = "UPDATE " + activity + " SET concluded_on = ?, minutes_reference = ? WHERE id = ?";
        this.insertRecommendation = "INSERT INTO " + recommendation + " (activity_id, seq, id, rec_text, member_id, "
                + "organisation_id, due, status, closed_on, follow_up_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertCoordination = "INSERT INTO " + coordination + " (activity_id, seq, partner, partner_name, "
                + "held_on, note) VALUES (?, ?, ?, ?, ?, ?)";
        this.insertDiscipline = "INSERT INTO " + discipline + " (activity_id, seq, member_id, organisation_id, form, "
                + "decided_on, reason, decision_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public List<Activity> ofOrganisation(OrganisationId organisation) {
        return listWhere(ORDER, "p.organisation_id = ?", organisation.value());
    }

    @Override
    public Page<Activity> ofOrganisation(OrganisationId organisation, PageRequest request) {
        return pageWhere(request, order, "p.organisation_id = ?", organisation.value());
    }

    /** The filter is the query's: {@code item_id IS NOT NULL}, so only that page is read. */
    @Override
    public Page<Activity> plannedOf(OrganisationId organisation, PageRequest request) {
        return pageWhere(request, order, "p.organisation_id = ? AND p.item_id IS NOT NULL", organisation.value());
    }

    @Override
    public List<Activity> ofPlan(PlanId plan) {
        return listWhere(ORDER, "p.plan_id = ?", plan.value());
    }

    @Override
    public Page<Activity> ofPlan(PlanId plan, PageRequest request) {
        return pageWhere(request, order, "p.plan_id = ?", plan.value());
    }

    @Override
    protected UUID idOf(Activity value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Activity value) {
        return value.version();
    }

    private record Row(UUID id, UUID organisation, @Nullable UUID plan, @Nullable UUID item, ActivityKind kind,
                       SupervisionMode mode, String subject, UUID responsible, LocalDate openedOn,
                       @Nullable LocalDate concludedOn, @Nullable String minutes, @Nullable UUID corrects,
                       long version) {
    }

    /** {@link #ORDER} on the rows (opening day, id), so the records come out in the port's order. */
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::openedOn).thenComparing(Row::id);

    private record Note(String kind, String text) {
    }

    @Override
    protected List<Activity> loadWhere(Connection c, String filter, @Nullable Object... params) throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.organisation_id, p.plan_id, p.item_id, p.kind, p.mode, p.subject, "
                + "p.responsible_id, p.opened_on, p.concluded_on, p.minutes_reference, p.corrects_id, p.version FROM "
                + activity
                + " p WHERE " + filter, rs -> new Row(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"),
                Sql.uuidOrNull(rs, "plan_id"), Sql.uuidOrNull(rs, "item_id"),
                Sql.enumValue(rs, "kind", ActivityKind.class), Sql.enumValue(rs, "mode", SupervisionMode.class),
                Sql.text(rs, "subject"), Sql.uuid(rs, "responsible_id"), Sql.date(rs, "opened_on"),
                Sql.dateOrNull(rs, "concluded_on"),
                rs.getString("minutes_reference"), Sql.uuidOrNull(rs, "corrects_id"), rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Target>> targets = Rows.group(Sql.list(c, "SELECT activity_id, seq, member_id, organisation_id"
                + in(target, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), Rows.target(rs)), params));
        Map<UUID, List<StageRecord>> stages = Rows.group(Sql.list(c, "SELECT activity_id, seq, stage, reached_on, note"
                + in(stage, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new StageRecord(
                        Sql.enumValue(rs, "stage", Stage.class), Sql.date(rs, "reached_on"), Sql.text(rs, "note"))),
                params));
        Map<UUID, List<Note>> notes = Rows.group(Sql.list(c, "SELECT activity_id, seq, kind, note_text"
                + in(note, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new Note(Sql.text(rs, "kind"),
                        Sql.text(rs, "note_text"))), params));
        Map<UUID, List<ViolationFinding>> violations = Rows.group(Sql.list(c, "SELECT activity_id, seq, member_id, "
                + "organisation_id, description, severity, discipline_considered"
                + in(violation, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new ViolationFinding(Rows.targetOrNull(rs),
                        Sql.text(rs, "description"), Sql.enumValue(rs, "severity", Severity.class),
                        rs.getBoolean("discipline_considered"))), params));
        Map<UUID, List<Recommendation>> recommendations = Rows.group(Sql.list(c, "SELECT activity_id, seq, id, rec_text, "
                + "member_id, organisation_id, due, status, closed_on, follow_up_note"
                + in(recommendation, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new Recommendation(
                        new RecommendationId(Sql.uuid(rs, "id")), Sql.text(rs, "rec_text"), Rows.targetOrNull(rs),
                        Sql.date(rs, "due"), Sql.enumValue(rs, "status", RecommendationStatus.class),
                        Sql.dateOrNull(rs, "closed_on"), Sql.text(rs, "follow_up_note"))), params));
        Map<UUID, List<Coordination>> coordinations = Rows.group(Sql.list(c, "SELECT activity_id, seq, partner, "
                + "partner_name, held_on, note" + in(coordination, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new Coordination(
                Sql.enumValue(rs, "partner", CoordinationPartner.class), Sql.text(rs, "partner_name"),
                Sql.date(rs, "held_on"), Sql.text(rs, "note"))), params));
        Map<UUID, List<Discipline>> disciplines = Rows.group(Sql.list(c, "SELECT activity_id, seq, member_id, "
                + "organisation_id, form, decided_on, reason, decision_reference"
                + in(discipline, activity, "activity_id", filter),
                rs -> new Rows.Child<>(Sql.uuid(rs, "activity_id"), rs.getInt("seq"), new Discipline(Rows.target(rs),
                        Sql.enumValue(rs, "form", DisciplineForm.class), Sql.date(rs, "decided_on"),
                        Sql.text(rs, "reason"), Sql.text(rs, "decision_reference"))), params));

        // sorted here on the rows' own fields, a list's sort by the port's order then only checks it
        rows.sort(ROW_ORDER);
        List<Activity> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Conclusion conclusion = null;
            if (r.concludedOn() != null) {
                List<Note> ns = Rows.of(notes, r.id());
                conclusion = new Conclusion(r.concludedOn(),
                        ns.stream().filter(n -> n.kind().equals("STRENGTH")).map(Note::text).toList(),
                        ns.stream().filter(n -> n.kind().equals("SHORTCOMING")).map(Note::text).toList(),
                        Rows.of(violations, r.id()), Objects.requireNonNull(r.minutes()));
            }
            out.add(new Activity(new ActivityId(r.id()), new OrganisationId(r.organisation()),
                    r.plan() == null ? null : new PlanId(r.plan()), r.item() == null ? null : new PlanItemId(r.item()),
                    r.kind(), r.mode(), Rows.of(targets, r.id()), r.subject(), new MemberId(r.responsible()),
                    Rows.of(stages, r.id()), conclusion, Rows.of(recommendations, r.id()),
                    Rows.of(coordinations, r.id()), Rows.of(disciplines, r.id()),
                    r.corrects() == null ? null : new ActivityId(r.corrects()), r.version()));
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertActivity, insertTarget, insertStage, insertNote, insertViolation, seal,
                insertRecommendation, insertCoordination, insertDiscipline);
    }

    /**
     * The record is inserted unsealed, then its conclusion parts, then the conclusion columns: the database refuses
     * conclusion parts added to a record already concluded.
     */
    @Override
    protected void insert(Batch b, Activity a) {
        b.add(insertActivity, a.id().value(), a.organisation().value(), a.planId().map(PlanId::value).orElse(null),
                a.itemId().map(PlanItemId::value).orElse(null), a.kind(), a.mode(), a.subject(),
                a.responsible().value(), a.openedOn(), a.correctionOf().map(ActivityId::value).orElse(null),
                a.version());
        insertTargets(b, a);
        insertStages(b, a, 0);
        Conclusion k = a.conclusion();
        if (k != null) {
            insertConclusion(b, a);
            b.add(seal, k.concludedOn(), k.minutesReference(), a.id().value());
        }
        insertFollowUp(b, a);
    }

    @Override
    protected int update(Connection c, Activity old, Activity a) throws SQLException {
        UUID id = a.id().value();
        Batch b = newBatch();
        if (old.conclusion() != null) {
            checkSealed(old, a);
            insertStages(b, a, old.stages().size());
        } else {
            Sql.update(c, "DELETE FROM " + target + " WHERE activity_id = ?", id);
            Sql.update(c, "DELETE FROM " + stage + " WHERE activity_id = ?", id);
            insertTargets(b, a);
            insertStages(b, a, 0);
            if (a.conclusion() != null) {
                insertConclusion(b, a);
            }
        }
        Sql.update(c, "DELETE FROM " + recommendation + " WHERE activity_id = ?", id);
        Sql.update(c, "DELETE FROM " + coordination + " WHERE activity_id = ?", id);
        Sql.update(c, "DELETE FROM " + discipline + " WHERE activity_id = ?", id);
        insertFollowUp(b, a);
        b.flush(c);
        return Sql.update(c, "UPDATE " + activity + " SET organisation_id = ?, plan_id = ?, item_id = ?, kind = ?, "
                + "mode = ?, subject = ?, responsible_id = ?, opened_on = ?, concluded_on = ?, minutes_reference = ?, "
                + "corrects_id = ?, version = ? WHERE id = ? AND version = ?", a.organisation().value(),
                a.planId().map(PlanId::value).orElse(null), a.itemId().map(PlanItemId::value).orElse(null), a.kind(),
                a.mode(), a.subject(), a.responsible().value(), a.openedOn(),
                a.concluded().map(Conclusion::concludedOn).orElse(null),
                a.concluded().map(Conclusion::minutesReference).orElse(null),
                a.correctionOf().map(ActivityId::value).orElse(null), a.version(), id, a.version() - 1);
    }

    /**
     * What a concluded record keeps, by the column or part table of {@link Immutability} it is stored in: the
     * frozen columns of {@link Immutability#CONCLUDED_ACTIVITY} and the {@link Immutability#SEALED_PARTS}.
     */
    private static final Map<String, Function<Activity, @Nullable Object>> SEALED = Map.ofEntries(
            Map.entry("id", Activity::id),
            Map.entry("organisation_id", Activity::organisation),
            Map.entry("plan_id", a -> a.plan()),
            Map.entry("item_id", a -> a.item()),
            Map.entry("kind", Activity::kind),
            Map.entry("mode", Activity::mode),
            Map.entry("subject", Activity::subject),
            Map.entry("responsible_id", Activity::responsible),
            Map.entry("opened_on", Activity::openedOn),
            Map.entry("concluded_on", a -> a.concluded().map(Conclusion::concludedOn).orElse(null)),
            Map.entry("minutes_reference", a -> a.concluded().map(Conclusion::minutesReference).orElse(null)),
            Map.entry("corrects_id", a -> a.corrects()),
            Map.entry("ktgs_activity_target", Activity::targets),
            Map.entry("ktgs_conclusion_note", a -> a.concluded().map(c -> List.of(c.strengths(), c.shortcomings()))
                    .orElse(null)),
            Map.entry("ktgs_violation", a -> a.concluded().map(Conclusion::violations).orElse(null)));

    static {
        java.util.Set<String> rule = new java.util.HashSet<>(Immutability.CONCLUDED_ACTIVITY.frozen());
        rule.addAll(Immutability.SEALED_PARTS);
        if (!rule.equals(SEALED.keySet())) {
            throw new IllegalStateException("the sealed parts of a record differ from Immutability's: " + rule);
        }
    }

    /**
     * A concluded record keeps everything {@link Immutability} freezes; only later steps ({@link Immutability#STEPS}:
     * the stored ones stay as they are) and the follow-up may change.
     */
    private static void checkSealed(Activity old, Activity a) {
        boolean same = SEALED.values().stream().allMatch(f -> Objects.equals(f.apply(old), f.apply(a)))
                && a.stages().size() >= old.stages().size()
                && a.stages().subList(0, old.stages().size()).equals(old.stages());
        if (!same) {
            throw new ImmutableRecordException("activity " + a.id() + " is concluded; a correction is a new, linked "
                    + "record", null);
        }
    }

    private void insertTargets(Batch b, Activity a) {
        for (int i = 0; i < a.targets().size(); i++) {
            Target t = a.targets().get(i);
            b.add(insertTarget, a.id().value(), i, Rows.memberOf(t), Rows.organisationOf(t));
        }
    }

    private void insertStages(Batch b, Activity a, int from) {
        for (int i = from; i < a.stages().size(); i++) {
            StageRecord s = a.stages().get(i);
            b.add(insertStage, a.id().value(), i, s.stage(), s.on(), s.note());
        }
    }

    private void insertConclusion(Batch b, Activity a) {
        Conclusion k = Objects.requireNonNull(a.conclusion());
        for (int i = 0; i < k.strengths().size(); i++) {
            b.add(insertNote, a.id().value(), "STRENGTH", i, k.strengths().get(i));
        }
        for (int i = 0; i < k.shortcomings().size(); i++) {
            b.add(insertNote, a.id().value(), "SHORTCOMING", i, k.shortcomings().get(i));
        }
        for (int i = 0; i < k.violations().size(); i++) {
            ViolationFinding v = k.violations().get(i);
            b.add(insertViolation, a.id().value(), i, Rows.memberOf(v.target()), Rows.organisationOf(v.target()),
                    v.description(), v.severity(), v.disciplineToBeConsidered());
        }
    }

    private void insertFollowUp(Batch b, Activity a) {
        UUID id = a.id().value();
        for (int i = 0; i < a.recommendations().size(); i++) {
            Recommendation r = a.recommendations().get(i);
            b.add(insertRecommendation, id, i, r.id().value(), r.text(), Rows.memberOf(r.addressee()),
                    Rows.organisationOf(r.addressee()), r.due(), r.status(), r.closedOn(), r.followUpNote());
        }
        for (int i = 0; i < a.coordinations().size(); i++) {
            Coordination x = a.coordinations().get(i);
            b.add(insertCoordination, id, i, x.partner(), x.partnerName(), x.on(), x.note());
        }
        for (int i = 0; i < a.disciplines().size(); i++) {
            Discipline d = a.disciplines().get(i);
            b.add(insertDiscipline, id, i, Rows.memberOf(d.target()), Rows.organisationOf(d.target()), d.form(),
                    d.decidedOn(), d.reason(), d.decisionReference());
        }
    }
}
