package vn.ktgs.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Thứ tự chữ cái tiếng Việt: the order in which every list a person reads (organisations and members by code,
 * the cells of a scorecard table) and every rule that ranks by text (the quota's tie-break) sorts text:
 * {@link Collator} for {@code vi}, the JDK's own rules ({@code java.text.RuleBasedCollator}), with canonical
 * decomposition so that a text in NFD sorts as its NFC form.
 *
 * <p>The JDK's rules for {@code vi} were checked (JDK 17, {@code VietnameseOrderTest}) and are right for what
 * the library sorts: the letters in the order of the Vietnamese alphabet — a ă â b c d đ e ê g h i k l m n o ô ơ
 * p q r s t u ư v x y — so that {@code Đ} comes between {@code D} and {@code E} (Unicode puts it after every ASCII
 * letter); the tone marks as a secondary difference in the dictionary order ngang, huyền, hỏi, ngã, sắc, nặng
 * ({@code ma < mà < mả < mã < má < mạ}), weaker than any letter ({@code mạ < mb}); case weaker still. ICU4J is
 * therefore not needed (and may not go into the core).
 *
 * <p>Two texts the collator holds equal (the same letters, tones and case; for example NFC and NFD of one word)
 * are then ordered by {@link String#compareTo}, so the order is total and the same on every path: the in-memory
 * ports, the JDBC adapter (which sorts the codes of a page with this comparator rather than in SQL, whose
 * collations differ between databases), the REST adapter and the command line, which read those ports.
 *
 * <p>The JDK's collator takes microseconds per comparison, which a province's tens of thousands of codes (and a
 * national scoring's 300,000 cells) cannot afford. Most codes are ASCII letters, digits and hyphens ({@code CB-KT},
 * {@code DV01}); for two such codes the collator's first level is the codes with the hyphens left out (they are
 * ignorable there) and the case folded, letters after digits, so when those differ they decide, exactly as the
 * collator would, without calling it. When they are equal, or a code holds any other character (Đ, a tone mark, a
 * space), the collator decides. {@code VietnameseOrderTest} checks the shortcut against the collator itself on
 * random codes.
 */
public final class VietnameseOrder {

    /** The locale whose collation rules are used. */
    public static final Locale LOCALE = Locale.forLanguageTag("vi");

    /** A collator is not safe for two threads at once; each thread keeps its own copy. */
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(VietnameseOrder::collator);

    private static final Comparator<String> TEXT = VietnameseOrder::compare;

    static {
        // at once, so that a runtime without Vietnamese rules fails on first use, even if every code is ASCII
        collator();
    }

    private VietnameseOrder() {
    }

    /**
     * A new collator with the rules of this order (for one thread; for sorting many texts by their
     * {@link java.text.CollationKey}s, made once each). Texts it holds equal are ordered by {@link #compare}'s
     * code-point rule.
     */
    public static Collator collator() {
        Collator c = Collator.getInstance(LOCALE);
        c.setStrength(Collator.TERTIARY);
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        if (!(c.compare("d", "đ") < 0 && c.compare("đ", "e") < 0 && c.compare("ô", "ơ") < 0
                && c.compare("ơ", "p") < 0 && c.compare("ư", "v") < 0)) {
            // a runtime without the JDK's locale data (module jdk.localedata) falls back to the root rules, which
            // put đ after e: fail loudly rather than order every list wrongly
            throw new IllegalStateException("this Java runtime has no Vietnamese collation rules (is the module "
                    + "jdk.localedata missing?): Collator.getInstance(vi) does not sort đ between d and e");
        }
        return c;
    }

    /** Compares two texts in Vietnamese alphabetical order, then by code point when the collator finds them equal. */
    public static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int c = firstLevelOfPlainCodes(a, b);
        if (c == 0) {
            c = COLLATOR.get().compare(a, b);
        }
        return c != 0 ? Integer.signum(c) : a.compareTo(b);
    }

    /**
     * The collator's first-level order of two codes made only of ASCII letters, digits and hyphens: the codes without
     * their hyphens, case folded, compared character by character (digits before letters, as in the collator).
     * 0 when those are equal or either code holds another character: the collator decides then.
     */
    static int firstLevelOfPlainCodes(String a, String b) {
        int i = 0;
        int j = 0;
        int na = a.length();
        int nb = b.length();
        int decided = 0;
        while (true) {
            while (i < na && a.charAt(i) == '-') {
                i++;
            }
            while (j < nb && b.charAt(j) == '-') {
                j++;
            }
            if (i == na || j == nb) {
                if (decided == 0 && !(i == na && j == nb)) {
                    decided = i == na ? -1 : 1;
                }
                // the rest must be plain too for the shortcut to hold
                return plain(a, i) && plain(b, j) ? decided : 0;
            }
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (!isPlain(x) || !isPlain(y)) {
                return 0;
            }
            if (decided == 0) {
                char fx = fold(x);
                char fy = fold(y);
                if (fx != fy) {
                    decided = fx < fy ? -1 : 1;
                }
            }
            i++;
            j++;
        }
    }

    private static boolean plain(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (!isPlain(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-';
    }

    private static char fold(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /** The comparator of {@link #compare}. */
    public static Comparator<String> texts() {
        return TEXT;
    }

    /** Orders values by a text key in Vietnamese order (for example organisations by code). */
    public static <T> Comparator<T> by(Function<? super T, String> key) {
        return (x, y) -> compare(key.apply(x), key.apply(y));
    }
}
