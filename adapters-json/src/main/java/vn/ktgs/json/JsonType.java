package vn.ktgs.json;

import java.util.Locale;
import vn.ktgs.common.Labelled;
import vn.ktgs.common.Messages;

/**
 * Kiểu giá trị JSON: the kind of JSON value a key must hold, named in the reader's language in the message
 * {@code ktgs.json.expected} ("phải là một chuỗi ký tự" / "must be a string").
 */
public enum JsonType implements Labelled {
    OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN;

    @Override
    public String label(Locale locale) {
        return Messages.label(this, locale);
    }
}
