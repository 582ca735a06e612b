package vn.ktgs.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ktgs.common.Messages;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;

/** The dataset's messages name domain words in the reader's language, never a Java or English identifier. */
class DatasetMessagesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonMapper MAPPER = new JsonMapper();
    private static String sample;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DatasetMessagesTest.class.getResourceAsStream("/datasets/seed-2025.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The one violation at {@code path} after changing the sample with {@code change} and replaying it. */
    private static Violation replayed(String path, Consumer<ObjectNode> change) throws IOException {
        ObjectNode t = (ObjectNode) MAPPER.readTree(sample);
        change.accept(t);
        RejectedException e = catchThrowableOfType(RejectedException.class, () -> new DatasetImporter(VALIDATOR)
                .replay(DatasetReader.read(new ByteArrayInputStream(t.toString().getBytes(StandardCharsets.UTF_8)))));
        assertThat(e).as("rejected").isNotNull();
        return e.violations().stream().filter(v -> v.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no violation at " + path + " in " + e.violations()));
    }

    private static String vi(Violation v) {
        return v.message(Messages.VIETNAMESE);
    }

    private static String en(Violation v) {
        return v.message(Locale.ENGLISH);
    }

    @Test
    void anUnknownOrganisationIsNamedTổChứcInVietnameseAndOrganisationInEnglish() throws IOException {
        Violation v = replayed("roles[0].organisation",
                t -> ((ObjectNode) t.withArray("roles").get(0)).put("organisation", "CB-KHÔNG-CÓ"));
        assertThat(vi(v)).isEqualTo("không có tổ chức mã CB-KHÔNG-CÓ trong bộ dữ liệu");
        assertThat(en(v)).isEqualTo("no organisation with code CB-KHÔNG-CÓ in the dataset");
    }

    @Test
    void anUnknownParentIsAnOrganisationToo() throws IOException {
        Violation v = replayed("organisations[1].parent",
                t -> ((ObjectNode) t.withArray("organisations").get(1)).put("parent", "ĐUK-X"));
        assertThat(vi(v)).isEqualTo("không có tổ chức mã ĐUK-X trong bộ dữ liệu");
        assertThat(en(v)).isEqualTo("no organisation with code ĐUK-X in the dataset");
    }

    @Test
    void anUnknownMemberIsNamedĐảngViên() throws IOException {
        Violation v = replayed("roles[0].member",
                t -> ((ObjectNode) t.withArray("roles").get(0)).put("member", "DV99"));
        assertThat(vi(v)).isEqualTo("không có đảng viên mã DV99 trong bộ dữ liệu");
        assertThat(en(v)).isEqualTo("no member with code DV99 in the dataset");
    }

    @Test
    void anUnknownDocumentIsNamedVănBản() throws IOException {
        Violation v = replayed("disseminations[0].document",
                t -> ((ObjectNode) t.withArray("disseminations").get(0)).put("document", "99-KH/ĐU"));
        assertThat(vi(v)).isEqualTo("không có văn bản mã 99-KH/ĐU trong bộ dữ liệu");
        assertThat(en(v)).isEqualTo("no document with code 99-KH/ĐU in the dataset");

        Violation implemented = replayed("documents[1].implements",
                t -> ((ObjectNode) t.withArray("documents").get(1)).put("implements", "98-NQ/ĐU"));
        assertThat(vi(implemented)).isEqualTo("không có văn bản mã 98-NQ/ĐU trong bộ dữ liệu");
    }

    @Test
    void anUnknownPlanItemIsNamedNộiDungKếHoạch() throws IOException {
        Violation v = replayed("activities[0].planItem",
                t -> ((ObjectNode) t.withArray("activities").get(0)).put("planItem", "ĐB-VPUBND/99"));
        assertThat(vi(v)).isEqualTo("không có nội dung kế hoạch mã ĐB-VPUBND/99 trong bộ dữ liệu");
        assertThat(en(v)).isEqualTo("no plan item with code ĐB-VPUBND/99 in the dataset");
    }

    @Test
    void aStageThatIsNotListedIsNamedInTheReadersLanguageBesideTheFilesValue() {
        String json = sample.replaceFirst("\"SELF_REPORT_RECEIVED\"", "\"CONCLUDED\"");
        RejectedException e = catchThrowableOfType(RejectedException.class,
                () -> DatasetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo("activities[0].stages[0].stage");
        assertThat(vi(v)).isEqualTo("bước “Kết luận” (CONCLUDED) không ghi trong stages: thông báo ghi ở notifiedOn,"
                + " kết luận ghi ở conclusion");
        assertThat(en(v)).isEqualTo("the step “Concluded” (CONCLUDED) is not listed in stages: the notification"
                + " goes in notifiedOn, the conclusion in conclusion");
    }
}
