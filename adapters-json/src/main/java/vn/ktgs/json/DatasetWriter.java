package vn.ktgs.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Ghi bộ dữ liệu: writes a {@link Dataset} as UTF-8 JSON, two-space indented with LF line ends, keys in a fixed
 * order, optional values left out when absent — the same dataset always gives the same bytes. Written as a stream.
 */
public final class DatasetWriter {

    /**
     * The records of {@link Dataset} are the format: each is written by Jackson databind in the order of its
     * components, a day as ISO-8601, an absent optional value left out. A planned activity's targets are its item's
     * and are not written ({@code @JsonInclude(NON_EMPTY)} on the component).
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private DatasetWriter() {
    }

    /** Writes {@code dataset} to {@code out} (not closed). */
    public static void write(Dataset dataset, OutputStream out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        write(dataset, out, new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter)
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
    }

    /**
     * Writes {@code dataset} to {@code out} (not closed) as one line without white space, ended by a line feed: a
     * line of a bundle in JSON Lines ({@link DatasetReader#readAll}). Keys in the same order as {@link #write}.
     */
    public static void writeLine(Dataset dataset, OutputStream out) {
        write(dataset, out, null);
    }

    private static void write(Dataset dataset, OutputStream out, @Nullable PrettyPrinter printer) {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer);
            MAPPER.writeValue(g, dataset);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset as a UTF-8 string. */
    public static String toJson(Dataset dataset) {
        var out = new ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
