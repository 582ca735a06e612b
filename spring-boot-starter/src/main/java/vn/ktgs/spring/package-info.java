/**
 * Spring Boot auto-configuration of KTGS (kiểm tra, giám sát): {@link vn.ktgs.spring.KtgsAutoConfiguration} (the
 * library over the application's {@code DataSource}), {@link vn.ktgs.spring.KtgsJerseyAutoConfiguration} (the REST
 * API on Spring Boot's Jersey), {@link vn.ktgs.spring.KtgsActuatorAutoConfiguration} (health of the library's schema,
 * Micrometer timers) and their {@link vn.ktgs.spring.KtgsProperties}.
 */
@NullMarked
package vn.ktgs.spring;

import org.jspecify.annotations.NullMarked;
