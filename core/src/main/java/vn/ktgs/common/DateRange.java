package vn.ktgs.common;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Khoảng thời gian: an inclusive range of calendar days; an open end ({@code to == null}) means "until further notice".
 */
public record DateRange(LocalDate from, @Nullable LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a range cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, Objects.requireNonNull(to, "to"));
    }

    public static DateRange from(LocalDate from) {
        return new DateRange(from, null);
    }

    /** 1 January to 31 December of {@code year}. */
    public static DateRange year(int year) {
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static DateRange year(Year year) {
        return year(year.getValue());
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether every day of {@code other} is in this range. */
    public boolean encloses(DateRange other) {
        if (other.from.isBefore(from)) {
            return false;
        }
        if (to == null) {
            return true;
        }
        return other.to != null && !other.to.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = other.to == null || !from.isAfter(other.to);
        boolean otherStartsBeforeThisEnds = to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** The same range closed on {@code end}. */
    public DateRange endingOn(LocalDate end) {
        return new DateRange(from, end);
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to);
    }
}
