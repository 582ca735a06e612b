package vn.ktgs.scoring;

/** How an indicator's value reads: a share, a yes/no, or a count. */
public enum IndicatorKind {
    /** Tỷ lệ: numerator over denominator; not applicable when the denominator is 0. */
    RATIO,
    /** Có/không: 1 or 0 over 1. */
    FLAG,
    /** Số lượng: a count over 1. */
    COUNT
}
