package vn.ktgs.report;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktgs.common.DateRange;

/**
 * Kỳ báo cáo: one reporting period, written as a code: {@code 2025-M03} (March), {@code 2025-Q1} (first quarter),
 * {@code 2025-H1} (first six months), {@code 2025-9M} (nine months), {@code 2025} (the year).
 * {@link #parse(String)} and {@link #toString()} are inverse to each other.
 *
 * @param year the calendar year, 1000 to 9999
 * @param index which period of its kind in the year, 1 to {@link PeriodKind#perYear()}
 */
public record ReportingPeriod(PeriodKind kind, int year, int index) implements Comparable<ReportingPeriod> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:M(\\d{2})|Q(\\d)|H(\\d)|(9M)))?");
    private static final Comparator<ReportingPeriod> ORDER = Comparator.comparingInt((ReportingPeriod p) -> p.year())
            .thenComparing(ReportingPeriod::lastMonth)
            .thenComparing(ReportingPeriod::kind);

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException(kind + " index must be 1 to " + kind.perYear() + ": " + index);
        }
    }

    /** Month {@code month} (1 to 12) of {@code year}. */
    public static ReportingPeriod month(int year, int month) {
        return new ReportingPeriod(PeriodKind.MONTH, year, month);
    }

    /** Quarter {@code quarter} (1 to 4) of {@code year}. */
    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(PeriodKind.QUARTER, year, quarter);
    }

    /** Half {@code half} (1 or 2) of {@code year}. */
    public static ReportingPeriod halfYear(int year, int half) {
        return new ReportingPeriod(PeriodKind.HALF_YEAR, year, half);
    }

    /** January to September of {@code year}. */
    public static ReportingPeriod nineMonths(int year) {
        return new ReportingPeriod(PeriodKind.NINE_MONTHS, year, 1);
    }

    /** The whole of {@code year}. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(PeriodKind.YEAR, year, 1);
    }

    /**
     * The period a code names.
     *
     * @throws IllegalArgumentException when the code is malformed or names no period (for example {@code 2025-M13})
     */
    public static ReportingPeriod parse(String code) {
        return tryParse(code).orElseThrow(() -> new IllegalArgumentException("not a reporting period: " + code));
    }

    /** The period a code names, or empty when the code is malformed or names no period. */
    public static Optional<ReportingPeriod> tryParse(String code) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        PeriodKind kind;
        int index;
        if (m.group(2) != null) {
            kind = PeriodKind.MONTH;
            index = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            kind = PeriodKind.QUARTER;
            index = Integer.parseInt(m.group(3));
        } else if (m.group(4) != null) {
            kind = PeriodKind.HALF_YEAR;
            index = Integer.parseInt(m.group(4));
        } else if (m.group(5) != null) {
            kind = PeriodKind.NINE_MONTHS;
            index = 1;
        } else {
            kind = PeriodKind.YEAR;
            index = 1;
        }
        if (year < 1000 || index < 1 || index > kind.perYear()) {
            return Optional.empty();
        }
        return Optional.of(new ReportingPeriod(kind, year, index));
    }

    /** The first calendar month of the period. */
    public YearMonth firstMonth() {
        return lastMonth().minusMonths(kind.months() - 1L);
    }

    /** The last calendar month of the period. */
    public YearMonth lastMonth() {
        return YearMonth.of(year, index * kind.months());
    }

    /** The calendar range: the first day of the first month to the last day of the last month. */
    public DateRange calendarRange() {
        return DateRange.of(firstMonth().atDay(1), lastMonth().atEndOfMonth());
    }

    /** Orders by year, then by last month, then by kind (so {@code 2025-M03} comes before {@code 2025-Q1}). */
    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    /** The code: {@code 2025-M03}, {@code 2025-Q1}, {@code 2025-H1}, {@code 2025-9M} or {@code 2025}. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%d-M%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> Integer.toString(year);
        };
    }
}
