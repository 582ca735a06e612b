package vn.ktgs.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.Ports;
import vn.ktgs.activity.Activity;
import vn.ktgs.document.Dissemination;
import vn.ktgs.document.Document;
import vn.ktgs.document.DocumentId;
import vn.ktgs.json.DatasetImporter.Result;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.plan.Plan;
import vn.ktgs.report.Report;

/**
 * Ghi vào kho: the one writer of an import, for any target {@link Ports} — the in-memory ports or the JDBC ones
 * alike (a database target is made all-or-nothing by the caller running the import in one transaction). One
 * {@code save} per aggregate, parents before children, with the ids of {@link StoredIds}. It checks nothing:
 * {@link CommitteeCheck} has passed before it runs. (The JDBC adapter's {@code BulkLoader} is not used: this
 * module does not depend on the JDBC adapter, and the loader takes version 1 only, where a reused member is saved
 * at its next version.)
 */
final class PortsWriter {

    private PortsWriter() {
    }

    /**
     * Copies every aggregate of {@code from} into {@code to}, parents before children, with the stored ids of what
     * {@code shared} reuses and without writing those again: organisations first without their BCH assignments
     * (version 1), then the members (who belong to them; a reused member with memberships or roles added in the
     * subtree at its next version), then the organisations that have assignments again with them (version 2: an
     * assignment names a member, and a database checks it).
     */
    static Result write(Ports from, Ports to, int year, Collection<MemberId> memberIds,
                        StoredIds shared) {
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
}
