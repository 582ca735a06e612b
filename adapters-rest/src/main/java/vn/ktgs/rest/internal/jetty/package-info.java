/**
 * What the standalone runner {@link vn.ktgs.rest.KtgsRestServer} adds to Jetty: the request body read without a
 * worker thread before the application sees it, and Jetty's own error answers as problem documents. Not API; only
 * loaded when the runner is used (Jetty is an optional dependency).
 */
@NullMarked
package vn.ktgs.rest.internal.jetty;

import org.jspecify.annotations.NullMarked;
