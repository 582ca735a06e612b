/**
 * Chấm điểm và xếp loại (S7): indicators of the KT-GS work of an organisation in a year, data-defined and
 * versioned criteria sets, scorecards that explain every point, and the quota on excellent ratings.
 */
@NullMarked
package vn.ktgs.scoring;

import org.jspecify.annotations.NullMarked;
