/** The writers of each file format and the label lookup; not API. */
@NullMarked
package vn.ktgs.documents.internal;

import org.jspecify.annotations.NullMarked;
