package vn.ktgs.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.UnaryOperator;

/** Keys generated for the test run and tokens signed with them. */
final class Tokens {

    static final String ISSUER = "https://sso.ktgs.test/realms/ktgs";
    static final String AUDIENCE = "ktgs-api";
    static final Instant NOW = Instant.parse("2026-02-02T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** The issuer's key, whose public half is in the JWK set. */
    static final RSAKey ISSUER_KEY = generate("k1");
    /** Another key, not in the JWK set, under the same key id. */
    static final RSAKey IMPOSTOR_KEY = generate("k1");
    /** A key whose id the JWK set does not hold. */
    static final RSAKey UNKNOWN_KEY = generate("k-unknown");

    private Tokens() {
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Valid claims for the member {@code code}: issuer, audience, five minutes of life left. */
    static JWTClaimsSet.Builder claims(String code) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("user-" + code)
                .claim("ktgs_member", code)
                .issueTime(Date.from(NOW.minusSeconds(60))).expirationTime(Date.from(NOW.plusSeconds(300)));
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, claims, h -> h);
    }

    static String sign(RSAKey key, JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
        try {
            SignedJWT jwt = new SignedJWT(header.apply(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT).keyID(key.getKeyID())).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
