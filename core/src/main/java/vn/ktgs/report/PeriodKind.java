package vn.ktgs.report;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Kỳ báo cáo: the kinds of reporting period of statistical reporting (885-QĐ/UBKTTW). Six months, nine months
 * and year are counted from 1 January; month and quarter follow one another.
 */
public enum PeriodKind implements Labelled {
    /** Tháng: one calendar month; index 1 to 12. */
    MONTH(12, 1),
    /** Quý: three months; index 1 to 4. */
    QUARTER(4, 3),
    /** Sáu tháng: January to June (index 1) or July to December (index 2). */
    HALF_YEAR(2, 6),
    /** Chín tháng: January to September; index 1. */
    NINE_MONTHS(1, 9),
    /** Năm: January to December; index 1. */
    YEAR(1, 12);

    private final int perYear;
    private final int months;

    PeriodKind(int perYear, int months) {
        this.perYear = perYear;
        this.months = months;
    }

    /** How many periods of this kind a year has: the highest index. */
    public int perYear() {
        return perYear;
    }

    /** How many calendar months one period spans. */
    public int months() {
        return months;
    }

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
