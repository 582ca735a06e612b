package vn.ktgs.scoring;

import java.util.Objects;

/** Kết quả chỉ tiêu: whether the committee met one of its targets over its cells, with the value read. */
public record TargetCheck(CommitteeTarget target, IndicatorValue value, boolean met) {
    public TargetCheck {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }
}
