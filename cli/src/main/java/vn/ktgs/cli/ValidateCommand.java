package vn.ktgs.cli;

import picocli.CommandLine.Command;
import vn.ktgs.cli.KtgsCli.Lang;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads a dataset strictly and replays it through every rule, in memory; stores nothing.")
final class ValidateCommand extends DatasetCommand {
    @picocli.CommandLine.Mixin
    Threads threads;

    @Override
    int threads() {
        return threads.count();
    }

    @Override
    public Integer call() {
        int documents = eachDataset((doc, d) -> {
            replay(d);
            out().printf(lang == Lang.en
                            ? "%s%s: valid — committee %s, year %d, as of %s: %d organisations, %d members,"
                            + " %d documents, %d plans, %d activities, %d reports%n"
                            : "%s%s: hợp lệ — đảng bộ %s, năm %d, ngày chốt %s: %d tổ chức, %d đảng viên,"
                            + " %d văn bản, %d kế hoạch, %d hồ sơ, %d báo cáo%n",
                    data, doc.prefix(), d.committee(), d.year(), d.asOf(), d.organisations().size(),
                    d.members().size(), d.documents().size(), d.plans().size(), d.activities().size(),
                    d.reports().size());
        });
        if (documents > 1) {
            summary(documents);
        }
        return exitCode();
    }
}
