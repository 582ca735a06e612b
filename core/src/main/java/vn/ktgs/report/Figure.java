package vn.ktgs.report;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Chỉ tiêu báo cáo: the figures of a periodic report, in the order a report shows them; their labels are the
 * report's headings. What each one counts is described on the matching component of {@link ReportFigures}.
 */
public enum Figure implements Labelled {
    /** Số tổ chức đã thông qua kế hoạch: {@link ReportFigures#plansAdopted()}. */
    PLANS_ADOPTED,
    /** Số nội dung theo kế hoạch: {@link ReportFigures#itemsPlanned()}. */
    ITEMS_PLANNED,
    /** Số nội dung đã kết luận: {@link ReportFigures#itemsConcluded()}. */
    ITEMS_CONCLUDED,
    /** Số cuộc đã triển khai: {@link ReportFigures#activitiesOpened()}. */
    ACTIVITIES_OPENED,
    /** Số cuộc kiểm tra khi có dấu hiệu vi phạm: {@link ReportFigures#unplannedInspections()}. */
    UNPLANNED_INSPECTIONS,
    /** Số đảng viên được kiểm tra, giám sát: {@link ReportFigures#membersReached()}. */
    MEMBERS_REACHED,
    /** Số vi phạm được kết luận: {@link ReportFigures#violationsFound()}. */
    VIOLATIONS_FOUND,
    /** Số quyết định kỷ luật: {@link ReportFigures#disciplineDecisions()}. */
    DISCIPLINE_DECISIONS,
    /** Số kiến nghị: {@link ReportFigures#recommendationsMade()}. */
    RECOMMENDATIONS_MADE,
    /** Số kiến nghị đã thực hiện xong: {@link ReportFigures#recommendationsClosed()}. */
    RECOMMENDATIONS_CLOSED,
    /** Số lần phối hợp: {@link ReportFigures#coordinations()}. */
    COORDINATIONS;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
