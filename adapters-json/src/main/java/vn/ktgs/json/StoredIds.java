package vn.ktgs.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.activity.Activity;
import vn.ktgs.activity.Conclusion;
import vn.ktgs.activity.Discipline;
import vn.ktgs.activity.Recommendation;
import vn.ktgs.activity.ViolationFinding;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.plan.Plan;
import vn.ktgs.plan.PlanItem;
import vn.ktgs.plan.PlanRevision;
import vn.ktgs.plan.Target;
import vn.ktgs.report.Report;

/**
 * Mã đã lưu: the replay's aggregates as they are written into a target, with the stored ids of what
 * {@link SharedRecords} found reused in place of the replay's (an id not reused stays as it is), at version 1.
 * It checks nothing; {@link PortsWriter} saves what it returns.
 */
final class StoredIds {

    private final Map<OrganisationId, OrganisationId> orgs;
    private final Map<MemberId, MemberId> members;
    private final Map<MemberId, Member> extended;
    private final Map<DocumentId, DocumentId> documents;

    /**
     * Over the maps that {@link SharedRecords} fills while it matches: the stored id of each reused organisation,
     * member and document, and each reused member with the memberships and roles added in the subtree.
     */
    StoredIds(Map<OrganisationId, OrganisationId> orgs, Map<MemberId, MemberId> members,
              Map<MemberId, Member> extended, Map<DocumentId, DocumentId> documents) {
        this.orgs = orgs;
        this.members = members;
        this.extended = extended;
        this.documents = documents;
    }

    /** Whether the target's stored organisation stands for {@code id}: it is not written again. */
    boolean reused(OrganisationId id) {
        return orgs.containsKey(id);
    }

    /** Whether the target's stored document stands for {@code id}: it is not written again. */
    boolean reused(DocumentId id) {
        return documents.containsKey(id);
    }

    /** What to save for the replayed member {@code m}: itself, the stored member with additions, or nothing. */
    Optional<Member> toSave(Member m) {
        if (!members.containsKey(m.id())) {
            return Optional.of(new Member(m.id(), m.code(), m.fullName(),
                    m.memberships().stream().map(this::membership).toList(),
                    m.roles().stream().map(this::role).toList(), 1));
        }
        return Optional.ofNullable(extended.get(m.id()));
    }

    OrganisationId organisation(OrganisationId id) {
        return orgs.getOrDefault(id, id);
    }

    private @Nullable OrganisationId parent(@Nullable OrganisationId id) {
        return id == null ? null : organisation(id);
    }

    MemberId member(MemberId id) {
        return members.getOrDefault(id, id);
    }

    private @Nullable DocumentId document(@Nullable DocumentId id) {
        return id == null ? null : documents.getOrDefault(id, id);
    }

    Member.Membership membership(Member.Membership m) {
        return new Member.Membership(organisation(m.organisation()), m.period(), m.status());
    }

    Member.Role role(Member.Role r) {
        return new Member.Role(organisation(r.organisation()), r.kind(), r.period());
    }

    private @Nullable Target target(@Nullable Target t) {
        if (t == null) {
            return null;
        }
        if (t instanceof Target.OfMember m) {
            return Target.member(member(m.member()));
        }
        return Target.organisation(organisation(((Target.OfOrganisation) t).organisation()));
    }

    private List<Target> targets(List<Target> list) {
        return list.stream().map(t -> Objects.requireNonNull(target(t))).toList();
    }

    private List<MemberId> memberList(List<MemberId> list) {
        return list.stream().map(this::member).toList();
    }

    /** {@code o} at {@code version}, with {@code assignments} or none. */
    Organisation organisation(Organisation o, boolean withAssignments, long version) {
        List<Organisation.Assignment> assignments = withAssignments ? o.assignments().stream()
                .map(a -> new Organisation.Assignment(member(a.member()), a.period())).toList() : List.of();
        return new Organisation(o.id(), o.code(), o.name(), o.kind(), parent(o.parent()), o.established(),
                assignments, version);
    }

    Document document(Document x) {
        return new Document(x.id(), x.number(), organisation(x.issuer()), x.issuedOn(), x.term(), x.title(),
                document(x.implementsDocument()), 1);
    }

    Dissemination dissemination(Dissemination s) {
        return new Dissemination(s.id(), Objects.requireNonNull(document(s.document())), organisation(s.cell()),
                s.heldOn(), memberList(s.attendees()), s.note(), 1);
    }

    Plan plan(Plan p) {
        return new Plan(p.id(), organisation(p.organisation()), p.year(), p.title(), items(p.draftItems()),
                p.revisions().stream().map(r -> new PlanRevision(r.number(), items(r.items()), r.adoptedOn(),
                        r.reason())).toList(), 1);
    }

    private List<PlanItem> items(List<PlanItem> items) {
        return items.stream().map(i -> new PlanItem(i.id(), i.kind(), i.mode(), targets(i.targets()), i.focus(),
                i.politicalTask(), i.content(), i.window(), member(i.responsible()), memberList(i.team()))).toList();
    }

    Activity activity(Activity a) {
        Conclusion c = a.conclusion();
        Conclusion conclusion = c == null ? null : new Conclusion(c.concludedOn(), c.strengths(), c.shortcomings(),
                c.violations().stream().map(f -> new ViolationFinding(target(f.target()), f.description(),
                        f.severity(), f.disciplineToBeConsidered())).toList(), c.minutesReference());
        List<Recommendation> recommendations = a.recommendations().stream().map(r -> new Recommendation(r.id(),
                r.text(), target(r.addressee()), r.due(), r.status(), r.closedOn(), r.followUpNote())).toList();
        List<Discipline> disciplines = a.disciplines().stream().map(x -> new Discipline(
                Objects.requireNonNull(target(x.target())), x.form(), x.decidedOn(), x.reason(),
                x.decisionReference())).toList();
        return new Activity(a.id(), organisation(a.organisation()), a.plan(), a.item(), a.kind(), a.mode(),
                targets(a.targets()), a.subject(), member(a.responsible()), a.stages(), conclusion, recommendations,
                a.coordinations(), disciplines, a.corrects(), 1);
    }

    Report report(Report r) {
        return new Report(r.id(), organisation(r.organisation()), r.period(), r.figures(), r.computedOn(),
                r.narrative(), r.status(), r.submissions(), 1);
    }
}
