package vn.ktgs;

import java.util.Objects;
import vn.ktgs.activity.Activities;
import vn.ktgs.activity.InMemoryActivities;
import vn.ktgs.document.Disseminations;
import vn.ktgs.document.Documents;
import vn.ktgs.document.InMemoryDisseminations;
import vn.ktgs.document.InMemoryDocuments;
import vn.ktgs.followup.InMemorySentNotices;
import vn.ktgs.followup.SentNotices;
import vn.ktgs.organisation.InMemoryMembers;
import vn.ktgs.organisation.InMemoryOrganisations;
import vn.ktgs.organisation.Members;
import vn.ktgs.organisation.Organisations;
import vn.ktgs.plan.InMemoryPlans;
import vn.ktgs.plan.Plans;
import vn.ktgs.report.InMemoryReports;
import vn.ktgs.report.Reports;

/**
 * Where the library keeps its records: one implementation of every repository port (the last,
 * {@link SentNotices}, remembers which notices of overdue work were sent). {@link #inMemory()} for
 * embedding and tests; the JDBC adapter supplies its own over a host's {@code DataSource}.
 */
public record Ports(
        Organisations organisations,
        Members members,
        Documents documents,
        Disseminations disseminations,
        Plans plans,
        Activities activities,
        Reports reports,
        SentNotices sentNotices) {

    public Ports {
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(disseminations, "disseminations");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(sentNotices, "sentNotices");
    }

    /** Fresh, empty in-memory ports. */
    public static Ports inMemory() {
        return new Ports(new InMemoryOrganisations(), new InMemoryMembers(), new InMemoryDocuments(),
                new InMemoryDisseminations(), new InMemoryPlans(), new InMemoryActivities(), new InMemoryReports(),
                new InMemorySentNotices());
    }
}
