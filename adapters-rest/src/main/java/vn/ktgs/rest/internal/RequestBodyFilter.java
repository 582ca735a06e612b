package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.common.Violation;

/**
 * Reads every request body once, before matching: refuses one over the size limit (413) or one that is not valid
 * UTF-8 (400) or that ends before its {@code Content-Length} (400, logged at DEBUG only), and keeps the bytes (property {@link #BODY}) for the idempotency check.
 */
@PreMatching
@Priority(100)
public final class RequestBodyFilter implements ContainerRequestFilter {

    /** The request property holding the body's bytes. */
    public static final String BODY = "vn.ktgs.rest.body";

    /** The most of an oversized body read and dropped before answering 413: 16 MiB. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyFilter.class);

    private final int limit;

    public RequestBodyFilter(int limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            request.setProperty(BODY, new byte[0]);
            return;
        }
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    Violation.of("", "ktgs.rest.body.mediaType", "mediaType", type.toString()));
        }
        byte[] bytes;
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (InputStream in = request.getEntityStream()) {
            if (request.getLength() > limit) {
                drain(in);
                throw tooLarge();
            }
            byte[] buffer = new byte[8192];
            int n;
            while (received.size() <= limit
                    && (n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - received.size()))) > 0) {
                received.write(buffer, 0, n);
            }
            bytes = received.toByteArray();
            if (bytes.length > limit) {
                drain(in);
                throw tooLarge();
            }
        } catch (IOException e) {
            // the client's mistake (it stopped sending, or closed, before the Content-Length it announced): one
            // line at DEBUG, never a stack trace at ERROR
            LOG.debug("request body ended early on {} after {} bytes: {}", request.getUriInfo().getRequestUri()
                    .getRawPath(), received.size(), e.toString());
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    Violation.of("", "ktgs.rest.body.incomplete", "received", received.size()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.INVALID_ENCODING,
                    Violation.of("", "ktgs.rest.body.invalidUtf8", "offset", in.position()));
        }
        request.setProperty(BODY, bytes);
        request.setEntityStream(new ByteArrayInputStream(bytes));
    }

    /**
     * Reads and drops the rest of an oversized body (up to {@link #DRAIN_LIMIT}), so that the client, still
     * sending, reads the 413 rather than a reset connection; a client that stops sending is answered 413 too.
     */
    private static void drain(InputStream in) {
        long left = DRAIN_LIMIT;
        byte[] buffer = new byte[8192];
        int n;
        try {
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client stopped sending: it is answered 413 all the same
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                Violation.of("", "ktgs.rest.body.tooLarge", "limit", limit));
    }
}
