package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Tỷ lệ khống chế: within one committee, the organisations rated excellent may not exceed {@code share} of the
 * {@code basis}; the excess is demoted to good, lowest total first, ties broken by {@code tieBreak} over the codes
 * sorted in {@code order}.
 *
 * <p>The quota rests on earlier guidance (124-QĐ/TW and 25-HD/BTCTW, repealed by 366-QĐ/TW and 43-HD/BTCTW):
 * the regulation in force sets no share, so a quota is an optional local rule a province chooses to keep.
 *
 * @param order the order of the codes that {@code tieBreak} reads
 * @param source the document the share comes from, in Vietnamese and English, quoted in the reason it gives
 */
public record Quota(BigDecimal share, Basis basis, TieBreak tieBreak, CodeOrder order, LocalisedText source) {

    public Quota {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(tieBreak, "tieBreak");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(source, "source");
    }

    /** What the share is taken of, counted before the quota is applied. */
    public enum Basis implements Labelled {
        /** Those rated good or excellent (excellent organisations are chosen among the good ones). */
        GOOD_OR_BETTER,
        /** Those rated good only. */
        GOOD_ONLY;

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
    }

    /** How the codes of two organisations are ordered when a rule ranks them by code. */
    public enum CodeOrder implements Labelled {
        /**
         * Vietnamese alphabetical order ({@link vn.ktgs.common.VietnameseOrder}): {@code CB-Đ…} between
         * {@code CB-D…} and {@code CB-E…}.
         */
        VIETNAMESE,
        /**
         * Unicode code points ({@link String#compareTo}): {@code CB-Đ…} after every ASCII letter. What sets of schema
         * version 1 used, which did not name an order; kept so that their results can be reproduced.
         */
        CODE_POINTS;

        /** The comparator of codes in this order. */
        public java.util.Comparator<String> comparator() {
            return this == VIETNAMESE ? vn.ktgs.common.VietnameseOrder.texts()
                    : java.util.Comparator.naturalOrder();
        }

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
    }

    /** Which of two organisations with the same total is demoted first. */
    public enum TieBreak implements Labelled {
        /** The one whose code sorts last is demoted first. */
        LAST_CODE_FIRST,
        /** The one whose code sorts first is demoted first. */
        FIRST_CODE_FIRST;

        @Override
        public String label(Locale locale) {
            return Messages.label(this, locale);
        }
    }
}
