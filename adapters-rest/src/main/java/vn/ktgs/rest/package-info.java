/**
 * The KTGS REST adapter: {@link vn.ktgs.rest.KtgsRestApplication} (every resource over the core services),
 * the {@link vn.ktgs.rest.CallerResolver} SPI a host implements, and {@link vn.ktgs.rest.KtgsRestServer}, a
 * standalone runner on Jetty 12.
 */
@NullMarked
package vn.ktgs.rest;

import org.jspecify.annotations.NullMarked;
