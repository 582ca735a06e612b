package vn.ktgs.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Labelled;

class PlanLabelsTest {

    @Test
    void everyKindModeAndStatusHasAVietnameseAndAnEnglishLabel() {
        List<Enum<?>> values = Stream.of(ActivityKind.values(), SupervisionMode.values(), PlanStatus.values())
                .<Enum<?>>flatMap(Stream::of).toList();

        for (Enum<?> value : values) {
            Labelled labelled = (Labelled) value;
            assertThat(labelled.label()).as("Vietnamese label of %s", value).isNotEqualTo(value.name());
            assertThat(labelled.label(Locale.ENGLISH)).as("English label of %s", value)
                    .isNotEqualTo(value.name()).isNotEqualTo(labelled.label());
        }
        assertThat(ActivityKind.REGULAR_SUPERVISION.label()).isEqualTo("Giám sát thường xuyên");
    }
}
