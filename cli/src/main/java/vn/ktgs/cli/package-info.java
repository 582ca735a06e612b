/**
 * Công cụ dòng lệnh {@code ktgs}: validate, classify, report on, import and export KTGS datasets (one committee
 * and year, or bundles of many); see {@code cli/README.md}.
 */
@NullMarked
package vn.ktgs.cli;

import org.jspecify.annotations.NullMarked;
