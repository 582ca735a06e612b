/**
 * Thực hiện kiểm tra, giám sát: execution records (S4) from notification to conclusion, recommendations and follow-up, coordination (S5) and discipline within competence.
 */
@NullMarked
package vn.ktgs.activity;

import org.jspecify.annotations.NullMarked;
