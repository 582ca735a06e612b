package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<String> LETTERS = List.of("a", "ă", "â", "b", "c", "d", "đ");

    @Test
    void rejectsANegativeOffsetAndALimitOutsideOneToTheMaximum() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page offset is 0 or more, not -1");
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page limit is 1 to 1000, not 0");
        assertThatThrownBy(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a page limit is 1 to 1000, not 1001");
        assertThat(PageRequest.first(PageRequest.MAX_LIMIT).limit()).isEqualTo(1000);
    }

    @Test
    void numberedPagesStartAtPageTimesSizeAndRejectOffsetsBeyondAnInt() {
        assertThat(PageRequest.ofPage(3, 50)).isEqualTo(new PageRequest(150, 50));
        assertThatThrownBy(() -> PageRequest.ofPage(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.ofPage(Integer.MAX_VALUE / 500 + 1, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond position");
    }

    @Test
    void cutsTheListAndCountsItWhole() {
        Page<String> middle = Page.of(LETTERS, new PageRequest(2, 3));
        assertThat(middle.items()).containsExactly("â", "b", "c");
        assertThat(middle.total()).isEqualTo(7);
        assertThat(middle.hasNext()).isTrue();
        assertThat(middle.next()).contains(new PageRequest(5, 3));

        Page<String> last = Page.of(LETTERS, middle.next().orElseThrow());
        assertThat(last.items()).containsExactly("d", "đ");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.next()).isEmpty();
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsTheList() {
        Page<String> beyond = Page.of(LETTERS, new PageRequest(7, 3));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
        assertThat(beyond.request()).isEqualTo(new PageRequest(7, 3));
        assertThat(Page.of(List.<String>of(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void rejectsItemsThatDoNotFitTheLimitOrTheTotal() {
        assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 0, 1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 items do not fit a page of 1");
        assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 5, 10, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 items at offset 5 do not fit a list of 6");
        assertThatThrownBy(() -> new Page<>(List.of(), -1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsEachItemAndKeepsThePosition() {
        Page<Integer> lengths = Page.of(List.of("Ưng", "Ấn", "Đức"), new PageRequest(1, 5)).map(String::length);
        assertThat(lengths).isEqualTo(new Page<>(List.of(2, 3), 1, 5, 3));
    }
}
