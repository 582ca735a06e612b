package vn.ktgs.report;

import java.util.Objects;
import java.util.UUID;
import vn.ktgs.common.Uuids;

/** The identity of a periodic report (báo cáo định kỳ). */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    /** The id whose text is {@code s} in canonical form ({@link Uuids#parseStrict}). */
    public static ReportId parse(String s) {
        return new ReportId(Uuids.parseStrict(s));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
