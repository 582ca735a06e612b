package vn.ktgs.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ValidText;
import vn.ktgs.organisation.OrganisationId;

/** The commands of {@link ReportService}, validated with Jakarta Bean Validation at the boundary. */
public final class ReportCommands {

    private ReportCommands() {
    }

    /** The longest narrative a report may carry. */
    public static final int MAX_NARRATIVE = 20_000;

    /**
     * Lập báo cáo: compile the draft report of an organisation for a period that has ended.
     *
     * @param period the period's code, for example {@code 2025-Q1} (see {@link ReportingPeriod})
     * @param narrative the cell's own account; may be empty
     */
    public record Compile(
            @NotNull @Nullable OrganisationId organisation,
            @NotBlank @Size(max = 10) @ValidText @Nullable String period,
            @NotNull @Size(max = MAX_NARRATIVE) @ValidText @Nullable String narrative) {

        /** The same command with the period as a value. */
        public Compile(OrganisationId organisation, ReportingPeriod period, String narrative) {
            this(organisation, period.toString(), narrative);
        }
    }

    /** Tính lại số liệu: recompute a draft or returned report's figures from the records as they are today. */
    public record Recompute(@NotNull @Nullable ReportId report, long expectedVersion) {
    }

    /** Sửa phần đánh giá: replace a draft or returned report's narrative. */
    public record EditNarrative(
            @NotNull @Nullable ReportId report,
            long expectedVersion,
            @NotNull @Size(max = MAX_NARRATIVE) @ValidText @Nullable String narrative) {
    }

    /** Gửi báo cáo: submit a draft or returned report to the executive committee, today. */
    public record Submit(@NotNull @Nullable ReportId report, long expectedVersion) {
    }

    /** Trả lại báo cáo: the executive committee sends a submitted report back, with the reason. */
    public record Return(
            @NotNull @Nullable ReportId report,
            long expectedVersion,
            @NotBlank @Size(max = 2000) @ValidText @Nullable String reason) {
    }
}
