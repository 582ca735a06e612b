package vn.ktgs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.plan.PlanId;

class UuidsTest {

    @Test
    void readsEveryUuidBackFromItsCanonicalTextInEitherCase() {
        qt().forAll(longs().all(), longs().all()).checkAssert((hi, lo) -> {
            UUID id = new UUID(hi, lo);
            assertThat(Uuids.parse(id.toString())).contains(id);
            assertThat(Uuids.parse(id.toString().toUpperCase(Locale.ROOT))).contains(id);
            assertThat(MemberId.parse(id.toString()).value()).isEqualTo(id);
        });
    }

    @Test
    void refusesEveryOtherFormUuidFromStringWouldTake() {
        assertThat(UUID.fromString("1-2-3-4-5")).as("the JDK's own reading is lenient").isNotNull();
        for (String text : new String[] {"1-2-3-4-5", "0000000001-0000-0000-0000-000000000000",
                "00000000-0000-0000-0000-0000000000000", "00000000-0000-0000-0000-00000000000",
                "00000000_0000-0000-0000-000000000000", "0000000g-0000-0000-0000-000000000000",
                " 00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000０",
                "000000000000-0000-0000-00000000-0000", "", "   "}) {
            assertThat(Uuids.parse(text)).as(text).isEmpty();
        }
        assertThat(Uuids.parse(null)).isEmpty();
        assertThatThrownBy(() -> PlanId.parse("1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-2-3-4-5");
    }
}
