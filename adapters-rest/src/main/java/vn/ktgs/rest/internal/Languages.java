package vn.ktgs.rest.internal;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import vn.ktgs.common.Messages;

/** The reader's language: English when {@code Accept-Language} prefers it to Vietnamese, else Vietnamese. */
public final class Languages {

    private Languages() {
    }

    public static Locale of(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(l.getLanguage())) {
                return Messages.VIETNAMESE;
            }
        }
        return Messages.VIETNAMESE;
    }

    public static Locale of(HttpHeaders headers) {
        try {
            return of(headers.getAcceptableLanguages());
        } catch (RuntimeException e) { // an unreadable Accept-Language header, or no request in scope
            return Messages.VIETNAMESE;
        }
    }
}
