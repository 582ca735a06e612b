/**
 * Tổ chức đảng và đảng viên: the organisation tree, members with their memberships and roles over time, and
 * the executive committee members assigned to each cell (S6).
 */
@NullMarked
package vn.ktgs.organisation;

import org.jspecify.annotations.NullMarked;
