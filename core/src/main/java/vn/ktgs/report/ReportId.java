package vn.ktgs.report;

import java.util.Objects;
import java.util.UUID;

/** The identity of a periodic report (báo cáo định kỳ). */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    public static ReportId parse(String s) {
        return new ReportId(UUID.fromString(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
