package vn.ktgs.spring;

import java.net.MalformedURLException;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ktgs.Ktgs;
import vn.ktgs.access.Authority;
import vn.ktgs.auth.jwt.BearerChallenge;
import vn.ktgs.auth.jwt.JwtCallerResolver;
import vn.ktgs.rest.CallerResolver;

/**
 * Bearer tokens for the REST API from {@code ktgs.auth.jwt.*} (with {@code ktgs-adapters-auth-jwt} on the
 * classpath): a {@link JwtCallerResolver} over the issuer's JWK set URL, unless the application defines its own
 * {@link CallerResolver}, and {@link BearerChallenge} on Jersey. Token times are checked against the system clock
 * (tokens live in real time, whatever the application's {@code Clock} says).
 */
@AutoConfiguration(after = KtgsAutoConfiguration.class)
@ConditionalOnClass(JwtCallerResolver.class)
@ConditionalOnBean(Ktgs.class)
@ConditionalOnProperty(prefix = "ktgs.auth.jwt", name = "jwk-set-uri")
public class KtgsJwtAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CallerResolver.class)
    public JwtCallerResolver ktgsJwtCallerResolver(Ktgs ktgs, KtgsProperties properties) throws MalformedURLException {
        KtgsProperties.Jwt jwt = properties.getAuth().getJwt();
        if (jwt.getIssuer() == null || jwt.getAudience() == null) {
            throw new IllegalStateException("ktgs.auth.jwt.jwk-set-uri is set: set ktgs.auth.jwt.issuer and "
                    + "ktgs.auth.jwt.audience too (tokens are checked against both)");
        }
        JwtCallerResolver.Builder b = JwtCallerResolver.builder(jwt.getJwkSetUri().toURL(), jwt.getIssuer(),
                        jwt.getAudience(), ktgs.organisations())
                .memberClaim(jwt.getMemberClaim(), jwt.getMemberKey() == KtgsProperties.MemberKey.ID
                        ? JwtCallerResolver.MemberKey.ID : JwtCallerResolver.MemberKey.CODE)
                .authoritiesClaim(jwt.getAuthoritiesClaim())
                .clockSkew(jwt.getClockSkew());
        for (Map.Entry<String, Authority> e : jwt.getAuthorities().entrySet()) {
            b.authority(e.getKey(), e.getValue());
        }
        return b.build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ResourceConfig.class)
    static class Challenge {
        /** {@code WWW-Authenticate: Bearer realm=…} on every 401 of the Jersey application. */
        @Bean
        ResourceConfigCustomizer ktgsBearerChallenge(KtgsProperties properties) {
            BearerChallenge challenge = new BearerChallenge(properties.getAuth().getJwt().getRealm());
            return config -> config.register(challenge);
        }
    }
}
