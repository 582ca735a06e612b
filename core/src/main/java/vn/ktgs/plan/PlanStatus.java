package vn.ktgs.plan;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Trạng thái kế hoạch: where a plan is in its lifecycle: draft → adopted → amended. */
public enum PlanStatus implements Labelled {
    /** Dự thảo: not yet adopted; its items can be replaced. */
    DRAFT,
    /** Đã thông qua: adopted by the cell meeting (one revision). */
    ADOPTED,
    /** Đã điều chỉnh: adopted and amended at least once. */
    AMENDED;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
