package vn.ktgs.activity;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/** Đơn vị phối hợp (S5): the agency's own inspection or a mass organisation the work was coordinated with. */
public enum CoordinationPartner implements Labelled {
    /** Thanh tra cơ quan, đơn vị. */
    AGENCY_INSPECTION,
    /** Công đoàn. */
    TRADE_UNION,
    /** Đoàn Thanh niên. */
    YOUTH_UNION,
    /** Hội Phụ nữ. */
    WOMEN_UNION,
    /** Hội Cựu chiến binh. */
    VETERANS_ASSOCIATION,
    /** Đoàn thể khác (named in the record). */
    OTHER_MASS_ORGANISATION;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
