/**
 * The shared kernel: violations and outcomes, localised messages, date ranges and the typed errors every
 * feature uses.
 */
@NullMarked
package vn.ktgs.common;

import org.jspecify.annotations.NullMarked;
