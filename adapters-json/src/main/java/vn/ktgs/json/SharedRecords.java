package vn.ktgs.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Ports;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.RoleEntry;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
/**
 * Bản ghi dùng chung: the one check of a replayed committee's records, across every section, against a target
 * that already holds other committees — what they share, whether it is the same, and what may not be shared.
 *
 * <p>Shared and the same (reused, not written again): an organisation outside the committee's subtree stored under
 * its code with the same name, kind, parent code and establishment day, and, when it is a cell, the same
 * assignments of the dataset's members; a document of such an organisation stored under its number with the same
 * issue day, term, title and implemented document; a member stored under its code with the same full name and the
 * same memberships and roles in the dataset's organisations outside the subtree. A member's memberships, roles and
 * assignments inside the subtree are added to the stored member (a member who moved between committees), provided
 * no membership overlaps a stored one. Anything shared that differs is a {@code ktgs.dataset.sharedDiffers}
 * violation under its dataset path; an organisation of the subtree already stored is
 * {@code ktgs.dataset.alreadyStored}; a plan, record, report or session of a reused organisation is
 * {@code ktgs.dataset.sharedRecord}; a new secretary of a reused organisation whose term overlaps a stored
 * secretary's is {@code ktgs.role.taken}. What is reused is handed to the writer as {@link StoredIds}.
 */
final class SharedRecords {

    private final Dataset d;
    private final Ports from;
    private final Ports target;
    private final Set<OrganisationId> subtree = new HashSet<>();
    private final Map<OrganisationId, OrganisationId> orgs = new HashMap<>();
    private final Map<MemberId, MemberId> members = new HashMap<>();
    private final Map<MemberId, Member> extended = new HashMap<>();
    private final Map<DocumentId, DocumentId> documents = new HashMap<>();
    private final StoredIds ids = new StoredIds(orgs, members, extended, documents);
    private final Map<OrganisationId, String> storedCodes = new HashMap<>();
    private final List<Violation> v = new ArrayList<>();

    private SharedRecords(Dataset d, Ports from, Ports target) {
        this.d = d;
        this.from = from;
        this.target = target;
    }

    /**
     * Matches the replayed {@code from} against {@code target}.
     *
     * @return the stored ids of what is reused, for the writer
     * @throws RejectedException with every shared record that differs and every subtree code already stored
     */
    static StoredIds match(Dataset d, Ports from, Ports target) {
        SharedRecords s = new SharedRecords(d, from, target);
        s.collectSubtree(from.organisations().findByCode(d.committee()).orElseThrow());
        s.matchOrganisations();
        s.matchMembers();
        s.matchAssignments();
        s.matchDocuments();
        s.rejectRecordsOfReused();
        if (!s.v.isEmpty()) {
            throw new RejectedException(s.v);
        }
        return s.ids;
    }

    /** The dataset's committee and the organisations below it, as they appear in the dataset file. */
    static Set<String> subtreeCodes(Dataset d) {
        Map<String, List<String>> children = new HashMap<>();
        for (OrganisationEntry e : d.organisations()) {
            if (e.parent() != null) {
                children.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e.code());
            }
        }
        Set<String> codes = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(d.committee()));
        while (!todo.isEmpty()) {
            String code = todo.remove(todo.size() - 1);
            if (codes.add(code)) {
                todo.addAll(children.getOrDefault(code, List.of()));
            }
        }
        return codes;
    }

    private void collectSubtree(Organisation o) {
        subtree.add(o.id());
        from.organisations().children(o.id()).forEach(this::collectSubtree);
    }

    // ---------------------------------------------------------------- matching

    private void matchOrganisations() {
        for (int i = 0; i < d.organisations().size(); i++) {
            OrganisationEntry e = d.organisations().get(i);
            Optional<Organisation> stored = target.organisations().findByCode(e.code());
            if (stored.isEmpty()) {
                continue;
            }
            Organisation mine = from.organisations().findByCode(e.code()).orElseThrow();
            String path = "organisations[" + i + "]";
            if (subtree.contains(mine.id())) {
                v.add(Violation.of(path + ".code", "ktgs.dataset.alreadyStored", "code", e.code()));
                continue;
            }
            Organisation s = stored.get();
            compare(path + ".name", e.code(), s.name(), mine.name());
            compare(path + ".kind", e.code(), s.kind(), mine.kind());
            compare(path + ".parent", e.code(), s.parent() == null ? "—" : storedCode(s.parent()),
                    e.parent() == null ? "—" : e.parent());
            compare(path + ".established", e.code(), s.established(), mine.established());
            orgs.put(mine.id(), s.id());
        }
    }

    private void matchMembers() {
        Set<String> shared = new HashSet<>();
        for (Organisation o : from.organisations().all()) {
            if (!subtree.contains(o.id())) {
                shared.add(o.code());
            }
        }
        Map<String, List<Integer>> spells = indexBy(d.memberships(), MembershipEntry::member);
        Map<String, List<Integer>> roles = indexBy(d.roles(), RoleEntry::member);
        for (int i = 0; i < d.members().size(); i++) {
            String code = d.members().get(i).code();
            Optional<Member> stored = target.members().findByCode(code);
            if (stored.isEmpty()) {
                continue;
            }
            Member s = stored.get();
            Member mine = from.members().findByCode(code).orElseThrow();
            String path = "members[" + i + "]";
            compare(path + ".fullName", code, s.fullName(), mine.fullName());
            compare(path + ".memberships", code,
                    describe(s.memberships(), m -> storedCode(m.organisation()), shared, SharedRecords::spell),
                    describe(mine.memberships(), m -> fromCode(m.organisation()), shared, SharedRecords::spell));
            compare(path + ".roles", code,
                    describe(s.roles(), r -> storedCode(r.organisation()), shared, SharedRecords::held),
                    describe(mine.roles(), r -> fromCode(r.organisation()), shared, SharedRecords::held));
            members.put(mine.id(), s.id());
            List<Member.Membership> added = mine.memberships().stream()
                    .filter(m -> subtree.contains(m.organisation())).toList();
            List<Member.Role> addedRoles = mine.roles().stream().filter(r -> subtree.contains(r.organisation()))
                    .toList();
            for (int k : spells.getOrDefault(code, List.of())) {
                MembershipEntry e = d.memberships().get(k);
                if (shared.contains(e.cell())) {
                    continue;
                }
                DateRange period = new DateRange(e.from(), e.to());
                s.memberships().stream().filter(m -> m.period().overlaps(period)).findFirst().ifPresent(m ->
                        v.add(Violation.of("memberships[" + k + "].from", "ktgs.membership.overlap", "since",
                                m.period().from(), "from", e.from())));
            }
            if (!added.isEmpty() || !addedRoles.isEmpty()) {
                List<Member.Membership> nextMemberships = new ArrayList<>(s.memberships());
                added.forEach(m -> nextMemberships.add(ids.membership(m)));
                nextMemberships.sort(Comparator.comparing(m -> m.period().from()));
                List<Member.Role> nextRoles = new ArrayList<>(s.roles());
                addedRoles.forEach(r -> nextRoles.add(ids.role(r)));
                nextRoles.sort(Comparator.comparing((Member.Role r) -> r.period().from())
                        .thenComparing(Member.Role::kind));
                extended.put(mine.id(), new Member(s.id(), s.code(), s.fullName(), nextMemberships, nextRoles,
                        s.version() + 1));
            }
            roles.remove(code);
        }
        for (List<Integer> list : roles.values()) {
            for (int k : list) {
                secretaryTaken(k);
            }
        }
    }

    /** A new member's single-holder role in a reused organisation must not overlap a stored holder's. */
    private void secretaryTaken(int k) {
        RoleEntry e = d.roles().get(k);
        Organisation mine = from.organisations().findByCode(e.organisation()).orElseThrow();
        OrganisationId stored = orgs.get(mine.id());
        if (stored == null || !e.role().isSingleHolder()) {
            return;
        }
        DateRange period = new DateRange(e.from(), e.to());
        for (Member other : target.members().ofOrganisation(stored)) {
            for (Member.Role r : other.roles()) {
                if (r.kind() == e.role() && r.organisation().equals(stored) && r.period().overlaps(period)) {
                    v.add(Violation.of("roles[" + k + "].role", "ktgs.role.taken", "role", e.role(), "holder",
                            other.fullName()));
                }
            }
        }
    }

    private void matchAssignments() {
        Set<String> listed = new HashSet<>();
        d.members().forEach(m -> listed.add(m.code()));
        for (int i = 0; i < d.organisations().size(); i++) {
            OrganisationEntry e = d.organisations().get(i);
            Organisation mine = from.organisations().findByCode(e.code()).orElseThrow();
            OrganisationId storedId = orgs.get(mine.id());
            if (storedId == null) {
                continue;
            }
            Organisation s = target.organisations().find(storedId).orElseThrow();
            List<String> stored = new ArrayList<>();
            for (Organisation.Assignment a : s.assignments()) {
                String code = target.members().find(a.member()).orElseThrow().code();
                if (listed.contains(code)) {
                    stored.add(code + " " + a.period());
                }
            }
            List<String> incoming = new ArrayList<>();
            for (Organisation.Assignment a : mine.assignments()) {
                incoming.add(from.members().find(a.member()).orElseThrow().code() + " " + a.period());
            }
            compare("organisations[" + i + "].assignments", e.code(), sorted(stored), sorted(incoming));
        }
    }

    private void matchDocuments() {
        for (int i = 0; i < d.documents().size(); i++) {
            DocumentEntry e = d.documents().get(i);
            Organisation issuer = from.organisations().findByCode(e.issuer()).orElseThrow();
            OrganisationId storedIssuer = orgs.get(issuer.id());
            if (storedIssuer == null) {
                continue;
            }
            Optional<Document> stored = target.documents().ofIssuer(storedIssuer).stream()
                    .filter(x -> x.number().format().equals(e.number())).findFirst();
            if (stored.isEmpty()) {
                continue;
            }
            Document s = stored.get();
            Document mine = from.documents().ofIssuer(issuer.id()).stream()
                    .filter(x -> x.number().format().equals(e.number())).findFirst().orElseThrow();
            String path = "documents[" + i + "]";
            compare(path + ".issuedOn", e.number(), s.issuedOn(), mine.issuedOn());
            compare(path + ".term", e.number(), s.term().name() + " " + s.term().period(),
                    mine.term().name() + " " + mine.term().period());
            compare(path + ".title", e.number(), s.title(), mine.title());
            compare(path + ".implements", e.number(), number(target, s.implementsDocument()),
                    number(from, mine.implementsDocument()));
            documents.put(mine.id(), s.id());
        }
    }

    private void rejectRecordsOfReused() {
        Set<String> reused = new HashSet<>();
        for (OrganisationId id : orgs.keySet()) {
            reused.add(fromCode(id));
        }
        for (int i = 0; i < d.plans().size(); i++) {
            sharedRecord("plans[" + i + "].organisation", d.plans().get(i).organisation(), reused);
        }
        for (int i = 0; i < d.activities().size(); i++) {
            String org = d.activities().get(i).organisation();
            if (org != null) {
                sharedRecord("activities[" + i + "].organisation", org, reused);
            }
        }
        for (int i = 0; i < d.reports().size(); i++) {
            sharedRecord("reports[" + i + "].organisation", d.reports().get(i).organisation(), reused);
        }
        for (int i = 0; i < d.disseminations().size(); i++) {
            sharedRecord("disseminations[" + i + "].cell", d.disseminations().get(i).cell(), reused);
        }
    }

    private void sharedRecord(String path, String code, Set<String> reused) {
        if (reused.contains(code)) {
            v.add(Violation.of(path, "ktgs.dataset.sharedRecord", "code", code, "committee", d.committee()));
        }
    }

    private void compare(String path, String code, Object stored, Object incoming) {
        if (!stored.equals(incoming)) {
            v.add(Violation.of(path, "ktgs.dataset.sharedDiffers", "code", code, "stored", text(stored),
                    "incoming", text(incoming)));
        }
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "—" : String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static <T> Map<String, List<Integer>> indexBy(List<T> list, Function<T, String> key) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int k = 0; k < list.size(); k++) {
            index.computeIfAbsent(key.apply(list.get(k)), x -> new ArrayList<>()).add(k);
        }
        return index;
    }

    /** The records of {@code list} in the dataset's shared organisations, as sorted text. */
    private static <T> List<String> describe(List<T> list, Function<T, String> code, Set<String> shared,
                                             Function<T, String> rest) {
        List<String> out = new ArrayList<>();
        for (T x : list) {
            String c = code.apply(x);
            if (shared.contains(c)) {
                out.add(c + " " + rest.apply(x));
            }
        }
        return sorted(out);
    }

    private static String spell(Member.Membership m) {
        return m.period() + " " + m.status();
    }

    private static String held(Member.Role r) {
        return r.kind() + " " + r.period();
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(null);
        return out;
    }

    private String storedCode(OrganisationId id) {
        return storedCodes.computeIfAbsent(id, x -> target.organisations().find(x).orElseThrow().code());
    }

    private String fromCode(OrganisationId id) {
        return from.organisations().find(id).orElseThrow().code();
    }

    private static String number(Ports ports, @Nullable DocumentId id) {
        return id == null ? "—" : ports.documents().find(id).orElseThrow().number().format();
    }
}
