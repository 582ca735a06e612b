package vn.ktgs.json;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.ActivityCommands.Advance;
import vn.ktgs.activity.ActivityCommands.CloseRecommendation;
import vn.ktgs.activity.ActivityCommands.Conclude;
import vn.ktgs.activity.ActivityCommands.DecideDiscipline;
import vn.ktgs.activity.ActivityCommands.Finding;
import vn.ktgs.activity.ActivityCommands.OpenUnplanned;
import vn.ktgs.activity.ActivityCommands.Recommend;
import vn.ktgs.activity.ActivityCommands.RecordCoordination;
import vn.ktgs.activity.ActivityCommands.Start;
import vn.ktgs.activity.ActivityId;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentCommands.RecordDissemination;
import vn.ktgs.document.DocumentCommands.RegisterDocument;
import vn.ktgs.document.DocumentId;
import vn.ktgs.document.Term;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.TargetEntry;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.MembershipStatus;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationCommands.AdmitAsFull;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Assign;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationCommands.RegisterOrganisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;
import vn.ktgs.report.ReportCommands.Compile;
import vn.ktgs.report.ReportCommands.Recompute;
import vn.ktgs.report.ReportCommands.Return;
import vn.ktgs.report.ReportCommands.Submit;
import vn.ktgs.report.ReportId;

/**
 * Nạp bộ dữ liệu: replays a {@link Dataset} through the core services, so that every domain rule applies, then
 * copies the result into a host's {@link Ports}.
 *
 * <p><b>Replay.</b> The organisation tree, members, memberships (a probationary spell followed the next day by a
 * full one in the same cell is an admission), roles and assignments come first; then documents, dissemination
 * sessions, plan adoptions and amendments, every step of every record and the reports, in the order of their days,
 * on a clock moved to each record's day. A rejection is reported under the dataset path of the record that caused
 * it ({@code activities[4].conclusion} + {@code concludedOn}); a record whose earlier step failed is not replayed
 * further. Nothing may be dated after the dataset's {@code asOf}.
 *
 * <p><b>Atomic.</b> {@link #importInto} replays into fresh in-memory ports first and writes into the target only when
 * the whole dataset was accepted. <b>Loading twice:</b> when the target already holds the dataset's committee, the
 * import compares the target's export of that committee and year with the dataset's: identical, nothing is written
 * ({@link Result#written()} is false); different, the import is rejected ({@code ktgs.dataset.committeeDiffers}).
 * An organisation below the committee already in the target is rejected ({@code ktgs.dataset.alreadyStored}).
 * <b>Shared records:</b> what the dataset shares with other committees already in the target (the ancestors and
 * their documents, members who moved between committees) is reused when it is the same and rejected when it
 * differs ({@code ktgs.dataset.sharedDiffers}); the module README (Import) says what "the same" means. The write
 * itself is one {@code save} per aggregate (version 1; a reused member given memberships below the committee, its
 * next version), parents before children, every reference pointing at the stored ids; a target that is a database
 * makes it all-or-nothing by running it in one transaction.
 */
public final class DatasetImporter {

    /**
     * What an import did. {@code written} is false when the target already held the same data; the counts are of
     * the aggregates written (not those reused from the target).
     */
    public record Result(boolean written, int organisations, int members, int documents, int plans, int activities,
                         int reports) {
    }

    /** Progress of a long replay: the number of steps replayed out of all. */
    @FunctionalInterface
    public interface Progress {
        void replayed(long done, long total);

        Progress NONE = (d, t) -> { };
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Command fields that the dataset names otherwise. */
    private static final Map<String, String> FIELDS = Map.of("activityId", "", "expectedVersion", "", "planId", "",
            "itemId", "", "report", "", "recommendationId", "", "concludedOn", "on", "minutesReference", "minutes",
            "decisionReference", "decision", "implementsDocument", "implements");

    private final Validator validator;
    private Progress progress = Progress.NONE;

    public DatasetImporter(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Reports replay progress to {@code progress}. */
    public DatasetImporter withProgress(Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Replays {@code dataset} into fresh in-memory ports; the returned library's clock stands on the dataset's
     * {@code asOf}.
     *
     * @throws RejectedException with every problem, each under its dataset path
     */
    public Ktgs replay(Dataset dataset) {
        return new Replay(dataset).run();
    }

    /**
     * Replays {@code dataset} and, when everything was accepted, writes it into {@code target}.
     *
     * @throws RejectedException with every problem; nothing was written
     */
    public Result importInto(Dataset dataset, Ports target) {
        Replay replay = new Replay(dataset);
        Ports from = replay.run().ports();
        if (target.organisations().findByCode(dataset.committee()).isPresent()) {
            String stored = DatasetWriter.toJson(asShown(dataset, DatasetExporter.export(target, dataset.committee(),
                    dataset.year(), dataset.asOf(), dataset.governingDocuments())));
            String incoming = DatasetWriter.toJson(DatasetExporter.export(from, dataset.committee(), dataset.year(),
                    dataset.asOf(), dataset.governingDocuments()));
            if (stored.equals(incoming)) {
                return new Result(false, 0, 0, 0, 0, 0, 0);
            }
            throw new RejectedException(Violation.of("committee", "ktgs.dataset.committeeDiffers", "code",
                    dataset.committee()));
        }
        return copy(from, target, dataset.year(), replay.members.values(), SharedRecords.match(dataset, from, target));
    }

    /**
     * The target's export of a stored committee as far as {@code dataset} shows it: without the documents of
     * organisations outside the committee's subtree that the dataset does not list (other committees' datasets may
     * have brought them).
     */
    private static Dataset asShown(Dataset dataset, Dataset stored) {
        Set<String> subtree = SharedRecords.subtreeCodes(dataset);
        Set<String> numbers = new HashSet<>();
        dataset.documents().forEach(x -> numbers.add(x.number()));
        List<Dataset.DocumentEntry> documents = stored.documents().stream()
                .filter(x -> subtree.contains(x.issuer()) || numbers.contains(x.number())).toList();
        return new Dataset(stored.schemaVersion(), stored.committee(), stored.year(), stored.asOf(),
                stored.governingDocuments(), stored.organisations(), stored.members(), stored.memberships(),
                stored.roles(), stored.assignments(), documents, stored.disseminations(), stored.plans(),
                stored.activities(), stored.reports());
    }

    /**
     * Copies every aggregate of {@code from} into {@code to}, parents before children, with the stored ids of what
     * {@code shared} reuses and without writing those again: organisations first without their BCH assignments
     * (version 1), then the members (who belong to them; a reused member with memberships or roles added in the
     * subtree at its next version), then the organisations that have assignments again with them (version 2: an
     * assignment names a member, and a database checks it).
     */
    private static Result copy(Ports from, Ports to, int year, java.util.Collection<MemberId> memberIds,
                               SharedRecords shared) {
        List<Organisation> orgs = new ArrayList<>();
        for (Organisation root : from.organisations().all()) {
            if (root.parent() == null) {
                tree(from, root, orgs);
            }
        }
        orgs.removeIf(o -> shared.reused(o.id()));
        for (Organisation o : orgs) {
            to.organisations().save(shared.organisation(o, false, 1));
        }
        int people = 0;
        for (MemberId id : memberIds) {
            Optional<Member> saved = shared.toSave(from.members().find(id).orElseThrow());
            if (saved.isPresent()) {
                to.members().save(saved.get());
                people++;
            }
        }
        for (Organisation o : orgs) {
            if (!o.assignments().isEmpty()) {
                to.organisations().save(shared.organisation(o, true, 2));
            }
        }
        List<Document> docs = new ArrayList<>();
        Set<DocumentId> saved = new HashSet<>();
        for (Document d : from.documents().all()) {
            if (shared.reused(d.id())) {
                saved.add(d.id());
            } else {
                docs.add(d);
            }
        }
        docs.sort(Comparator.comparing(Document::issuedOn));
        int written = 0;
        while (written < docs.size()) {
            for (Document d : docs) {
                if (!saved.contains(d.id()) && (d.implementsDocument() == null
                        || saved.contains(d.implementsDocument()))) {
                    to.documents().save(shared.document(d));
                    saved.add(d.id());
                    written++;
                }
            }
        }
        int plans = 0;
        int activities = 0;
        int reports = 0;
        for (Organisation o : orgs) {
            for (Dissemination s : from.disseminations().ofCell(o.id())) {
                to.disseminations().save(shared.dissemination(s));
            }
        }
        for (Plan p : from.plans().ofYear(year)) {
            to.plans().save(shared.plan(p));
            plans++;
        }
        for (Organisation o : orgs) {
            for (Activity a : from.activities().ofOrganisation(o.id())) {
                to.activities().save(shared.activity(a));
                activities++;
            }
            for (Report r : from.reports().ofOrganisation(o.id())) {
                to.reports().save(shared.report(r));
                reports++;
            }
        }
        return new Result(true, orgs.size(), people, docs.size(), plans, activities, reports);
    }

    private static void tree(Ports from, Organisation o, List<Organisation> out) {
        out.add(o);
        for (Organisation c : from.organisations().children(o.id())) {
            tree(from, c, out);
        }
    }

    // ---------------------------------------------------------------- the replay

    /** A clock moved by hand to each record's day (09:00, Asia/Ho_Chi_Minh). */
    private static final class MovableClock extends Clock {
        private volatile LocalDate today;

        MovableClock(LocalDate today) {
            this.today = today;
        }

        void set(LocalDate day) {
            today = day;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return today.atTime(9, 0).atZone(ZONE).toInstant();
        }
    }

    /** One dated step of one record; {@code record} names the record whose failure stops its later steps. */
    private record Step(LocalDate day, int phase, long seq, String record, String path,
                        Supplier<List<Violation>> action) {
    }

    private final class Replay {
        private final Dataset d;
        private final MovableClock clock;
        private final Ktgs ktgs;
        private final List<Violation> v = new ArrayList<>();
        private final Map<String, OrganisationId> orgs = new HashMap<>();
        private final Map<String, MemberId> members = new HashMap<>();
        private final Map<String, DocumentId> documents = new HashMap<>();
        private final Map<String, PlanItemId> items = new HashMap<>();
        private final Map<String, PlanId> itemPlans = new HashMap<>();
        private final Map<String, String> itemRecord = new HashMap<>();
        private final Map<String, PlanId> plans = new HashMap<>();
        private final Map<String, ActivityId> activities = new HashMap<>();
        private final Map<String, ReportId> reports = new HashMap<>();
        private final Set<String> failed = new HashSet<>();
        private final List<Step> steps = new ArrayList<>();

        Replay(Dataset d) {
            this.d = d;
            this.clock = new MovableClock(d.asOf());
            this.ktgs = Ktgs.builder(Ports.inMemory(), validator, clock).build();
        }

        Ktgs run() {
            organisations();
            people();
            if (!v.isEmpty()) {
                throw new RejectedException(v);
            }
            documentSteps();
            planSteps();
            activitySteps();
            reportSteps();
            steps.sort(Comparator.comparing(Step::day).thenComparingInt(Step::phase).thenComparingLong(Step::seq));
            long done = 0;
            for (Step s : steps) {
                if (!failed.contains(s.record())) {
                    if (s.day().isAfter(d.asOf())) {
                        v.add(Violation.of(s.path(), "ktgs.dataset.afterAsOf", "day", s.day(), "asOf", d.asOf()));
                        failed.add(s.record());
                    } else {
                        clock.set(s.day());
                        List<Violation> out = safely(s.action());
                        if (!out.isEmpty()) {
                            out.forEach(x -> v.add(inDataset(x).under(s.path())));
                            failed.add(s.record());
                        }
                    }
                }
                if (++done % 10_000 == 0) {
                    progress.replayed(done, steps.size());
                }
            }
            progress.replayed(done, steps.size());
            clock.set(d.asOf());
            if (!v.isEmpty()) {
                throw new RejectedException(v);
            }
            return ktgs;
        }

        /** A command's field named as the dataset names it; ids and versions of the command name the record. */
        private Violation inDataset(Violation x) {
            String path = x.path();
            int end = path.length();
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            String head = path.substring(0, end);
            String renamed = FIELDS.get(head);
            if (renamed == null) {
                return x;
            }
            String rest = path.substring(end);
            String joined = renamed.isEmpty() && rest.startsWith(".") ? rest.substring(1) : renamed + rest;
            return new Violation(joined, x.rule(), x.args());
        }

        private List<Violation> safely(Supplier<List<Violation>> action) {
            try {
                return action.get();
            } catch (RejectedException e) {
                return e.violations();
            } catch (NotFoundException e) {
                return List.of(e.violation());
            } catch (ConflictException | IllegalArgumentException e) {
                return List.of(Violation.of("", "ktgs.dataset.replayFailed", "reason", String.valueOf(e.getMessage())));
            }
        }

        private List<Violation> result(Outcome<?> o) {
            return o.violations();
        }

        // ------------------------------------------------------------ tree and people (no clock)

        private void organisations() {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < d.organisations().size(); i++) {
                String code = d.organisations().get(i).code();
                if (index.putIfAbsent(code, i) != null) {
                    v.add(Violation.of("organisations[" + i + "].code", "ktgs.dataset.duplicateCode", "code", code));
                }
            }
            Set<String> visiting = new HashSet<>();
            for (int i = 0; i < d.organisations().size(); i++) {
                register(i, index, visiting);
            }
            OrganisationId committee = orgs.get(d.committee());
            if (committee == null && !index.containsKey(d.committee())) {
                v.add(Violation.of("committee", "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code",
                        d.committee()));
            }
        }

        private @Nullable OrganisationId register(int i, Map<String, Integer> index, Set<String> visiting) {
            OrganisationEntry e = d.organisations().get(i);
            String path = "organisations[" + i + "]";
            if (orgs.containsKey(e.code()) || failed.contains(path)) {
                return orgs.get(e.code());
            }
            OrganisationId parent = null;
            if (e.parent() != null) {
                Integer p = index.get(e.parent());
                if (p == null) {
                    v.add(Violation.of(path + ".parent", "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code",
                            e.parent()));
                    failed.add(path);
                    return null;
                }
                if (!visiting.add(e.code())) {
                    v.add(Violation.of(path + ".parent", "ktgs.dataset.organisation.cycle", "code", e.code()));
                    failed.add(path);
                    return null;
                }
                parent = register(p, index, visiting);
                visiting.remove(e.code());
                if (parent == null) {
                    failed.add(path);
                    return null;
                }
            }
            Outcome<Organisation> o = ktgs.organisations().register(new RegisterOrganisation(e.code(), e.name(),
                    e.kind(), parent, e.established()));
            if (o instanceof Outcome.Accepted<Organisation> a) {
                orgs.put(e.code(), a.value().id());
                return a.value().id();
            }
            o.violations().forEach(x -> v.add(x.under(path)));
            failed.add(path);
            return null;
        }

        private void people() {
            for (int i = 0; i < d.members().size(); i++) {
                var e = d.members().get(i);
                String path = "members[" + i + "]";
                if (members.containsKey(e.code())) {
                    v.add(Violation.of(path + ".code", "ktgs.dataset.duplicateCode", "code", e.code()));
                    continue;
                }
                Outcome<Member> o = ktgs.organisations().registerMember(new RegisterMember(e.code(), e.fullName()));
                if (o instanceof Outcome.Accepted<Member> a) {
                    members.put(e.code(), a.value().id());
                } else {
                    o.violations().forEach(x -> v.add(x.under(path)));
                }
            }
            Map<String, List<Integer>> byMember = new LinkedHashMap<>();
            for (int i = 0; i < d.memberships().size(); i++) {
                byMember.computeIfAbsent(d.memberships().get(i).member(), k -> new ArrayList<>()).add(i);
            }
            for (var entry : byMember.entrySet()) {
                List<Integer> spells = new ArrayList<>(entry.getValue());
                spells.sort(Comparator.comparing(i -> d.memberships().get(i).from()));
                MembershipEntry previous = null;
                for (int i : spells) {
                    MembershipEntry m = d.memberships().get(i);
                    String path = "memberships[" + i + "]";
                    MemberId member = member(m.member(), path + ".member");
                    OrganisationId cell = organisation(m.cell(), path + ".cell");
                    if (member == null || cell == null) {
                        break;
                    }
                    boolean admission = previous != null && previous.cell().equals(m.cell())
                            && previous.status() == MembershipStatus.PROBATIONARY
                            && m.status() == MembershipStatus.FULL && previous.to() != null
                            && previous.to().plusDays(1).equals(m.from());
                    List<Violation> out = new ArrayList<>();
                    if (admission) {
                        out.addAll(result(ktgs.organisations().admitAsFull(new AdmitAsFull(member, m.from()))));
                    } else {
                        if (previous != null && previous.to() != null) {
                            out.addAll(result(ktgs.organisations().leave(new Leave(member,
                                    orgs.get(previous.cell()), previous.to()))));
                        }
                        out.addAll(result(ktgs.organisations().enrol(new Enrol(member, cell, m.from(), m.status()))));
                    }
                    if (!out.isEmpty()) {
                        out.forEach(x -> v.add(x.under(path)));
                        break;
                    }
                    previous = m;
                }
                if (previous != null && previous.to() != null) {
                    int last = spells.get(spells.size() - 1);
                    MemberId member = members.get(previous.member());
                    ktgs.organisations().leave(new Leave(member, orgs.get(previous.cell()), previous.to()))
                            .violations().forEach(x -> v.add(x.under("memberships[" + last + "]")));
                }
            }
            for (int i = 0; i < d.roles().size(); i++) {
                var r = d.roles().get(i);
                String path = "roles[" + i + "]";
                MemberId member = member(r.member(), path + ".member");
                OrganisationId org = organisation(r.organisation(), path + ".organisation");
                if (member != null && org != null) {
                    ktgs.organisations().appoint(new Appoint(member, org, r.role(), r.from(), r.to())).violations()
                            .forEach(x -> v.add(x.under(path)));
                }
            }
            for (int i = 0; i < d.assignments().size(); i++) {
                var a = d.assignments().get(i);
                String path = "assignments[" + i + "]";
                MemberId member = member(a.member(), path + ".member");
                OrganisationId cell = organisation(a.cell(), path + ".cell");
                if (member != null && cell != null) {
                    ktgs.organisations().assign(new Assign(member, cell, a.from(), a.to())).violations()
                            .forEach(x -> v.add(x.under(path)));
                }
            }
        }

        private @Nullable MemberId member(String code, String path) {
            MemberId id = members.get(code);
            if (id == null) {
                v.add(Violation.of(path, "ktgs.dataset.unknownCode", "kind", Entity.MEMBER, "code", code));
            }
            return id;
        }

        private @Nullable OrganisationId organisation(String code, String path) {
            OrganisationId id = orgs.get(code);
            if (id == null) {
                v.add(Violation.of(path, "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code", code));
            }
            return id;
        }

        /** Resolves codes inside a step: unknown codes are added to {@code out}. */
        private @Nullable MemberId member(String code, String field, List<Violation> out) {
            MemberId id = members.get(code);
            if (id == null) {
                out.add(Violation.of(field, "ktgs.dataset.unknownCode", "kind", Entity.MEMBER, "code", code));
            }
            return id;
        }

        private @Nullable OrganisationId organisation(String code, String field, List<Violation> out) {
            OrganisationId id = orgs.get(code);
            if (id == null) {
                out.add(Violation.of(field, "ktgs.dataset.unknownCode", "kind", Entity.ORGANISATION, "code", code));
            }
            return id;
        }

        private @Nullable Target target(@Nullable TargetEntry t, String field, List<Violation> out) {
            if (t == null) {
                return null;
            }
            if (t.member() != null) {
                MemberId id = member(t.member(), field, out);
                return id == null ? null : Target.member(id);
            }
            OrganisationId id = organisation(Objects.requireNonNull(t.organisation()), field, out);
            return id == null ? null : Target.organisation(id);
        }

        private List<Target> targets(List<TargetEntry> list, String field, List<Violation> out) {
            List<Target> targets = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                Target t = target(list.get(k), field + "[" + k + "]", out);
                if (t != null) {
                    targets.add(t);
                }
            }
            return targets;
        }

        private List<MemberId> memberList(List<String> codes, String field, List<Violation> out) {
            List<MemberId> ids = new ArrayList<>();
            for (int k = 0; k < codes.size(); k++) {
                MemberId id = member(codes.get(k), field + "[" + k + "]", out);
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }

        private void step(LocalDate day, int phase, String record, String path, Supplier<List<Violation>> action) {
            steps.add(new Step(day, phase, steps.size(), record, path, action));
        }

        // ------------------------------------------------------------ documents and dissemination

        private void documentSteps() {
            for (int i = 0; i < d.documents().size(); i++) {
                var e = d.documents().get(i);
                String path = "documents[" + i + "]";
                if (documents.containsKey(e.number()) || d.documents().subList(0, i).stream()
                        .anyMatch(x -> x.number().equals(e.number()))) {
                    v.add(Violation.of(path + ".number", "ktgs.dataset.duplicateCode", "code", e.number()));
                    continue;
                }
                step(e.issuedOn(), 0, path, path, () -> {
                    List<Violation> out = new ArrayList<>();
                    OrganisationId issuer = organisation(e.issuer(), "issuer", out);
                    DocumentId implemented = null;
                    if (e.implementsDocument() != null) {
                        implemented = documents.get(e.implementsDocument());
                        if (implemented == null) {
                            out.add(Violation.of("implements", "ktgs.dataset.unknownCode", "kind", Entity.DOCUMENT,
                                    "code", e.implementsDocument()));
                        }
                    }
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Outcome<Document> o = ktgs.documents().register(new RegisterDocument(e.number(), issuer,
                            e.issuedOn(), Term.of(e.term().name(), e.term().from(), e.term().to()), e.title(),
                            implemented));
                    if (o instanceof Outcome.Accepted<Document> a) {
                        documents.put(e.number(), a.value().id());
                    }
                    return o.violations();
                });
            }
            for (int i = 0; i < d.disseminations().size(); i++) {
                var e = d.disseminations().get(i);
                String path = "disseminations[" + i + "]";
                step(e.heldOn(), 1, path, path, () -> {
                    List<Violation> out = new ArrayList<>();
                    DocumentId doc = documents.get(e.document());
                    if (doc == null) {
                        out.add(Violation.of("document", "ktgs.dataset.unknownCode", "kind", Entity.DOCUMENT, "code",
                                e.document()));
                    }
                    OrganisationId cell = organisation(e.cell(), "cell", out);
                    List<MemberId> attendees = memberList(e.attendees(), "attendees", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    return result(ktgs.documents().recordDissemination(new RecordDissemination(doc, cell, e.heldOn(),
                            attendees, e.note())));
                });
            }
        }

        // ------------------------------------------------------------ plans

        private void planSteps() {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < d.plans().size(); i++) {
                PlanEntry p = d.plans().get(i);
                String path = "plans[" + i + "]";
                if (p.year() != d.year()) {
                    v.add(Violation.of(path + ".year", "ktgs.dataset.year.mismatch", "year", d.year()));
                    continue;
                }
                checkKeys(p.items(), path + ".items", keys, path);
                Set<String> earlier = new HashSet<>();
                p.items().forEach(x -> earlier.add(x.key()));
                for (int a = 0; a < p.amendments().size(); a++) {
                    List<ItemEntry> amended = p.amendments().get(a).items();
                    for (int k = 0; k < amended.size(); k++) {
                        String key = amended.get(k).key();
                        if (!earlier.contains(key)) {
                            if (!keys.add(key)) {
                                v.add(Violation.of(path + ".amendments[" + a + "].items[" + k + "].key",
                                        "ktgs.dataset.duplicateCode", "code", key));
                            }
                            earlier.add(key);
                            itemRecord.put(key, path);
                        }
                    }
                }
                LocalDate draftDay = p.adoptedOn() != null ? p.adoptedOn() : d.asOf();
                step(draftDay, 2, path, path, () -> {
                    List<Violation> out = new ArrayList<>();
                    OrganisationId org = organisation(p.organisation(), "organisation", out);
                    List<ItemInput> inputs = inputs(p.items(), Map.of(), "items", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Outcome<Plan> drafted = ktgs.plans().draft(new DraftPlan(org, p.year(), p.title(), inputs));
                    if (!(drafted instanceof Outcome.Accepted<Plan> a)) {
                        return drafted.violations();
                    }
                    Plan plan = a.value();
                    if (p.adoptedOn() != null) {
                        Outcome<Plan> adopted = ktgs.plans().adopt(new Adopt(plan.id(), plan.version(),
                                p.adoptedOn()));
                        if (!(adopted instanceof Outcome.Accepted<Plan> ad)) {
                            return adopted.violations();
                        }
                        plan = ad.value();
                    }
                    plans.put(path, plan.id());
                    remember(p.items(), plan);
                    return List.of();
                });
                for (int a = 0; a < p.amendments().size(); a++) {
                    var amendment = p.amendments().get(a);
                    String apath = path + ".amendments[" + a + "]";
                    step(amendment.adoptedOn(), 2, path, apath, () -> {
                        List<Violation> out = new ArrayList<>();
                        Plan plan = ktgs.plans().plan(plans.get(path));
                        List<ItemInput> inputs = inputs(amendment.items(), items, "items", out);
                        if (!out.isEmpty()) {
                            return out;
                        }
                        Outcome<Plan> amended = ktgs.plans().amend(new Amend(plan.id(), plan.version(), inputs,
                                amendment.reason(), amendment.adoptedOn()));
                        if (amended instanceof Outcome.Accepted<Plan> ok) {
                            remember(amendment.items(), ok.value());
                        }
                        return amended.violations();
                    });
                }
            }
        }

        private void checkKeys(List<ItemEntry> list, String path, Set<String> keys, String record) {
            for (int k = 0; k < list.size(); k++) {
                String key = list.get(k).key();
                if (!keys.add(key)) {
                    v.add(Violation.of(path + "[" + k + "].key", "ktgs.dataset.duplicateCode", "code", key));
                }
                itemRecord.put(key, record);
            }
        }

        private void remember(List<ItemEntry> entries, Plan plan) {
            List<PlanItem> stored = plan.items();
            for (int k = 0; k < entries.size() && k < stored.size(); k++) {
                items.put(entries.get(k).key(), stored.get(k).id());
                itemPlans.put(entries.get(k).key(), plan.id());
            }
        }

        private List<ItemInput> inputs(List<ItemEntry> entries, Map<String, PlanItemId> known, String path,
                                       List<Violation> out) {
            List<ItemInput> inputs = new ArrayList<>();
            for (int k = 0; k < entries.size(); k++) {
                ItemEntry e = entries.get(k);
                String at = path + "[" + k + "]";
                inputs.add(new ItemInput(known.get(e.key()), e.kind(), e.mode(),
                        targets(e.targets(), at + ".targets", out), e.focus(), e.politicalTask(), e.content(),
                        e.from(), e.to(), member(e.responsible(), at + ".responsible", out),
                        memberList(e.team(), at + ".team", out)));
            }
            return inputs;
        }

        // ------------------------------------------------------------ activities

        private void activitySteps() {
            for (int i = 0; i < d.activities().size(); i++) {
                ActivityEntry e = d.activities().get(i);
                String path = "activities[" + i + "]";
                if (e.planned() && !itemRecord.containsKey(e.planItem())) {
                    v.add(Violation.of(path + ".planItem", "ktgs.dataset.unknownCode", "kind", Entity.PLAN_ITEM, "code",
                            e.planItem()));
                    continue;
                }
                record Dated(LocalDate day, int rank, String path, Supplier<List<Violation>> action) {
                }
                List<Dated> dated = new ArrayList<>();
                dated.add(new Dated(e.notifiedOn(), 0, path, () -> open(e, path)));
                for (int k = 0; k < e.coordinations().size(); k++) {
                    var c = e.coordinations().get(k);
                    dated.add(new Dated(c.on(), 1, path + ".coordinations[" + k + "]", () -> {
                        Activity a = current(path);
                        return result(ktgs.activities().recordCoordination(new RecordCoordination(a.id(),
                                a.version(), c.partner(), c.partnerName(), c.on(), c.note())));
                    }));
                }
                for (int k = 0; k < e.stages().size(); k++) {
                    var s = e.stages().get(k);
                    int rank = switch (s.stage()) {
                        case SELF_REPORT_RECEIVED -> 2;
                        case VERIFIED -> 3;
                        case FOLLOW_UP -> 7;
                        default -> 9;
                    };
                    dated.add(new Dated(s.on(), rank, path + ".stages[" + k + "]", () -> {
                        Activity a = current(path);
                        return result(ktgs.activities().advance(new Advance(a.id(), a.version(), s.stage(), s.on(),
                                s.note())));
                    }));
                }
                var c = e.conclusion();
                if (c != null) {
                    dated.add(new Dated(c.on(), 4, path + ".conclusion", () -> {
                        List<Violation> out = new ArrayList<>();
                        List<Finding> findings = new ArrayList<>();
                        for (int k = 0; k < c.findings().size(); k++) {
                            var f = c.findings().get(k);
                            findings.add(new Finding(target(f.target(), "findings[" + k + "].target", out),
                                    f.description(), f.severity(), f.disciplineToBeConsidered()));
                        }
                        if (!out.isEmpty()) {
                            return out;
                        }
                        Activity a = current(path);
                        return result(ktgs.activities().conclude(new Conclude(a.id(), a.version(), c.on(),
                                c.strengths(), c.shortcomings(), findings, c.minutes())));
                    }));
                }
                List<vn.ktgs.activity.RecommendationId> made = new ArrayList<>();
                for (int k = 0; k < e.recommendations().size(); k++) {
                    var r = e.recommendations().get(k);
                    String rpath = path + ".recommendations[" + k + "]";
                    LocalDate made0 = c != null ? c.on() : e.notifiedOn();
                    dated.add(new Dated(made0, 5, rpath, () -> {
                        List<Violation> out = new ArrayList<>();
                        Target addressee = target(r.addressee(), "addressee", out);
                        if (!out.isEmpty()) {
                            return out;
                        }
                        Activity a = current(path);
                        Outcome<Activity> o = ktgs.activities().recommend(new Recommend(a.id(), a.version(), r.text(),
                                addressee, r.due()));
                        if (o instanceof Outcome.Accepted<Activity> ok) {
                            var list = ok.value().recommendations();
                            made.add(list.get(list.size() - 1).id());
                        }
                        return o.violations();
                    }));
                    if (r.closedOn() != null) {
                        int index = k;
                        dated.add(new Dated(r.closedOn(), 8, rpath, () -> {
                            Activity a = current(path);
                            return result(ktgs.activities().closeRecommendation(new CloseRecommendation(a.id(),
                                    a.version(), made.get(index), r.closedOn(), r.followUpNote())));
                        }));
                    }
                }
                for (int k = 0; k < e.disciplines().size(); k++) {
                    var x = e.disciplines().get(k);
                    dated.add(new Dated(x.decidedOn(), 6, path + ".disciplines[" + k + "]", () -> {
                        List<Violation> out = new ArrayList<>();
                        Target t = target(x.target(), "target", out);
                        if (!out.isEmpty()) {
                            return out;
                        }
                        Activity a = current(path);
                        return result(ktgs.activities().decideDiscipline(new DecideDiscipline(a.id(), a.version(), t,
                                x.form(), x.decidedOn(), x.reason(), x.decision())));
                    }));
                }
                dated.sort(Comparator.comparing(Dated::day).thenComparingInt(Dated::rank));
                String planRecord = e.planned() ? itemRecord.get(e.planItem()) : null;
                for (Dated x : dated) {
                    step(x.day(), 3, path, x.path(), () -> {
                        if (planRecord != null && failed.contains(planRecord)) {
                            failed.add(path);
                            return List.of();
                        }
                        return x.action().get();
                    });
                }
            }
        }

        private Activity current(String path) {
            ActivityId id = activities.get(path);
            if (id == null) {
                throw new RejectedException(Violation.of("", "ktgs.dataset.activity.beforeNotification"));
            }
            return ktgs.activities().activity(id);
        }

        private List<Violation> open(ActivityEntry e, String path) {
            Outcome<Activity> o;
            if (e.planned()) {
                PlanItemId item = items.get(e.planItem());
                if (item == null) {
                    return List.of(Violation.of("planItem", "ktgs.dataset.unknownCode", "kind", Entity.PLAN_ITEM, "code",
                            e.planItem()));
                }
                o = ktgs.activities().start(new Start(itemPlans.get(e.planItem()), item, e.notifiedOn(), e.note()));
            } else {
                List<Violation> out = new ArrayList<>();
                OrganisationId org = organisation(Objects.requireNonNull(e.organisation()), "organisation", out);
                List<Target> targets = targets(e.targets(), "targets", out);
                MemberId responsible = member(Objects.requireNonNull(e.responsible()), "responsible", out);
                if (!out.isEmpty()) {
                    return out;
                }
                o = ktgs.activities().openUnplanned(new OpenUnplanned(org, targets, e.subject(), responsible,
                        e.notifiedOn(), e.note()));
            }
            if (o instanceof Outcome.Accepted<Activity> a) {
                activities.put(path, a.value().id());
            }
            return o.violations();
        }

        // ------------------------------------------------------------ reports

        private void reportSteps() {
            for (int i = 0; i < d.reports().size(); i++) {
                ReportEntry e = d.reports().get(i);
                String path = "reports[" + i + "]";
                var subs = e.submissions();
                LocalDate compiledOn = subs.isEmpty() || !e.computedOn().isAfter(subs.get(0).submittedOn())
                        ? e.computedOn() : subs.get(0).submittedOn();
                step(compiledOn, 4, path, path, () -> {
                    List<Violation> out = new ArrayList<>();
                    OrganisationId org = organisation(e.organisation(), "organisation", out);
                    if (!out.isEmpty()) {
                        return out;
                    }
                    Outcome<Report> o = ktgs.reports().compile(new Compile(org, e.period(), e.narrative()));
                    if (o instanceof Outcome.Accepted<Report> a) {
                        reports.put(path, a.value().id());
                    }
                    return o.violations();
                });
                boolean recomputed = compiledOn.equals(e.computedOn());
                for (int k = 0; k < subs.size(); k++) {
                    var s = subs.get(k);
                    String spath = path + ".submissions[" + k + "]";
                    step(s.submittedOn(), 4, path, spath, () -> {
                        Report r = ktgs.reports().report(reports.get(path));
                        return result(ktgs.reports().submit(new Submit(r.id(), r.version())));
                    });
                    if (s.returnedOn() != null) {
                        step(s.returnedOn(), 4, path, spath, () -> {
                            Report r = ktgs.reports().report(reports.get(path));
                            return result(ktgs.reports().returnReport(new Return(r.id(), r.version(),
                                    s.returnReason())));
                        });
                        LocalDate next = k + 1 < subs.size() ? subs.get(k + 1).submittedOn() : null;
                        if (!recomputed && !e.computedOn().isBefore(s.returnedOn())
                                && (next == null || !e.computedOn().isAfter(next))) {
                            recomputed = true;
                            step(e.computedOn(), 4, path, path + ".computedOn", () -> {
                                Report r = ktgs.reports().report(reports.get(path));
                                return result(ktgs.reports().recompute(new Recompute(r.id(), r.version())));
                            });
                        }
                    }
                }
                if (!recomputed) {
                    v.add(Violation.of(path + ".computedOn", "ktgs.dataset.report.computedOn"));
                }
            }
        }
    }
}
