package vn.ktgs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ktgs.common.DateRange;

class ReportingPeriodTest {

    /** Any valid period: a kind, a four-digit year and an index the kind has. */
    private static final Gen<ReportingPeriod> PERIODS = integers().between(0, PeriodKind.values().length - 1)
            .zip(integers().between(1000, 9999), integers().between(1, 12), (k, year, i) -> {
                PeriodKind kind = PeriodKind.values()[k];
                return new ReportingPeriod(kind, year, 1 + (i - 1) % kind.perYear());
            });

    @Test
    void writesEachKindAsItsCode() {
        assertThat(ReportingPeriod.month(2025, 3)).hasToString("2025-M03");
        assertThat(ReportingPeriod.quarter(2025, 1)).hasToString("2025-Q1");
        assertThat(ReportingPeriod.halfYear(2025, 1)).hasToString("2025-H1");
        assertThat(ReportingPeriod.nineMonths(2025)).hasToString("2025-9M");
        assertThat(ReportingPeriod.year(2025)).hasToString("2025");
    }

    @Test
    void readsEachKindFromItsCode() {
        assertThat(ReportingPeriod.parse("2025-M12")).isEqualTo(new ReportingPeriod(PeriodKind.MONTH, 2025, 12));
        assertThat(ReportingPeriod.parse("2025-Q4")).isEqualTo(new ReportingPeriod(PeriodKind.QUARTER, 2025, 4));
        assertThat(ReportingPeriod.parse("2025-H2")).isEqualTo(new ReportingPeriod(PeriodKind.HALF_YEAR, 2025, 2));
        assertThat(ReportingPeriod.parse("2025-9M")).isEqualTo(ReportingPeriod.nineMonths(2025));
        assertThat(ReportingPeriod.parse("2025")).isEqualTo(ReportingPeriod.year(2025));
    }

    @Test
    void rejectsCodesThatNameNoPeriod() {
        for (String bad : List.of("2025-M13", "2025-M00", "2025-M3", "2025-Q5", "2025-Q0", "2025-H3", "2025-6M",
                "25-Q1", "0999", "2025-q1", "2025Q1", " 2025", "2025-Y", "", "２０２５")) {
            assertThat(ReportingPeriod.tryParse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsAnIndexTheKindDoesNotHave() {
        assertThatThrownBy(() -> ReportingPeriod.quarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(PeriodKind.YEAR, 2025, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversTheCalendarMonthsOfItsKind() {
        assertThat(ReportingPeriod.month(2024, 2).calendarRange())
                .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(ReportingPeriod.quarter(2025, 4).calendarRange())
                .isEqualTo(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(ReportingPeriod.halfYear(2025, 1).calendarRange())
                .isEqualTo(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(ReportingPeriod.nineMonths(2025).calendarRange())
                .isEqualTo(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30)));
        assertThat(ReportingPeriod.year(2025).calendarRange()).isEqualTo(DateRange.year(2025));
    }

    @Test
    void ordersByYearThenLastMonthThenKind() {
        List<ReportingPeriod> periods = new ArrayList<>(List.of(ReportingPeriod.year(2025),
                ReportingPeriod.quarter(2025, 1), ReportingPeriod.month(2025, 3), ReportingPeriod.year(2024),
                ReportingPeriod.month(2025, 1)));
        Collections.sort(periods);

        assertThat(periods).extracting(ReportingPeriod::toString)
                .containsExactly("2024", "2025-M01", "2025-M03", "2025-Q1", "2025");
    }

    @Test
    void codeRoundTripsForEveryPeriod() {
        qt().withExamples(500).forAll(PERIODS).checkAssert(p -> {
            assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
            assertThat(ReportingPeriod.parse(p.toString()).toString()).isEqualTo(p.toString());
        });
    }

    @Test
    void codeDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            assertThat(ReportingPeriod.month(2025, 3)).hasToString("2025-M03");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void calendarRangeSpansTheKindsNumberOfMonthsWithinTheYear() {
        qt().withExamples(300).forAll(PERIODS).checkAssert(p -> {
            DateRange r = p.calendarRange();
            assertThat(r.from().getYear()).isEqualTo(p.year());
            assertThat(r.end()).hasValueSatisfying(end -> {
                assertThat(end.getYear()).isEqualTo(p.year());
                assertThat(end.plusDays(1).getDayOfMonth()).isEqualTo(1);
                assertThat(r.from().plusMonths(p.kind().months())).isEqualTo(end.plusDays(1));
            });
        });
    }
}
