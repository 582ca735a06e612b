package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.ktgs.common.Violation;

/**
 * Reads every request body once, before matching: refuses one over the size limit (413) or one that is not valid
 * UTF-8 (400), and keeps the bytes (property {@link #BODY}) for the idempotency check.
 */
@PreMatching
@Priority(100)
public final class RequestBodyFilter implements ContainerRequestFilter {

    /** The request property holding the body's bytes. */
    public static final String BODY = "vn.ktgs.rest.body";

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
        if (request.getLength() > limit) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = request.getEntityStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw tooLarge();
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

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                Violation.of("", "ktgs.rest.body.tooLarge", "limit", limit));
    }
}
