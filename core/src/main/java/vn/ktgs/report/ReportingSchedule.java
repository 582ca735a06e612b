package vn.ktgs.report;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.internal.DataFile;

/**
 * Lịch báo cáo định kỳ: which kinds of period a cell must report, the cut-off day (ngày chốt số liệu) that closes
 * each period's data window, and the deadline (hạn gửi) of each report. The numbers are set locally under
 * 885-QĐ/UBKTTW; the library ships defaults in {@code vn/ktgs/report/reporting-schedule.properties} and a host
 * reads its own with {@link #read(InputStream)}.
 *
 * <p>Keys of the data file (all required, nothing else allowed): {@code required} (kinds, comma-separated),
 * {@code cutOffDay.<KIND>} (0 to 28) and {@code deadlineDays.<KIND>} (0 or more) for every {@link PeriodKind}.
 */
public final class ReportingSchedule {

    /** The highest cut-off day: one that every month has. */
    public static final int MAX_CUT_OFF_DAY = 28;

    private static final int SCHEMA = 1;
    private static final String RESOURCE = "reporting-schedule.properties";
    private static final String KINDS = "(MONTH|QUARTER|HALF_YEAR|NINE_MONTHS|YEAR)";
    private static final List<Pattern> KEYS = List.of(Pattern.compile("required"),
            Pattern.compile("cutOffDay\\." + KINDS), Pattern.compile("deadlineDays\\." + KINDS));
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private final DataFile.Header header;
    private final Set<PeriodKind> required;
    private final Map<PeriodKind, Integer> cutOffDays;
    private final Map<PeriodKind, Integer> deadlineDays;

    private ReportingSchedule(DataFile.Header header, Set<PeriodKind> required, Map<PeriodKind, Integer> cutOffDays,
                              Map<PeriodKind, Integer> deadlineDays) {
        this.header = header;
        this.required = Set.copyOf(required);
        this.cutOffDays = Map.copyOf(cutOffDays);
        this.deadlineDays = Map.copyOf(deadlineDays);
    }

    /** The defaults shipped with the library: quarter and year required, cut-off at month end. */
    public static ReportingSchedule defaults() {
        return from(DataFile.resource(ReportingSchedule.class, RESOURCE, SCHEMA, KEYS));
    }

    /**
     * Reads a schedule from a data file (UTF-8 {@code .properties}, schema version 1).
     *
     * @throws RejectedException with every problem, each with the path {@code reporting-schedule.properties:key}
     */
    public static ReportingSchedule read(InputStream in) {
        return from(DataFile.read(RESOURCE, Objects.requireNonNull(in, "in"), SCHEMA, KEYS));
    }

    private static ReportingSchedule from(DataFile file) {
        List<Violation> v = new ArrayList<>();
        Map<String, String> entries = file.entries();
        Set<PeriodKind> required = EnumSet.noneOf(PeriodKind.class);
        String listed = entries.get("required");
        if (listed == null) {
            v.add(Violation.of(path(file, "required"), "ktgs.data.missingKey"));
        } else if (listed.isBlank()) {
            v.add(Violation.of(path(file, "required"), "ktgs.report.schedule.required.empty"));
        } else {
            for (String name : listed.split(",", -1)) {
                String kind = name.strip();
                if (Arrays.stream(PeriodKind.values()).anyMatch(k -> k.name().equals(kind))) {
                    required.add(PeriodKind.valueOf(kind));
                } else {
                    v.add(Violation.of(path(file, "required"), "ktgs.report.schedule.kind.unknown", "value", kind));
                }
            }
        }
        Map<PeriodKind, Integer> cutOff = new EnumMap<>(PeriodKind.class);
        Map<PeriodKind, Integer> deadline = new EnumMap<>(PeriodKind.class);
        for (PeriodKind kind : PeriodKind.values()) {
            String cutOffKey = "cutOffDay." + kind.name();
            Integer day = number(file, cutOffKey, v);
            if (day != null && day > MAX_CUT_OFF_DAY) {
                v.add(Violation.of(path(file, cutOffKey), "ktgs.report.schedule.cutOffDay.range",
                        "value", day, "max", MAX_CUT_OFF_DAY));
            } else if (day != null) {
                cutOff.put(kind, day);
            }
            Integer days = number(file, "deadlineDays." + kind.name(), v);
            if (days != null) {
                deadline.put(kind, days);
            }
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return new ReportingSchedule(file.header(), required, cutOff, deadline);
    }

    /** The non-negative number under {@code key}, or {@code null} after adding the violation. */
    private static @Nullable Integer number(DataFile file, String key, List<Violation> v) {
        String value = file.entries().get(key);
        if (value == null) {
            v.add(Violation.of(path(file, key), "ktgs.data.missingKey"));
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            v.add(Violation.of(path(file, key), "ktgs.data.notANumber", "value", value));
            return null;
        }
        int n = Integer.parseInt(value);
        if (n < 0) {
            v.add(Violation.of(path(file, key), "ktgs.report.schedule.negative", "value", n));
            return null;
        }
        return n;
    }

    private static String path(DataFile file, String key) {
        return file.name() + ":" + key;
    }

    /** The header of the data file: schema version, legal reference, effective date. */
    public DataFile.Header header() {
        return header;
    }

    /** The kinds of period every cell must report. */
    public Set<PeriodKind> required() {
        return required;
    }

    /** Whether reports of this kind are required. */
    public boolean isRequired(PeriodKind kind) {
        return required.contains(kind);
    }

    /** The cut-off day of a kind: 0 for the last day of the month, otherwise 1 to 28. */
    public int cutOffDay(PeriodKind kind) {
        return cutOffDays.get(kind);
    }

    /** How many days after the window's last day a report of this kind is due. */
    public int deadlineDays(PeriodKind kind) {
        return deadlineDays.get(kind);
    }

    /**
     * Khoảng số liệu: the days whose records a report of the period counts. With cut-off day 0 it is the period's
     * calendar range. With cut-off day {@code c} it runs from the day after day {@code c} of the month before the
     * period's first month to day {@code c} of the period's last month, so that the windows of consecutive
     * months or quarters follow one another without gap or overlap.
     */
    public DateRange window(ReportingPeriod period) {
        int c = cutOffDay(period.kind());
        LocalDate start = c == 0 ? period.firstMonth().atDay(1)
                : period.firstMonth().minusMonths(1).atDay(c).plusDays(1);
        return DateRange.of(start, windowEnd(period));
    }

    /** Hạn gửi báo cáo: the last day on which the report of the period is on time. */
    public LocalDate deadline(ReportingPeriod period) {
        return windowEnd(period).plusDays(deadlineDays(period.kind()));
    }

    /** The last day of the period's data window. */
    public LocalDate windowEnd(ReportingPeriod period) {
        int c = cutOffDay(period.kind());
        return c == 0 ? period.lastMonth().atEndOfMonth() : period.lastMonth().atDay(c);
    }

    /** Every period of {@code year} whose kind the schedule requires, in period order ({@link ReportingPeriod}). */
    public java.util.List<ReportingPeriod> requiredPeriods(int year) {
        java.util.List<ReportingPeriod> out = new java.util.ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            if (isRequired(kind)) {
                for (int index = 1; index <= kind.perYear(); index++) {
                    out.add(new ReportingPeriod(kind, year, index));
                }
            }
        }
        out.sort(null);
        return java.util.List.copyOf(out);
    }
}
