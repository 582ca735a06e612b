/**
 * The JDBC adapter: every core repository port over a host's {@link javax.sql.DataSource}, on H2 2.x and
 * PostgreSQL 14+. Start with {@link vn.ktgs.jdbc.JdbcPorts} and {@link vn.ktgs.jdbc.KtgsSchema}.
 */
@NullMarked
package vn.ktgs.jdbc;

import org.jspecify.annotations.NullMarked;
