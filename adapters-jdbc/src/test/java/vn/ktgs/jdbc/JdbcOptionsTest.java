package vn.ktgs.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The adapter's options, checked when they are built, before any database is involved. */
class JdbcOptionsTest {

    @Test
    void refusesASchemaNameThatIsNotAPlainIdentifier() {
        JdbcOptions.Builder b = JdbcOptions.builder(Actor.fixed("x"), TestDatabase.CLOCK);

        assertThatThrownBy(() -> b.schema("ktgs\"; DROP SCHEMA public; --")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.schema("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(b.schema("tinh_Ha_Tinh_2025").build().schema()).isEqualTo("tinh_Ha_Tinh_2025");
    }
}
