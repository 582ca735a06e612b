package vn.ktgs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

class ReportingScheduleTest {

    private static final String FILE = "reporting-schedule.properties";

    /** A complete schedule file with cut-off day {@code cutOff} for every kind, then {@code extra} lines. */
    static String file(int cutOff, String extra) {
        StringBuilder s = new StringBuilder("""
                schemaVersion=1
                legalReference=885-QĐ/UBKTTW; quy định của tỉnh
                effectiveFrom=2025-01-01
                required=MONTH,QUARTER,HALF_YEAR,NINE_MONTHS,YEAR
                """);
        for (PeriodKind k : PeriodKind.values()) {
            s.append("cutOffDay.").append(k.name()).append('=').append(cutOff).append('\n');
            s.append("deadlineDays.").append(k.name()).append('=').append(3).append('\n');
        }
        return s.append(extra).toString();
    }

    static ReportingSchedule read(String text) {
        return ReportingSchedule.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static RejectedException rejection(String text) {
        return catchThrowableOfType(RejectedException.class, () -> read(text));
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void defaultsRequireQuarterAndYearWithMonthEndCutOff() {
        ReportingSchedule s = ReportingSchedule.defaults();

        assertThat(s.required()).containsExactlyInAnyOrder(PeriodKind.QUARTER, PeriodKind.YEAR);
        assertThat(s.header().legalReference()).startsWith("885-QĐ/UBKTTW");
        assertThat(s.header().effectiveFrom()).isEqualTo(d(2025, 1, 1));
        assertThat(s.window(ReportingPeriod.quarter(2025, 1))).isEqualTo(DateRange.of(d(2025, 1, 1), d(2025, 3, 31)));
        assertThat(s.window(ReportingPeriod.year(2025))).isEqualTo(DateRange.year(2025));
    }

    @Test
    void defaultDeadlinesCountFromTheWindowEnd() {
        ReportingSchedule s = ReportingSchedule.defaults();

        assertThat(s.deadline(ReportingPeriod.month(2025, 2))).isEqualTo(d(2025, 3, 5));      // 28/2 + 5
        assertThat(s.deadline(ReportingPeriod.quarter(2025, 1))).isEqualTo(d(2025, 4, 10));   // 31/3 + 10
        assertThat(s.deadline(ReportingPeriod.halfYear(2025, 1))).isEqualTo(d(2025, 7, 15));  // 30/6 + 15
        assertThat(s.deadline(ReportingPeriod.nineMonths(2025))).isEqualTo(d(2025, 10, 15));  // 30/9 + 15
        assertThat(s.deadline(ReportingPeriod.year(2025))).isEqualTo(d(2026, 1, 20));         // 31/12 + 20
    }

    @Test
    void aCutOffDayClosesTheWindowOnThatDayAndOpensItTheDayAfterThePreviousCutOff() {
        ReportingSchedule s = read(file(25, ""));

        assertThat(s.window(ReportingPeriod.month(2025, 3))).isEqualTo(DateRange.of(d(2025, 2, 26), d(2025, 3, 25)));
        assertThat(s.window(ReportingPeriod.month(2025, 1))).isEqualTo(DateRange.of(d(2024, 12, 26), d(2025, 1, 25)));
        assertThat(s.window(ReportingPeriod.quarter(2025, 2)))
                .isEqualTo(DateRange.of(d(2025, 3, 26), d(2025, 6, 25)));
        assertThat(s.window(ReportingPeriod.year(2025))).isEqualTo(DateRange.of(d(2024, 12, 26), d(2025, 12, 25)));
        assertThat(s.deadline(ReportingPeriod.month(2025, 3))).isEqualTo(d(2025, 3, 28));     // 25/3 + 3
    }

    @Test
    void windowsOfConsecutiveMonthsAndQuartersLeaveNoGap() {
        ReportingSchedule s = read(file(28, ""));
        for (int m = 1; m < 12; m++) {
            DateRange a = s.window(ReportingPeriod.month(2024, m));
            DateRange b = s.window(ReportingPeriod.month(2024, m + 1));
            assertThat(b.from()).isEqualTo(a.end().orElseThrow().plusDays(1));
        }
        assertThat(s.window(ReportingPeriod.quarter(2025, 1)).from())
                .isEqualTo(s.windowEnd(ReportingPeriod.quarter(2024, 4)).plusDays(1));
    }

    @Test
    void rejectsAnUnknownKeyWithItsPath() {
        RejectedException e = rejection(file(0, "deadlineDays.TERM=30\n"));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(FILE + ":deadlineDays.TERM", "ktgs.data.unknownKey"));
    }

    @Test
    void rejectsANegativeNumberWithItsPath() {
        RejectedException e = rejection(file(0, "").replace("deadlineDays.YEAR=3", "deadlineDays.YEAR=-1"));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(FILE + ":deadlineDays.YEAR", "ktgs.report.schedule.negative"));
    }

    @Test
    void rejectsACutOffDayThatSomeMonthsDoNotHave() {
        RejectedException e = rejection(file(0, "").replace("cutOffDay.MONTH=0", "cutOffDay.MONTH=29"));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(FILE + ":cutOffDay.MONTH", "ktgs.report.schedule.cutOffDay.range"));
        assertThat(e.violations().get(0).message(Locale.ENGLISH))
                .isEqualTo("cut-off day 29 is not valid: it must be 0 (month end) to 28");
    }

    @Test
    void rejectsAnUnknownRequiredKindAndANonNumberAndAMissingKeyAllAtOnce() {
        String text = file(0, "").replace("required=MONTH,", "required=TERM,")
                .replace("cutOffDay.QUARTER=0", "cutOffDay.QUARTER=ba")
                .replace("deadlineDays.MONTH=3\n", "");

        RejectedException e = rejection(text);

        assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactlyInAnyOrder(
                tuple(FILE + ":required", "ktgs.report.schedule.kind.unknown"),
                tuple(FILE + ":cutOffDay.QUARTER", "ktgs.data.notANumber"),
                tuple(FILE + ":deadlineDays.MONTH", "ktgs.data.missingKey"));
    }

    @Test
    void rejectsAnEmptyListOfRequiredKinds() {
        RejectedException e = rejection(file(0, "").replace("required=MONTH,QUARTER,HALF_YEAR,NINE_MONTHS,YEAR",
                "required="));

        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple(FILE + ":required", "ktgs.report.schedule.required.empty"));
    }
}
