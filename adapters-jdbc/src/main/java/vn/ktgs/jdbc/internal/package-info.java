/** The JDBC adapter's machinery: transactions, the one mapping layer, the audit log, dialects. Not API. */
@NullMarked
package vn.ktgs.jdbc.internal;

import org.jspecify.annotations.NullMarked;
