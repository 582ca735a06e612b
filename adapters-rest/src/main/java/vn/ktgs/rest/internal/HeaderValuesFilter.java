package vn.ktgs.rest.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Map;
import vn.ktgs.common.Violation;

/**
 * Refuses (400) a request whose header names or values hold a CR, an LF or a NUL, whatever runtime hosts the
 * resources: a runtime or a gateway that lets such a value through would let a client smuggle a header line (an
 * {@code X-KTGS-Authority} of its own) past whatever checked the request before. Runs first, before the caller is
 * resolved or the body read.
 */
@PreMatching
@Priority(10)
public final class HeaderValuesFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (hasControl(header.getKey())) {
                throw invalid("?");
            }
            for (String value : header.getValue()) {
                if (value != null && hasControl(value)) {
                    throw invalid(header.getKey());
                }
            }
        }
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                return true;
            }
        }
        return false;
    }

    private static ProblemException invalid(String name) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST,
                Violation.of("header." + name, "ktgs.rest.header.invalid", "name", name));
    }
}
