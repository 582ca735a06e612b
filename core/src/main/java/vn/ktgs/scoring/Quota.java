package vn.ktgs.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Tỷ lệ khống chế: within one committee, the organisations rated excellent may not exceed {@code share} of the
 * {@code basis}; the excess is demoted to good, lowest total first, ties broken by {@code tieBreak}.
 *
 * @param source the document the share comes from, in Vietnamese and English, quoted in the reason it gives
 */
public record Quota(BigDecimal share, Basis basis, TieBreak tieBreak, LocalisedText source) {

    public Quota {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(tieBreak, "tieBreak");
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
