/** Not API: JSON binding, problem details, filters, preconditions, access guard and the OpenAPI generator. */
@NullMarked
package vn.ktgs.rest.internal;

import org.jspecify.annotations.NullMarked;
