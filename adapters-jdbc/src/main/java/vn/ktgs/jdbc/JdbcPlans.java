package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Page;
import vn.ktgs.common.PageRequest;
import vn.ktgs.jdbc.internal.AggregateRepository;
import vn.ktgs.jdbc.internal.AuditLog;
import vn.ktgs.jdbc.internal.Batch;
import vn.ktgs.jdbc.internal.Dialect;
import vn.ktgs.jdbc.internal.Rows;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.ActivityKind;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Plans;
import vn.ktgs.plan.SupervisionMode;
import vn.ktgs.plan.Target;

/**
 * {@link Plans} in table {@code ktgs_plan} with its revisions ({@code ktgs_plan_revision}) and items
 * ({@code ktgs_plan_item}, revision 0 holding the draft's items) and the items' targets, focus codes and team.
 * Adopted revisions are append-only: a save adds the new revisions and never rewrites an adopted one.
 */
final class JdbcPlans extends AggregateRepository<Plan> implements Plans {

    private static final Comparator<Plan> BY_ORGANISATION = Comparator.comparing(p -> p.organisation().value());
    private static final int DRAFT = 0;

    private final String plan;
    private final String revision;
    private final String item;
    private final String target;
    private final String focus;
    private final String team;
    private final String insertPlan;
    private final String insertRevision;
    private final String insertItem;
    private final String insertTarget;
    private final String insertFocus;
    private final String insertTeam;
    private final String byOrganisation;

    JdbcPlans(Sql sql, Dialect dialect, Transactor tx, AuditLog audit) {
        super(sql, dialect, tx, audit, "Plan", "plan");
        this.byOrganisation = dialect.uuidOrder("p.organisation_id");
        this.plan = sql.table("plan");
        this.revision = sql.table("plan_revision");
        this.item = sql.table("plan_item");
        this.target = sql.table("plan_item_target");
        this.focus = sql.table("plan_item_focus");
        this.team = sql.table("plan_item_team");
        this.insertPlan = "INSERT INTO " + plan + " (id, organisation_id, plan_year, title, version) "
                + "VALUES (?, ?, ?, ?, ?)";
        this.insertRevision = "INSERT INTO " + revision + " (plan_id, revision_no, adopted_on, reason) "
                + "VALUES (?, ?, ?, ?)";
        this.insertItem = "INSERT INTO " + item + " (plan_id, revision_no, seq, item_id, kind, mode, political_task, "
                + "content, window_from, window_to, responsible_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertTarget = "INSERT INTO " + target + " (plan_id, revision_no, item_seq, seq, member_id, "
                + "organisation_id) VALUES (?, ?, ?, ?, ?, ?)";
        this.insertFocus = "INSERT INTO " + focus + " (plan_id, revision_no, item_seq, seq, code) "
                + "VALUES (?, ?, ?, ?, ?)";
        this.insertTeam = "INSERT INTO " + team + " (plan_id, revision_no, item_seq, seq, member_id) "
                + "VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return findWhere("p.id = ?", id.value());
    }

    @Override
    public Optional<Plan> findFor(OrganisationId organisation, int year) {
        return findWhere("p.organisation_id = ? AND p.plan_year = ?", organisation.value(), year);
    }

    @Override
    public List<Plan> ofYear(int year) {
        return listWhere(BY_ORGANISATION, "p.plan_year = ?", year);
    }

    @Override
    public Page<Plan> ofYear(int year, PageRequest request) {
        return pageWhere(request, byOrganisation, "p.plan_year = ?", year);
    }

    @Override
    protected UUID idOf(Plan value) {
        return value.id().value();
    }

    @Override
    protected long versionOf(Plan value) {
        return value.version();
    }

    @Override
    protected void checkNaturalKey(Connection c, Plan p) throws SQLException {
        Optional<Long> other = Sql.one(c, "SELECT version FROM " + plan + " WHERE organisation_id = ? AND plan_year = ? "
                + "AND id <> ?", rs -> rs.getLong(1), p.organisation().value(), p.year(), p.id().value());
        if (other.isPresent()) {
            throw new ConflictException("Plan", p.organisation() + "/" + p.year(), 0, other.get());
        }
    }

    private record Row(UUID id, UUID organisation, int year, String title, long version) {
    }

    private record RevisionRow(int number, LocalDate adoptedOn, @Nullable String reason) {
    }

    private record ItemKey(UUID plan, int revision, int seq) {
    }

    private record ItemRow(ItemKey key, PlanItemId id, ActivityKind kind, SupervisionMode mode, String politicalTask,
                           String content, DateRange window, MemberId responsible) {
    }

    @Override
    protected List<Plan> loadWhere(Connection c, String filter, @Nullable Object... params) throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT p.id, p.organisation_id, p.plan_year, p.title, p.version FROM " + plan
                + " p WHERE " + filter, rs -> new Row(Sql.uuid(rs, "id"), Sql.uuid(rs, "organisation_id"),
                rs.getInt("plan_year"), Sql.text(rs, "title"), rs.getLong("version")), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RevisionRow>> revisions = Rows.group(Sql.list(c, "SELECT plan_id, revision_no, adopted_on, reason"
                + in(revision, plan, "plan_id", filter) + " ORDER BY plan_id, revision_no",
                rs -> new Rows.Child<>(Sql.uuid(rs, "plan_id"), rs.getInt("revision_no"), new RevisionRow(rs.getInt("revision_no"),
                        Sql.date(rs, "adopted_on"), rs.getString("reason"))), params));
        List<ItemRow> items = Sql.list(c, "SELECT plan_id, revision_no, seq, item_id, kind, mode, political_task, "
                + "content, window_from, window_to, responsible_id" + in(item, plan, "plan_id", filter)
                + " ORDER BY plan_id, revision_no, seq", rs -> new ItemRow(key(rs, "seq"),
                new PlanItemId(Sql.uuid(rs, "item_id")), Sql.enumValue(rs, "kind", ActivityKind.class),
                Sql.enumValue(rs, "mode", SupervisionMode.class), Sql.text(rs, "political_task"),
                Sql.text(rs, "content"), Rows.range(rs, "window_from", "window_to"),
                new MemberId(Sql.uuid(rs, "responsible_id"))), params);
        Map<ItemKey, List<Target>> targets = groupByItem(Sql.list(c, "SELECT plan_id, revision_no, item_seq, "
                + "member_id, organisation_id" + in(target, plan, "plan_id", filter)
                + " ORDER BY plan_id, revision_no, item_seq, seq", rs -> Map.entry(key(rs, "item_seq"),
                Rows.target(rs)), params));
        Map<ItemKey, List<String>> focusCodes = groupByItem(Sql.list(c, "SELECT plan_id, revision_no, item_seq, code"
                + in(focus, plan, "plan_id", filter) + " ORDER BY plan_id, revision_no, item_seq, seq",
                rs -> Map.entry(key(rs, "item_seq"), Sql.text(rs, "code")), params));
        Map<ItemKey, List<MemberId>> teams = groupByItem(Sql.list(c, "SELECT plan_id, revision_no, item_seq, member_id"
                + in(team, plan, "plan_id", filter) + " ORDER BY plan_id, revision_no, item_seq, seq",
                rs -> Map.entry(key(rs, "item_seq"), new MemberId(Sql.uuid(rs, "member_id"))), params));

        Map<UUID, List<ItemRow>> itemsByPlan = Rows.group(items.stream()
                .map(i -> new Rows.Child<>(i.key().plan(), i.key().seq(), i)).toList());
        List<Plan> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<ItemRow> planItems = Rows.of(itemsByPlan, r.id());
            List<PlanRevision> planRevisions = new ArrayList<>();
            for (RevisionRow rev : Rows.of(revisions, r.id())) {
                planRevisions.add(new PlanRevision(rev.number(), itemsOf(planItems, rev.number(), targets, focusCodes,
                        teams), rev.adoptedOn(), rev.reason()));
            }
            out.add(new Plan(new PlanId(r.id()), new OrganisationId(r.organisation()), r.year(), r.title(),
                    itemsOf(planItems, DRAFT, targets, focusCodes, teams), planRevisions, r.version()));
        }
        return out;
    }

    private static ItemKey key(java.sql.ResultSet rs, String seqColumn) throws SQLException {
        return new ItemKey(Sql.uuid(rs, "plan_id"), rs.getInt("revision_no"), rs.getInt(seqColumn));
    }

    private static <T> Map<ItemKey, List<T>> groupByItem(List<Map.Entry<ItemKey, T>> rows) {
        Map<ItemKey, List<T>> out = new java.util.HashMap<>();
        for (Map.Entry<ItemKey, T> e : rows) {
            out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return out;
    }

    private static List<PlanItem> itemsOf(List<ItemRow> rows, int revisionNo, Map<ItemKey, List<Target>> targets,
                                          Map<ItemKey, List<String>> focus, Map<ItemKey, List<MemberId>> teams) {
        List<PlanItem> out = new ArrayList<>();
        for (ItemRow i : rows) {
            if (i.key().revision() == revisionNo) {
                out.add(new PlanItem(i.id(), i.kind(), i.mode(), targets.getOrDefault(i.key(), List.of()),
                        focus.getOrDefault(i.key(), List.of()), i.politicalTask(), i.content(), i.window(),
                        i.responsible(), teams.getOrDefault(i.key(), List.of())));
            }
        }
        return out;
    }

    @Override
    protected List<String> insertOrder() {
        return List.of(insertPlan, insertRevision, insertItem, insertTarget, insertFocus, insertTeam);
    }

    @Override
    protected void insert(Batch b, Plan p) {
        b.add(insertPlan, p.id().value(), p.organisation().value(), p.year(), p.title(), p.version());
        insertItems(b, p.id(), DRAFT, p.draftItems());
        insertRevisions(b, p, 0);
    }

    @Override
    protected int update(Connection c, Plan old, Plan p) throws SQLException {
        for (int i = 0; i < old.revisions().size(); i++) {
            if (i >= p.revisions().size() || !old.revisions().get(i).equals(p.revisions().get(i))) {
                throw new ImmutableRecordException("plan " + p.id() + ": adopted revision " + (i + 1)
                        + " cannot change; amend the plan with a new revision", null);
            }
        }
        Sql.update(c, "DELETE FROM " + item + " WHERE plan_id = ? AND revision_no = ?", p.id().value(), DRAFT);
        Batch b = newBatch();
        insertItems(b, p.id(), DRAFT, p.draftItems());
        insertRevisions(b, p, old.revisions().size());
        b.flush(c);
        return Sql.update(c, "UPDATE " + plan + " SET organisation_id = ?, plan_year = ?, title = ?, version = ? "
                + "WHERE id = ? AND version = ?", p.organisation().value(), p.year(), p.title(), p.version(),
                p.id().value(), p.version() - 1);
    }

    private void insertRevisions(Batch b, Plan p, int stored) {
        for (PlanRevision r : p.revisions().subList(stored, p.revisions().size())) {
            b.add(insertRevision, p.id().value(), r.number(), r.adoptedOn(), r.reason());
            insertItems(b, p.id(), r.number(), r.items());
        }
    }

    private void insertItems(Batch b, PlanId planId, int revisionNo, List<PlanItem> items) {
        UUID id = planId.value();
        for (int s = 0; s < items.size(); s++) {
            PlanItem i = items.get(s);
            b.add(insertItem, id, revisionNo, s, i.id().value(), i.kind(), i.mode(), i.politicalTask(), i.content(),
                    i.window().from(), Rows.end(i.window()), i.responsible().value());
            for (int t = 0; t < i.targets().size(); t++) {
                Target x = i.targets().get(t);
                b.add(insertTarget, id, revisionNo, s, t, Rows.memberOf(x), Rows.organisationOf(x));
            }
            for (int f = 0; f < i.focus().size(); f++) {
                b.add(insertFocus, id, revisionNo, s, f, i.focus().get(f));
            }
            for (int m = 0; m < i.team().size(); m++) {
                b.add(insertTeam, id, revisionNo, s, m, i.team().get(m).value());
            }
        }
    }
}
