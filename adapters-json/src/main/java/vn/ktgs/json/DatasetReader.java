package vn.ktgs.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.RejectedException;
import vn.ktgs.common.Violation;
import vn.ktgs.json.Dataset.ActivityEntry;
import vn.ktgs.json.Dataset.AssignmentEntry;
import vn.ktgs.json.Dataset.DisseminationEntry;
import vn.ktgs.json.Dataset.DocumentEntry;
import vn.ktgs.json.Dataset.MemberEntry;
import vn.ktgs.json.Dataset.MembershipEntry;
import vn.ktgs.json.Dataset.OrganisationEntry;
import vn.ktgs.json.Dataset.PlanEntry;
import vn.ktgs.json.Dataset.ReportEntry;
import vn.ktgs.json.Dataset.RoleEntry;

/**
 * Đọc bộ dữ liệu: reads a dataset file strictly, as a stream — one record of a top-level array at a time is held
 * as a JSON tree, so a large file costs the size of its records, not of its text. Every problem is reported with its
 * JSON path ({@code plans[2].items[0].targets[1]}), all at once: invalid UTF-8, a syntax error or duplicate key, a
 * wrong type, a missing or unknown key, an unknown enum value. Codes are not resolved here (that is the importer's
 * replay); the result is the file's content, texts in Unicode NFC.
 */
public final class DatasetReader {

    /** Progress of a long read: called every {@value #PROGRESS_EVERY} records of a section and at its end. */
    @FunctionalInterface
    public interface Progress {
        void read(String section, long records);

        Progress NONE = (s, n) -> { };
    }

    static final int PROGRESS_EVERY = 100_000;
    private static final int MAX_VIOLATIONS = 1_000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The whole document's schema, for the header: its records are checked one by one as they are read. */
    private static final StrictSchema.Part HEADER = DatasetSections.SCHEMA.whole();

    private final List<Violation> violations = new ArrayList<>();
    /** The path of the record being read, for a syntax error. */
    private String where = "";

    private DatasetReader() {
    }

    /**
     * Một tài liệu của gói: one document of a file as read, handed on before the next is read. A file of one
     * document gives one; a bundle (several documents one after another, or a top-level array of documents) gives
     * one a document, in order.
     *
     * @param index the document's place in the file, from 0
     * @param inBundle whether the file is a bundle: then every path carries the document's place, {@code [12].…}
     * @param dataset the dataset, or {@code null} when the document had a problem
     * @param violations every problem of the document, each path already under {@link #prefix()}
     * @param bytesRead how far into the file reading has got
     */
    public record Document(int index, boolean inBundle, @Nullable Dataset dataset, List<Violation> violations,
                           long bytesRead) {

        public Document {
            violations = List.copyOf(violations);
        }

        /** {@code [12]} for the document at index 12 of a bundle; empty for a file of one document. */
        public String prefix() {
            return inBundle ? "[" + index + "]" : "";
        }

        /** {@code v} (a problem found later, by the replay for example) under this document's place. */
        public Violation locate(Violation v) {
            return v.under(prefix());
        }
    }

    /** Reads a dataset; a {@link RejectedException} carries every problem found. */
    public static Dataset read(InputStream in) {
        return read(in, Progress.NONE);
    }

    /** Reads a dataset, telling {@code progress} how far it got. Exactly one document: a bundle is rejected. */
    public static Dataset read(InputStream in, Progress progress) {
        DatasetReader r = new DatasetReader();
        JsonInput input = JsonInput.of(in);
        try (JsonParser p = MAPPER.createParser(input.stream())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new RejectedException(Violation.of("", "ktgs.json.empty"));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RejectedException(Violation.of("", "ktgs.json.expected", "type", JsonType.OBJECT));
            }
            Dataset d = r.document(p, progress);
            if (p.nextToken() != null) {
                r.violations.add(input.trailing("", p.currentTokenLocation(), false));
            }
            if (d == null || !r.violations.isEmpty()) {
                throw new RejectedException(r.violations);
            }
            return d;
        } catch (IOException e) {
            r.violations.add(input.problem(r.where, e));
            throw new RejectedException(r.violations);
        }
    }

    /** Reads a dataset file or a bundle, handing each document to {@code each}; see {@link #readAll(InputStream,
     * Progress, Consumer)}. */
    public static int readAll(InputStream in, Consumer<Document> each) {
        return readAll(in, Progress.NONE, each);
    }

    /**
     * Reads a file of one dataset document or a bundle of them — documents one after another (JSON Lines, or
     * concatenated with any white space between) or a top-level array of documents — handing each document to
     * {@code each} as soon as it is read, so only one document is held at a time. A document with a problem does
     * not stop the others; a syntax error or invalid UTF-8 does (the place after it cannot be known), and is handed
     * on as the last document. An empty file or empty array is one document with {@code ktgs.json.empty}.
     *
     * @param progress told how far the reading of each document's sections got
     * @return the number of documents handed on
     */
    public static int readAll(InputStream in, Progress progress, Consumer<Document> each) {
        return new Bundle(each).read(in, progress);
    }

    /** The reading of a bundle: where it is, and the reader of the document at hand. */
    private static final class Bundle {
        private final Consumer<Document> each;
        private DatasetReader reader = new DatasetReader();
        private int index;
        private boolean array;
        private long offset;

        Bundle(Consumer<Document> each) {
            this.each = each;
        }

        int read(InputStream in, Progress progress) {
            JsonInput input = JsonInput.of(in);
            try (JsonParser p = MAPPER.createParser(input.stream())) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    array = true;
                    t = p.nextToken();
                }
                if (t == null || t == JsonToken.END_ARRAY) {
                    reader.violations.add(Violation.of("", "ktgs.json.empty"));
                    hand(null, array);
                    return index;
                }
                while (t != null && t != JsonToken.END_ARRAY) {
                    Dataset d = null;
                    if (t == JsonToken.START_OBJECT) {
                        d = reader.document(p, progress);
                    } else {
                        reader.violations.add(Violation.of("", "ktgs.json.expected", "type", JsonType.OBJECT));
                        p.skipChildren();
                    }
                    offset = p.currentLocation().getByteOffset();
                    DatasetReader read = reader;
                    try {
                        t = p.nextToken();
                    } catch (IOException e) {
                        hand(read, d, true);
                        throw e;
                    }
                    hand(read, d, array || index > 0 || t != null);
                }
                if (array && p.nextToken() != null) {
                    reader.violations.add(input.trailing("", p.currentTokenLocation(), true));
                    hand(null, true);
                }
            } catch (IOException e) {
                reader.violations.add(input.problem(reader.where, e));
                hand(null, array || index > 0);
            }
            return index;
        }

        private void hand(@Nullable Dataset dataset, boolean inBundle) {
            hand(reader, dataset, inBundle);
        }

        /** Hands on what {@code read} read, and starts a fresh reader for the next document. */
        private void hand(DatasetReader read, @Nullable Dataset dataset, boolean inBundle) {
            String prefix = inBundle ? "[" + index + "]" : "";
            each.accept(new Document(index, inBundle, read.violations.isEmpty() ? dataset : null,
                    read.violations.stream().map(v -> v.under(prefix)).toList(), offset));
            index++;
            reader = new DatasetReader();
        }
    }

    /**
     * Reads the document whose {@code START_OBJECT} is the parser's current token, through its {@code END_OBJECT};
     * {@code null} when it had a problem (then in {@link #violations}). Each record of a section is read by
     * {@link DatasetSections#read} as soon as it is parsed; the header is checked against the schema at the end,
     * together with which sections are there.
     */
    @SuppressWarnings("unchecked")
    private @Nullable Dataset document(JsonParser p, Progress progress) throws IOException {
        JsonStreamContext outside = p.getParsingContext().getParent();
        ObjectNode header = MAPPER.createObjectNode();
        List<List<Object>> lists = new ArrayList<>();
        for (int i = 0; i < DatasetSections.ALL.size(); i++) {
            lists.add(new ArrayList<>());
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            where = key;
            JsonToken t = p.nextToken();
            int section = DatasetSections.index(key);
            if (section < 0 || t != JsonToken.START_ARRAY) {
                // the header, a section that is not an array, or an unknown key: for the schema to judge
                header.set(key, section < 0 ? MAPPER.readTree(p) : skipped(p));
                continue;
            }
            header.set(key, MAPPER.createArrayNode());
            DatasetSections.Section<?> s = DatasetSections.ALL.get(section);
            long n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String path = key + "[" + n + "]";
                where = path;
                Object entry = DatasetSections.read(s, MAPPER.readTree(p), path, violations);
                if (entry != null) {
                    lists.get(section).add(entry);
                }
                n++;
                if (n % PROGRESS_EVERY == 0) {
                    progress.read(key, n);
                }
                if (violations.size() > MAX_VIOLATIONS) {
                    violations.add(Violation.of(path, "ktgs.dataset.tooManyErrors", "max", MAX_VIOLATIONS));
                    while (p.getParsingContext() != outside) {
                        p.nextToken();
                    }
                    return null;
                }
            }
            progress.read(key, n);
        }
        JsonNode version = header.get("schemaVersion");
        if (version != null && version.isIntegralNumber() && version.intValue() != Dataset.SCHEMA_VERSION) {
            // which schema applies comes before what it says
            violations.clear();
            violations.add(Violation.of("schemaVersion", "ktgs.data.schemaVersion", "found", version.intValue(),
                    "supported", Dataset.SCHEMA_VERSION));
            return null;
        }
        DatasetSections.prepare(header, "", violations);
        if (!violations.isEmpty() | !HEADER.check(header, "", violations)) {
            return null;
        }
        Header h = DatasetSections.BINDER.treeToValue(header, Header.class);
        return new Dataset(h.schemaVersion(), h.committee(), h.year(), h.asOf(), h.governingDocuments(),
                (List<OrganisationEntry>) (List<?>) lists.get(0), (List<MemberEntry>) (List<?>) lists.get(1),
                (List<MembershipEntry>) (List<?>) lists.get(2), (List<RoleEntry>) (List<?>) lists.get(3),
                (List<AssignmentEntry>) (List<?>) lists.get(4), (List<DocumentEntry>) (List<?>) lists.get(5),
                (List<DisseminationEntry>) (List<?>) lists.get(6), (List<PlanEntry>) (List<?>) lists.get(7),
                (List<ActivityEntry>) (List<?>) lists.get(8), (List<ReportEntry>) (List<?>) lists.get(9));
    }

    /** Skips the value at hand, keeping only its kind (so the schema names the type it should have been). */
    private static JsonNode skipped(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        p.skipChildren();
        return switch (t) {
            case START_OBJECT -> MAPPER.createObjectNode();
            case VALUE_STRING -> MAPPER.getNodeFactory().textNode("");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> MAPPER.getNodeFactory().numberNode(0);
            case VALUE_TRUE, VALUE_FALSE -> MAPPER.getNodeFactory().booleanNode(false);
            default -> MAPPER.getNodeFactory().nullNode();
        };
    }

    /** The header of a document, bound once the schema has passed it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Header(int schemaVersion, String committee, int year, LocalDate asOf,
                          List<String> governingDocuments) {
    }
}
