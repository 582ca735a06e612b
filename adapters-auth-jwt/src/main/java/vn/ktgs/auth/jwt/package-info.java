/**
 * Xác thực bằng mã thông báo: OpenID Connect / JWT bearer tokens for the REST adapter —
 * {@link vn.ktgs.auth.jwt.JwtCallerResolver} (who the caller is) and {@link vn.ktgs.auth.jwt.BearerChallenge}
 * (the {@code WWW-Authenticate} header of every 401).
 */
@NullMarked
package vn.ktgs.auth.jwt;

import org.jspecify.annotations.NullMarked;
