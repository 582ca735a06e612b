/** Helpers of the core that are not API: do not use them from outside the library. */
@NullMarked
package vn.ktgs.internal;

import org.jspecify.annotations.NullMarked;
