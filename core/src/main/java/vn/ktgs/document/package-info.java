/**
 * Văn bản và quán triệt: governing documents (nghị quyết, kế hoạch, ...) with their Party document numbers and
 * the chain by which a lower level implements an upper level's document (S1), and the dissemination sessions
 * (quán triệt) in which cells bring them to their members (S8).
 */
@NullMarked
package vn.ktgs.document;

import org.jspecify.annotations.NullMarked;
