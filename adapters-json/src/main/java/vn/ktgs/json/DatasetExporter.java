package vn.ktgs.json;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Stage;
import vn.ktgs.activity.StageRecord;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.VietnameseOrder;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.AmendmentEntry;
import vn.ktgs.json.Dataset.AssignmentEntry;
import vn.ktgs.json.Dataset.ConclusionEntry;
import vn.ktgs.json.Dataset.CoordinationEntry;
import vn.ktgs.json.Dataset.DisciplineEntry;
import vn.ktgs.json.Dataset.DisseminationEntry;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.FindingEntry;
import vn.ktgs.json.Dataset.ItemEntry;
import vn.ktgs.json.Dataset.MemberEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.RecommendationEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.RoleEntry;
import vn.ktgs.json.Dataset.StageEntry;
import vn.ktgs.json.Dataset.SubmissionEntry;
import vn.ktgs.json.Dataset.TargetEntry;
import vn.ktgs.json.Dataset.TermEntry;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanId;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanItemId;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;

/**
 * Xuất bộ dữ liệu: one committee's records for one year, read through the {@link Ports}, as a {@link Dataset}.
 *
 * <p>What goes in: the committee, its ancestors (whose documents the committee implements) and every organisation
 * below it; the members who belong to, or hold a role in, the committee or an organisation below it (with their
 * memberships, roles and assignments inside the exported tree only, so also their roles in the ancestors; a member
 * known only by a role in an ancestor belongs to another committee's dataset); the documents those organisations issued and the cells' dissemination sessions on them; the
 * year's plans; the records carrying out those plans and the inspections on signs of violation notified in the
 * year; the year's periodic reports. Everything is in a fixed order (tree order, then codes and days), so the same
 * records give the same file byte for byte, whatever their UUIDs.
 *
 * <p>Not in schema version 1: corrected conclusions (a record superseded by a correction); exporting one throws
 * {@link IllegalStateException}.
 */
public final class DatasetExporter {

    private final Ports ports;
    private final Map<OrganisationId, String> orgCodes = new HashMap<>();
    private final Map<OrganisationId, Integer> orgOrder = new HashMap<>();
    private final Map<MemberId, String> memberCodes = new HashMap<>();
    private final Map<DocumentId, String> documentNumbers = new HashMap<>();

    private DatasetExporter(Ports ports) {
        this.ports = ports;
    }

    /**
     * Exports {@code committeeCode}'s year from a running library: "as of" its clock's today, the governing
     * documents those issued by the committee itself.
     */
    public static Dataset export(Ktgs ktgs, String committeeCode, int year) {
        LocalDate today = LocalDate.now(ktgs.clock());
        Organisation committee = ktgs.ports().organisations().findByCode(committeeCode)
                .orElseThrow(() -> new NotFoundException(Entity.ORGANISATION, committeeCode));
        List<String> governing = ktgs.ports().documents().ofIssuer(committee.id()).stream()
                .sorted(Comparator.comparing(Document::issuedOn).thenComparing(d -> d.number().format()))
                .map(d -> d.number().format()).toList();
        return export(ktgs.ports(), committeeCode, year, today, governing);
    }

    /** Exports {@code committeeCode}'s year from {@code ports}. */
    public static Dataset export(Ports ports, String committeeCode, int year, LocalDate asOf,
                                 List<String> governingDocuments) {
        return new DatasetExporter(ports).run(committeeCode, year, asOf, governingDocuments);
    }

    /** Exports and writes in one go. */
    public static void write(Ports ports, String committeeCode, int year, LocalDate asOf,
                             List<String> governingDocuments, OutputStream out) {
        DatasetWriter.write(export(ports, committeeCode, year, asOf, governingDocuments), out);
    }

    private Dataset run(String committeeCode, int year, LocalDate asOf, List<String> governing) {
        Organisation committee = ports.organisations().findByCode(committeeCode)
                .orElseThrow(() -> new NotFoundException(Entity.ORGANISATION, committeeCode));
        List<Organisation> ancestors = new ArrayList<>();
        for (OrganisationId p = committee.parent(); p != null; ) {
            Organisation parent = ports.organisations().find(p).orElseThrow();
            ancestors.add(0, parent);
            p = parent.parent();
        }
        List<Organisation> tree = new ArrayList<>(ancestors);
        subtree(committee, tree);
        List<Organisation> below = tree.subList(ancestors.size(), tree.size());
        for (int i = 0; i < tree.size(); i++) {
            orgCodes.put(tree.get(i).id(), tree.get(i).code());
            orgOrder.put(tree.get(i).id(), i);
        }
        List<OrganisationEntry> organisations = tree.stream().map(o -> new OrganisationEntry(o.code(), o.name(),
                o.kind(), o.parent() == null ? null : orgCodes.get(o.parent()), o.established())).toList();

        Map<MemberId, Member> people = new HashMap<>();
        for (Organisation o : below) {
            for (Member m : ports.members().ofOrganisation(o.id())) {
                people.putIfAbsent(m.id(), m);
            }
        }
        List<Member> sortedPeople = people.values().stream().sorted(VietnameseOrder.by(Member::code)).toList();
        sortedPeople.forEach(m -> memberCodes.put(m.id(), m.code()));
        List<MemberEntry> members = new ArrayList<>();
        List<MembershipEntry> memberships = new ArrayList<>();
        List<RoleEntry> roles = new ArrayList<>();
        for (Member m : sortedPeople) {
            members.add(new MemberEntry(m.code(), m.fullName()));
            m.memberships().stream().filter(x -> orgCodes.containsKey(x.organisation()))
                    .sorted(Comparator.comparing(x -> x.period().from()))
                    .forEach(x -> memberships.add(new MembershipEntry(m.code(), orgCodes.get(x.organisation()),
                            x.period().from(), x.period().to(), x.status())));
            m.roles().stream().filter(r -> orgCodes.containsKey(r.organisation()))
                    .sorted(Comparator.comparing((Member.Role r) -> orgOrder.get(r.organisation()))
                            .thenComparing(r -> r.period().from()).thenComparing(Member.Role::kind))
                    .forEach(r -> roles.add(new RoleEntry(m.code(), orgCodes.get(r.organisation()), r.kind(),
                            r.period().from(), r.period().to())));
        }
        List<AssignmentEntry> assignments = new ArrayList<>();
        for (Organisation o : tree) {
            o.assignments().stream().filter(a -> memberCodes.containsKey(a.member()))
                    .sorted(Comparator.comparing((Organisation.Assignment a) -> a.period().from())
                            .thenComparing(a -> memberCodes.get(a.member())))
                    .forEach(a -> assignments.add(new AssignmentEntry(memberCodes.get(a.member()), o.code(),
                            a.period().from(), a.period().to())));
        }

        List<Document> docs = new ArrayList<>();
        for (Organisation o : tree) {
            docs.addAll(ports.documents().ofIssuer(o.id()));
        }
        docs.sort(Comparator.comparing(Document::issuedOn).thenComparing(d -> d.number().format())
                .thenComparing(d -> orgOrder.get(d.issuer())));
        for (Document d : docs) {
            String number = d.number().format();
            if (documentNumbers.containsValue(number)) {
                throw new IllegalStateException("two documents numbered " + number
                        + " in one dataset: not supported in schema version 1");
            }
            documentNumbers.put(d.id(), number);
        }
        List<DocumentEntry> documents = docs.stream().map(d -> new DocumentEntry(d.number().format(),
                orgCodes.get(d.issuer()), d.issuedOn(), new TermEntry(d.term().name(), d.term().period().from(),
                        d.term().period().to()), d.title(),
                d.implementsDocument() == null ? null : documentNumbers.get(d.implementsDocument()))).toList();

        List<Dissemination> sessions = new ArrayList<>();
        for (Organisation o : below) {
            if (o.kind().isCell()) {
                sessions.addAll(ports.disseminations().ofCell(o.id()).stream()
                        .filter(s -> documentNumbers.containsKey(s.document())).toList());
            }
        }
        sessions.sort(Comparator.comparing(Dissemination::heldOn).thenComparing(s -> orgOrder.get(s.cell()))
                .thenComparing(s -> documentNumbers.get(s.document())));
        List<DisseminationEntry> disseminations = sessions.stream().map(s -> new DisseminationEntry(
                documentNumbers.get(s.document()), orgCodes.get(s.cell()), s.heldOn(),
                s.attendees().stream().map(this::member).sorted(VietnameseOrder.texts()).toList(), s.note())).toList();

        List<PlanEntry> plans = new ArrayList<>();
        Map<PlanItemId, String> itemKeys = new HashMap<>();
        Map<PlanId, Plan> planById = new LinkedHashMap<>();
        for (Organisation o : below) {
            Optional<Plan> found = ports.plans().findFor(o.id(), year);
            if (found.isEmpty()) {
                continue;
            }
            Plan p = found.get();
            planById.put(p.id(), p);
            int[] next = {1};
            java.util.function.Function<List<PlanItem>, List<ItemEntry>> entries = list -> list.stream().map(i -> {
                String key = itemKeys.computeIfAbsent(i.id(), id -> o.code() + "/" + next[0]++);
                return item(key, i);
            }).toList();
            if (p.isAdopted()) {
                PlanRevision first = p.revisions().get(0);
                List<ItemEntry> items = entries.apply(first.items());
                List<AmendmentEntry> amendments = new ArrayList<>();
                for (PlanRevision r : p.revisions().subList(1, p.revisions().size())) {
                    amendments.add(new AmendmentEntry(r.adoptedOn(), Objects.requireNonNull(r.reason()),
                            entries.apply(r.items())));
                }
                plans.add(new PlanEntry(o.code(), year, p.title(), first.adoptedOn(), items, amendments));
            } else {
                plans.add(new PlanEntry(o.code(), year, p.title(), null, entries.apply(p.draftItems()), List.of()));
            }
        }

        List<Activity> records = new ArrayList<>();
        for (Organisation o : below) {
            for (Activity a : ports.activities().ofOrganisation(o.id())) {
                boolean inYear = a.isPlanned() ? planById.containsKey(a.plan())
                        : a.openedOn().getYear() == year;
                if (!inYear) {
                    continue;
                }
                if (a.corrects() != null) {
                    throw new IllegalStateException("the record " + a.id() + " of " + o.code()
                            + " corrects a conclusion: corrections are not in dataset schema version 1");
                }
                records.add(a);
            }
        }
        records.sort(Comparator.comparing((Activity a) -> orgOrder.get(a.organisation()))
                .thenComparing(Activity::openedOn)
                .thenComparing(a -> a.item() == null ? "~" : itemKeys.get(a.item()))
                .thenComparing(Activity::subject));
        List<ActivityEntry> activities = records.stream().map(a -> activity(a, itemKeys)).toList();

        List<Report> filed = new ArrayList<>();
        for (Organisation o : below) {
            filed.addAll(ports.reports().ofOrganisation(o.id()).stream().filter(r -> r.period().year() == year)
                    .toList());
        }
        filed.sort(Comparator.comparing((Report r) -> orgOrder.get(r.organisation())).thenComparing(Report::period));
        List<ReportEntry> reports = filed.stream().map(r -> new ReportEntry(orgCodes.get(r.organisation()),
                r.period().toString(), r.computedOn(), r.narrative(), r.submissions().stream()
                        .map(s -> new SubmissionEntry(s.submittedOn(), s.returnedOn(), s.returnReason())).toList()))
                .toList();

        return new Dataset(Dataset.SCHEMA_VERSION, committee.code(), year, asOf, governing, organisations, members,
                memberships, roles, assignments, documents, disseminations, plans, activities, reports);
    }

    private void subtree(Organisation o, List<Organisation> out) {
        out.add(o);
        ports.organisations().children(o.id()).stream().sorted(VietnameseOrder.by(Organisation::code))
                .forEach(c -> subtree(c, out));
    }

    private ItemEntry item(String key, PlanItem i) {
        return new ItemEntry(key, i.kind(), i.mode(), i.targets().stream().map(this::target).toList(), i.focus(),
                i.politicalTask(), i.content(), i.window().from(), Objects.requireNonNull(i.window().to()),
                member(i.responsible()), i.team().stream().map(this::member).toList());
    }

    private ActivityEntry activity(Activity a, Map<PlanItemId, String> itemKeys) {
        List<StageEntry> stages = new ArrayList<>();
        for (StageRecord s : a.stages().subList(1, a.stages().size())) {
            if (s.stage() != Stage.CONCLUDED) {
                stages.add(new StageEntry(s.stage(), s.on(), s.note()));
            }
        }
        ConclusionEntry conclusion = a.conclusion() == null ? null : new ConclusionEntry(
                a.conclusion().concludedOn(), a.conclusion().strengths(), a.conclusion().shortcomings(),
                a.conclusion().violations().stream().map(f -> new FindingEntry(
                        f.target() == null ? null : target(f.target()), f.description(), f.severity(),
                        f.disciplineToBeConsidered())).toList(), a.conclusion().minutesReference());
        List<RecommendationEntry> recommendations = a.recommendations().stream().map(r -> new RecommendationEntry(
                r.text(), r.addressee() == null ? null : target(r.addressee()), r.due(), r.closedOn(),
                r.followUpNote())).toList();
        List<CoordinationEntry> coordinations = a.coordinations().stream().map(c -> new CoordinationEntry(
                c.partner(), c.partnerName(), c.on(), c.note())).toList();
        List<DisciplineEntry> disciplines = a.disciplines().stream().map(d -> new DisciplineEntry(target(d.target()),
                d.form(), d.decidedOn(), d.reason(), d.decisionReference())).toList();
        StageRecord notified = a.stages().get(0);
        if (a.isPlanned()) {
            return new ActivityEntry(itemKeys.get(a.item()), null, List.of(), null, null, notified.on(),
                    notified.note(), stages, conclusion, recommendations, coordinations, disciplines);
        }
        return new ActivityEntry(null, orgCodes.get(a.organisation()), a.targets().stream().map(this::target).toList(),
                a.subject(), member(a.responsible()), notified.on(), notified.note(), stages, conclusion,
                recommendations, coordinations, disciplines);
    }

    private TargetEntry target(Target t) {
        if (t instanceof Target.OfMember m) {
            return new TargetEntry(member(m.member()), null);
        }
        return new TargetEntry(null, organisation(((Target.OfOrganisation) t).organisation()));
    }

    private String member(MemberId id) {
        String code = memberCodes.get(id);
        if (code == null) {
            code = ports.members().find(id).map(Member::code)
                    .orElseThrow(() -> new NotFoundException(Entity.MEMBER, id));
            memberCodes.put(id, code);
        }
        return code;
    }

    private String organisation(OrganisationId id) {
        String code = orgCodes.get(id);
        return code != null ? code : ports.organisations().find(id).map(Organisation::code)
                .orElseThrow(() -> new NotFoundException(Entity.ORGANISATION, id));
    }
}
