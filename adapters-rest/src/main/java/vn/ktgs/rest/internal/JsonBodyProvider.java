package vn.ktgs.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import vn.ktgs.common.Violation;
import vn.ktgs.json.JsonInput;

/**
 * Reads request records of {@code vn.ktgs.rest.api} from {@code application/json} with {@link JsonBinder} (every
 * violation at once, with paths) and writes the adapter's response records and JSON trees with Jackson. Domain
 * types are never read or written: only the adapter's own records.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, JsonBodyProvider.PROBLEM_JSON})
public final class JsonBodyProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String API_PACKAGE = "vn.ktgs.rest.api";

    private static boolean ours(Class<?> type) {
        return type.getPackageName().equals(API_PACKAGE);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ours(type) && type.isRecord() || type == JsonNode.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Violation.of("", "ktgs.rest.body.mediaType", "mediaType", mediaType.toString()));
        }
        byte[] bytes = entityStream.readAllBytes();
        if (bytes.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, Violation.of("", "ktgs.json.empty"));
        }
        JsonNode root;
        JsonInput input = JsonInput.of(new ByteArrayInputStream(bytes));
        try {
            root = Json.mapper().readTree(input.stream());
        } catch (IOException e) {
            Violation v = input.problem("", e);
            throw new ProblemException(v.rule().equals("ktgs.data.notUtf8") ? ProblemType.INVALID_ENCODING
                    : ProblemType.MALFORMED_JSON, List.of(v));
        }
        if (root == null || root.isMissingNode()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, Violation.of("", "ktgs.json.empty"));
        }
        return JsonNode.class.equals(type) ? root : JsonBinder.bind(root, type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ours(type) || JsonNode.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Json.mapper().writeValue(new NonClosing(entityStream), value);
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
