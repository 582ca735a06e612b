/**
 * Báo cáo định kỳ: periodic reports (S9) of inspection and supervision results that cells send to the executive
 * committee, on the periods of statistical reporting (885-QĐ/UBKTTW): month, quarter, six months, nine months
 * and year; their figures computed from plans and execution records, their submission, return and lateness.
 */
@NullMarked
package vn.ktgs.report;

import org.jspecify.annotations.NullMarked;
