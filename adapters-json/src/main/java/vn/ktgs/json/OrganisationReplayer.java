package vn.ktgs.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Entity;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
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

/**
 * Replays {@code organisations}, {@code members}, {@code memberships}, {@code roles} and {@code assignments} at
 * once, before any dated step (no clock): the tree parents first ({@code ktgs.dataset.duplicateCode},
 * {@code unknownCode} of a parent, {@code organisation.cycle}), then the members, each member's spells in the order
 * of their days (a probationary spell followed the next day by a full one in the same cell is an admission), the
 * roles and the BCH assignments.
 */
final class OrganisationReplayer extends SectionReplayer {

    OrganisationReplayer(ReplayState s) {
        super(s);
    }

    /** Registers the tree and the people; every problem goes into the replay's violations. */
    void replay() {
        organisations();
        people();
    }

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
}
