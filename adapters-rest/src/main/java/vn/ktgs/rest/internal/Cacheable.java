package vn.ktgs.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer holds neither personal nor confidential content (a governing document, the criteria sets):
 * its 2xx answers are {@code Cache-Control: private} rather than {@code no-store}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
/*
 * On a class: its answers set their own Cache-Control (the web page's files, the same for every caller and holding
 * no data), which the filter keeps.
 */
public @interface Cacheable {
}
