package vn.ktgs.cli;

import vn.ktgs.json.Dataset;
import vn.ktgs.json.DatasetReader.Document;

/**
 * Tiến độ: how far a long run over a bundle has got, for its lines on stderr — committees done, bytes read, records
 * a second and the time left (the time so far, scaled by the bytes still to read), every
 * {@value KtgsCli#PROGRESS_DOCUMENTS} committees; and the run's last line, with its whole time and rate.
 */
final class ProgressLine {

    private final long size;
    private final long start = System.nanoTime();
    private int documents;
    private long records;
    private long bytesRead;

    ProgressLine(long size) {
        this.size = size;
    }

    /** Counts a document whose lines have been printed. */
    void done(Document document) {
        documents++;
        bytesRead = Math.max(bytesRead, document.bytesRead());
        Dataset d = document.dataset();
        if (d != null) {
            records += (long) d.organisations().size() + d.members().size() + d.memberships().size()
                    + d.roles().size() + d.assignments().size() + d.documents().size() + d.disseminations().size()
                    + d.plans().size() + d.activities().size() + d.reports().size();
        }
    }

    /** Whether a progress line is due now. */
    boolean due() {
        return documents % KtgsCli.PROGRESS_DOCUMENTS == 0;
    }

    /** {@code   1,500 datasets, 419,589,902 of 3,395,117,892 bytes (12%), 52,310 records/s, about 1 min 05 s left}. */
    String line(BaseCommand command) {
        double seconds = seconds();
        long left = bytesRead == 0 ? 0 : Math.round(seconds * (size - bytesRead) / bytesRead);
        return command.text("progress", documents, bytesRead, size, bytesRead * 100 / size, rate(seconds),
                duration(command, left));
    }

    /** {@code read 12,000 datasets (…) in 52 s, 210,000 records/s}. */
    String end(BaseCommand command) {
        double seconds = seconds();
        return command.text("progressEnd", documents, records, duration(command, Math.round(seconds)),
                rate(seconds));
    }

    private double seconds() {
        return Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    }

    private long rate(double seconds) {
        return Math.round(records / seconds);
    }

    static String duration(BaseCommand command, long seconds) {
        return seconds >= 60 ? command.text("minutes", seconds / 60, seconds % 60) : command.text("seconds", seconds);
    }
}
