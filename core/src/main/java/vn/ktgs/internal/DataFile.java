package vn.ktgs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Utf8Input;
import vn.ktgs.common.Violation;

/**
 * A rules data file of the core: UTF-8 {@code .properties} with a header ({@code schemaVersion},
 * {@code legalReference}, {@code effectiveFrom}) and keys from a closed list of patterns. Parsing is
 * strict: invalid UTF-8, a missing header key, an unsupported schema version or an unknown key is an error
 * naming the file and the key, and nothing is loaded. Not API.
 */
public final class DataFile {

    /** The header every data file carries. */
    public record Header(int schemaVersion, String legalReference, LocalDate effectiveFrom) {
    }

    private final String name;
    private final Header header;
    private final Map<String, String> entries;

    private DataFile(String name, Header header, Map<String, String> entries) {
        this.name = name;
        this.header = header;
        this.entries = entries;
    }

    /**
     * Reads a data file.
     *
     * @param name a name for messages (the resource path)
     * @param in the bytes, UTF-8
     * @param supportedSchema the schema version this code reads
     * @param keys the patterns the non-header keys must match
     * @throws RejectedException with every problem found, each naming {@code name:key}
     */
    public static DataFile read(String name, InputStream in, int supportedSchema, List<Pattern> keys) {
        Properties p = new Properties();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(Utf8Input.of(in), decoder)) {
            p.load(r);
        } catch (Utf8Input.NotUtf8Exception e) {
            throw new RejectedException(e.violation(name));
        } catch (IOException e) {
            throw new RejectedException(Violation.of(name, "ktgs.data.unreadable", "reason", e.getMessage()));
        }
        List<Violation> v = new ArrayList<>();
        Map<String, String> entries = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            entries.put(key, p.getProperty(key).strip());
        }
        String schema = entries.remove("schemaVersion");
        String reference = entries.remove("legalReference");
        String effective = entries.remove("effectiveFrom");
        int schemaVersion = 0;
        LocalDate effectiveFrom = LocalDate.MIN;
        if (schema == null) {
            v.add(Violation.of(name + ":schemaVersion", "ktgs.data.missingKey"));
        } else {
            try {
                schemaVersion = Integer.parseInt(schema);
                if (schemaVersion != supportedSchema) {
                    v.add(Violation.of(name + ":schemaVersion", "ktgs.data.schemaVersion",
                            "found", schema, "supported", supportedSchema));
                }
            } catch (NumberFormatException e) {
                v.add(Violation.of(name + ":schemaVersion", "ktgs.data.notANumber", "value", schema));
            }
        }
        if (reference == null || reference.isBlank()) {
            v.add(Violation.of(name + ":legalReference", "ktgs.data.missingKey"));
        }
        if (effective == null) {
            v.add(Violation.of(name + ":effectiveFrom", "ktgs.data.missingKey"));
        } else {
            try {
                effectiveFrom = LocalDate.parse(effective);
            } catch (DateTimeParseException e) {
                v.add(Violation.of(name + ":effectiveFrom", "ktgs.data.notADate", "value", effective));
            }
        }
        for (String key : entries.keySet()) {
            if (keys.stream().noneMatch(k -> k.matcher(key).matches())) {
                v.add(Violation.of(name + ":" + key, "ktgs.data.unknownKey", "key", key));
            }
        }
        if (!v.isEmpty()) {
            throw new RejectedException(v);
        }
        return new DataFile(name, new Header(schemaVersion, reference, effectiveFrom),
                Collections.unmodifiableMap(entries));
    }

    /** Reads a data file from the class path next to {@code anchor}. */
    public static DataFile resource(Class<?> anchor, String resource, int supportedSchema, List<Pattern> keys) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource + " next to " + anchor.getName());
        }
        return read(resource, in, supportedSchema, keys);
    }

    public String name() {
        return name;
    }

    public Header header() {
        return header;
    }

    /** Every entry other than the header, sorted by key. */
    public Map<String, String> entries() {
        return entries;
    }
}
