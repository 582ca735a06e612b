package vn.ktgs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.followup.Overdue;
import vn.ktgs.organisation.Organisation;

/**
 * {@code ktgs overdue --data FILE [--on DAY]}: what is overdue on a day in the dataset's committee and below it —
 * plans not adopted, plan items past their window, recommendations past due, reports not submitted — with who is
 * responsible and how many days late; the list the core computes ({@code Ktgs.followUp()}), as the web page shows it.
 */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "What is overdue on a day in the dataset's committee, with who is responsible.")
final class OverdueCommand extends KtgsCli.DatasetCommand {

    @Option(names = "--on", paramLabel = "DAY", description = "the day; default: the dataset's asOf")
    @Nullable LocalDate on;

    @Override
    public Integer call() {
        int documents = eachDataset((doc, d) -> {
            Ktgs ktgs = replay(d);
            Organisation committee = committee(ktgs, d);
            LocalDate day = on == null ? d.asOf() : on;
            List<Overdue> list = ktgs.followUp().overdue(committee.id(), day);
            PrintWriter o = out();
            if (doc.index() > 0) {
                o.println();
            }
            o.println(text("overdue.head", committee.name(), day, list.size()));
            for (Overdue x : list) {
                String org = ktgs.organisations().organisation(x.organisation()).code();
                String who = x.responsibleMember().map(m -> ktgs.organisations().member(m))
                        .map(m -> m.code() + " " + m.fullName()).orElse(text("overdue.nobody"));
                String what = x.period() != null ? x.period().toString()
                        : x.subject().isEmpty() ? String.valueOf(x.due().getYear()) : x.subject();
                o.println(String.format("  %-10s %s: %s", org, x.kind().label(locale()), what));
                o.println("             " + text("overdue.line", x.due(), x.daysOverdue(), who));
            }
            o.flush();
        });
        if (documents > 1) {
            out().println();
            summary(documents);
        }
        return exitCode();
    }
}
