/**
 * Quyền truy cập: who may read and write what, by the caller's Party roles on the day. Pure rules over the
 * organisation tree, with no notion of HTTP. Which action each command and query needs is decided in core:
 * {@link vn.ktgs.Ktgs#as(Caller)} checks it for every host (plain Java, the REST adapter, the Spring Boot starter's
 * application) and refuses with {@link AccessDeniedException}.
 *
 * <p>The rules, for an organisation {@code X} on today's date:
 * <ul>
 *   <li>{@link Action#WRITE_WORK}: the secretary or deputy secretary of {@code X} (a cell secretary writes their
 *   own cell's plans, records, disseminations and reports; a committee's secretary its committee's).</li>
 *   <li>{@link Action#GUIDE}: the executive committee (BCH) members assigned to the cell {@code X} (S6), and
 *   whoever may write its work: recommendations and their follow-up.</li>
 *   <li>{@link Action#REVIEW}: a holder of a committee role (secretary, deputy, standing or executive committee
 *   member) in an organisation above {@code X}: return a submitted report, see timeliness.</li>
 *   <li>{@link Action#READ}: members of {@code X} (their own cell), its assigned BCH members, committee role
 *   holders of {@code X} or of any organisation above it, and administrators.</li>
 *   <li>{@link Action#READ_CONFIDENTIAL} (violations found, discipline, inspections on signs of violation): only
 *   the cell committee of {@code X} (secretary, deputy, cell committee members) and committee role holders of
 *   {@code X} or above it (the BCH). Administrators do not see them.</li>
 *   <li>{@link Action#ADMINISTER} (organisation tree, members, roles, assignments, documents): callers the host
 *   grants {@link Authority#ADMINISTRATOR}.</li>
 * </ul>
 */
@NullMarked
package vn.ktgs.access;

import org.jspecify.annotations.NullMarked;
