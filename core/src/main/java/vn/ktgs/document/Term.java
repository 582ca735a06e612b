package vn.ktgs.document;

import java.time.LocalDate;
import java.util.Objects;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Texts;

/**
 * Nhiệm kỳ: the term of a Party committee, within which each type of document is numbered from 01.
 *
 * @param name the name, stored in Unicode NFC, for example {@code 2020–2025}
 * @param period the days of the term, both ends known
 */
public record Term(String name, DateRange period) {

    public Term {
        name = Texts.nfc(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(period, "period");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a term has a name");
        }
        if (period.isOpen()) {
            throw new IllegalArgumentException("a term has a last day");
        }
    }

    /** The term {@code name} from {@code from} to {@code to}, both included. */
    public static Term of(String name, LocalDate from, LocalDate to) {
        return new Term(name, DateRange.of(from, to));
    }

    /** Whether {@code day} falls within the term. */
    public boolean contains(LocalDate day) {
        return period.contains(day);
    }
}
