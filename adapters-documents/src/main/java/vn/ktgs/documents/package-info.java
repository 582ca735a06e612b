/**
 * Văn bản: the documents a Party office files — the annual KT-GS plan, the periodic report, the notice of an
 * inspection's conclusion and the committee's annual classification result — rendered from the library's own
 * values as DOCX and PDF in the layout of Guidance 36-HD/VPTW, and their figures as XLSX and CSV. Start at
 * {@link vn.ktgs.documents.KtgsDocuments}.
 */
@NullMarked
package vn.ktgs.documents;

import org.jspecify.annotations.NullMarked;
