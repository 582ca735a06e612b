package vn.ktgs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.ktgs.Ktgs;
import vn.ktgs.Ports;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.followup.Escalation;
import vn.ktgs.followup.FollowUpRules;
import vn.ktgs.followup.FollowUpService;
import vn.ktgs.followup.Overdue;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.json.JsonFollowUpRules;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.report.ReportingSchedule;

/**
 * {@code ktgs overdue --data FILE [--on DAY] [--rules FILE]}: what is overdue on a day in the dataset's committee
 * and below it — plans not adopted, plan items past their window, recommendations past due, reports not submitted,
 * cells without an assigned BCH member, members not reached by a dissemination — with who is responsible, how many
 * days late and the step of escalation reached with the members it goes to; the list the core computes
 * ({@code Ktgs.followUp()}), as the web page shows it, under the shipped follow-up rules or a JSON file of them.
 */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "What is overdue on a day in the dataset's committee, with who is responsible and the step"
                + " of escalation.")
final class OverdueCommand extends DatasetCommand {

    @Option(names = "--on", paramLabel = "DAY", description = "the day; default: the dataset's asOf")
    @Nullable LocalDate on;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "follow-up rules (JSON: deadlines and steps of escalation); default: the shipped rules")
    @Nullable Path rules;

    @Override
    public Integer call() {
        FollowUpRules chosen = null;
        if (rules != null) {
            try (InputStream in = Files.newInputStream(existingFile(rules))) {
                chosen = new JsonFollowUpRules().read(in);
            } catch (NoSuchFileException e) {
                throw usage("noSuchFile", rules);
            } catch (IOException e) {
                throw usage("cannotRead", rules, e.getMessage());
            } catch (RejectedException e) {
                for (Violation v : e.violations()) {
                    err().println(rules + ": " + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message(locale()));
                }
                return KtgsCli.INVALID;
            }
        }
        FollowUpRules given = chosen;
        int documents = eachDataset((doc, d) -> {
            Ktgs ktgs = replay(d);
            Organisation committee = committee(ktgs, d);
            LocalDate day = on == null ? d.asOf() : on;
            List<Overdue> list = service(ktgs, given).overdue(committee.id(), day);
            PrintWriter o = out();
            if (doc.index() > 0) {
                o.println();
            }
            o.println(text("overdue.head", committee.name(), day, list.size()));
            for (Overdue x : list) {
                Organisation owner = ktgs.organisations().organisation(x.organisation());
                String who = x.responsibleMember().map(m -> person(ktgs, m)).orElse(text("overdue.nobody"));
                String what = x.period() != null ? x.period().toString()
                        : x.member() != null ? x.subject() + " — " + person(ktgs, x.member())
                        : !x.subject().isEmpty() ? x.subject()
                        : x.kind() == OverdueKind.CELL_WITHOUT_ASSIGNED_MEMBER ? owner.name()
                        : String.valueOf(x.due().getYear());
                o.println(String.format("  %-10s %s: %s", owner.code(), x.kind().label(locale()), what));
                o.println("             " + text("overdue.line", x.due(), x.daysOverdue(), who));
                Escalation e = x.escalation();
                if (e == null) {
                    o.println("             " + text("overdue.noStep"));
                } else {
                    String roles = e.rule().to().stream().map(r -> r.label(locale())).collect(Collectors.joining(", "));
                    String to = e.recipients().isEmpty() ? text("overdue.noRecipient")
                            : e.recipients().stream().map(m -> person(ktgs, m)).collect(Collectors.joining(", "));
                    o.println("             " + text("overdue.step", e.step(), e.of(), e.rule().afterDays(), roles,
                            to));
                }
            }
            o.flush();
        });
        if (documents > 1) {
            out().println();
            summary(documents);
        }
        return exitCode();
    }

    private static FollowUpService service(Ktgs ktgs, @Nullable FollowUpRules rules) {
        if (rules == null) {
            return ktgs.followUp();
        }
        Ports p = ktgs.ports();
        return new FollowUpService(ktgs.organisations(), p.plans(), p.activities(), p.reports(), p.documents(),
                p.disseminations(), p.sentNotices(), ReportingSchedule.defaults(), rules);
    }

    private static String person(Ktgs ktgs, MemberId id) {
        return ktgs.organisations().findMember(id).map(m -> m.code() + " " + m.fullName()).orElse(id.toString());
    }
}
