package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JDK's collation rules for {@code vi}, checked letter by letter against the Vietnamese alphabet (a ă â b c d
 * đ e ê g h i k l m n o ô ơ p q r s t u ư v x y) and the dictionary order of the tones (ngang, huyền, hỏi, ngã,
 * sắc, nặng).
 */
class VietnameseOrderTest {

    private static List<String> sorted(String... texts) {
        List<String> l = new ArrayList<>(List.of(texts));
        Collections.shuffle(l, new Random(7));
        l.sort(VietnameseOrder.texts());
        return l;
    }

    @Test
    void dStrokeSortsBetweenDAndENotAfterEveryAsciiLetter() {
        assertThat(sorted("CB-E", "CB-Z", "CB-Đ", "CB-D", "CB-DZ", "CB-ĐA"))
                .containsExactly("CB-D", "CB-DZ", "CB-Đ", "CB-ĐA", "CB-E", "CB-Z");
        // Unicode (String.compareTo) puts Đ (U+0110) after Z: the order this replaces
        assertThat("CB-Đ".compareTo("CB-Z")).isPositive();
        assertThat(VietnameseOrder.compare("CB-Đ", "CB-Z")).isNegative();
    }

    @Test
    void theVowelsWithMarksAreLettersOfTheirOwnInAlphabeticalOrder() {
        assertThat(sorted("b", "â", "ă", "a")).containsExactly("a", "ă", "â", "b");
        assertThat(sorted("p", "ơ", "ô", "o")).containsExactly("o", "ô", "ơ", "p");
        assertThat(sorted("v", "ư", "u")).containsExactly("u", "ư", "v");
        assertThat(sorted("f", "ê", "e")).containsExactly("e", "ê", "f");
        // a letter decides before anything after it: ao < ăn < ân
        assertThat(sorted("ân", "ăn", "ao", "an")).containsExactly("an", "ao", "ăn", "ân");
        assertThat(sorted("ưa", "uz")).containsExactly("uz", "ưa");
    }

    @Test
    void toneMarksFollowTheDictionaryOrderAndWeighLessThanLetters() {
        assertThat(sorted("mạ", "má", "mã", "mả", "mà", "ma")).containsExactly("ma", "mà", "mả", "mã", "má", "mạ");
        assertThat(sorted("ự", "ứ", "ữ", "ử", "ừ", "ư")).containsExactly("ư", "ừ", "ử", "ữ", "ứ", "ự");
        assertThat(sorted("ợ", "ớ", "ỡ", "ở", "ờ", "ơ")).containsExactly("ơ", "ờ", "ở", "ỡ", "ớ", "ợ");
        // a tone never outweighs the next letter: mạ < mb, ẩn < âo (â then o against â then n)
        assertThat(sorted("mb", "mạ")).containsExactly("mạ", "mb");
        assertThat(sorted("âo", "ẩn")).containsExactly("ẩn", "âo");
    }

    @Test
    void namesSortAsAVietnameseReaderExpects() {
        assertThat(sorted("Đặng Văn Dũng", "Âu Thị Ỷ Lan", "Ánh", "Dương Thị Thủy", "Ơn", "Ông", "Ưng", "Uyên", "Vũ"))
                .containsExactly("Ánh", "Âu Thị Ỷ Lan", "Dương Thị Thủy", "Đặng Văn Dũng", "Ông", "Ơn", "Uyên", "Ưng",
                        "Vũ");
    }

    @Test
    void decomposedTextSortsAsItsComposedFormAndTheOrderIsTotal() {
        String nfd = Normalizer.normalize("Đức", Normalizer.Form.NFD);
        assertThat(VietnameseOrder.compare(nfd, "Đực")).isNegative();
        assertThat(VietnameseOrder.compare(nfd, "Dz")).isPositive();
        // equal to the collator, different code points: still ordered, consistently both ways
        int c = VietnameseOrder.compare(nfd, "Đức");
        assertThat(c).isNotZero().isEqualTo(-VietnameseOrder.compare("Đức", nfd));
    }

    @Test
    void theOrderIsATotalOrderWhateverTheInputOrder() {
        String[] letters = {"a", "ă", "â", "á", "ắ", "ấ", "d", "đ", "D", "Đ", "o", "ô", "ơ", "ờ", "u", "ư", "ữ", "-", "1"};
        qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, letters.length - 1))
                .ofSizeBetween(1, 4)).ofSizeBetween(2, 12)).checkAssert(words -> {
            List<String> texts = new ArrayList<>();
            for (List<Integer> w : words) {
                StringBuilder b = new StringBuilder();
                w.forEach(i -> b.append(letters[i]));
                texts.add(b.toString());
            }
            List<String> once = new ArrayList<>(texts);
            once.sort(VietnameseOrder.texts());
            List<String> again = new ArrayList<>(texts);
            Collections.reverse(again);
            again.sort(VietnameseOrder.texts());
            assertThat(again).isEqualTo(once);
            for (int i = 0; i + 1 < once.size(); i++) {
                String x = once.get(i);
                String y = once.get(i + 1);
                assertThat(VietnameseOrder.compare(x, y)).isLessThanOrEqualTo(0);
                assertThat(Integer.signum(VietnameseOrder.compare(x, y)))
                        .isEqualTo(-Integer.signum(VietnameseOrder.compare(y, x)));
                assertThat(VietnameseOrder.compare(x, y) == 0).isEqualTo(x.equals(y));
            }
        });
    }

    @Test
    void theShortcutForPlainCodesOrdersExactlyAsTheCollator() {
        // codes of ASCII letters, digits and hyphens are ordered without the collator; any other character goes to it
        String alphabet = "ABCDKTVZabkz019-Đđăơư ";
        java.text.Collator collator = VietnameseOrder.collator();
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 7),
                lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 7)).checkAssert((x, y) -> {
            StringBuilder a = new StringBuilder("CB-");
            StringBuilder b = new StringBuilder("CB-");
            x.forEach(i -> a.append(alphabet.charAt(i)));
            y.forEach(i -> b.append(alphabet.charAt(i)));
            int byCollator = Integer.signum(collator.compare(a.toString(), b.toString()));
            int expected = byCollator != 0 ? byCollator : Integer.signum(a.toString().compareTo(b.toString()));
            assertThat(Integer.signum(VietnameseOrder.compare(a.toString(), b.toString())))
                    .as("%s ? %s", a, b).isEqualTo(expected);
        });
        // hyphens are ignorable at the collator's first level: CBA, cb-a and CB-A are neighbours, before CB-B; digits
        // are characters, not numbers (CB-10 before CB-9)
        assertThat(sorted("CB-B", "CBA", "CB-A", "CB-10", "CB-9", "cb-a")).containsExactly("CB-10", "CB-9", "CBA",
                "cb-a", "CB-A", "CB-B");
    }

    @Test
    void aJavaRuntimeWithoutVietnameseRulesIsRefusedRatherThanSortingĐAfterE() throws Exception {
        // the JDK's vi rules live in the module jdk.localedata; without it Collator falls back to the root rules
        String javaCommand = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // core's tests run on the module path: its classes are there, not on the class path
        String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator
                + System.getProperty("jdk.module.path", "");
        assertThat(probe(javaCommand, "--limit-modules", "java.base", "-cp", classPath, VietnameseOrderProbe.class.getName()))
                .startsWith("refused this Java runtime has no Vietnamese collation rules");
        assertThat(probe(javaCommand, "-cp", classPath, VietnameseOrderProbe.class.getName())).isEqualTo("compare -1");
    }

    private static String probe(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
