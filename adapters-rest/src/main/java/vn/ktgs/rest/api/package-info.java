/** Request and response bodies of the REST adapter: records of this module, never domain types. */
@NullMarked
package vn.ktgs.rest.api;

import org.jspecify.annotations.NullMarked;
