package vn.ktgs.common;

import java.util.Locale;

/** A value with a label a person reads, in Vietnamese (the default) and English. */
public interface Labelled {

    /** The label in the given language. */
    String label(Locale locale);

    /** The Vietnamese label. */
    default String label() {
        return label(Messages.VIETNAMESE);
    }
}
