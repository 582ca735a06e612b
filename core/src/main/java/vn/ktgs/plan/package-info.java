/**
 * Kế hoạch kiểm tra, giám sát: annual plans (S3), their items, targets, content focus tied to a political task, adoption and amendment.
 */
@NullMarked
package vn.ktgs.plan;

import org.jspecify.annotations.NullMarked;
