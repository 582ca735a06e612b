/**
 * Extension points (SPI) a host or a format module implements: small interfaces the core calls.
 */
@NullMarked
package vn.ktgs.spi;

import org.jspecify.annotations.NullMarked;
