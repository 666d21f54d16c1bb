/**
 * Reads reports as users hold them: web pages, Word files and PDFs.
 *
 * <p>{@link dev.fazhi.documents.DocumentReader} tells a document's format by its first bytes, never by
 * its name, and hands it to the reader of that format. Each format's reader turns the document into a
 * {@link dev.fazhi.documents.Document}: the text the core reader ({@code dev.fazhi.core.read.ReportReader})
 * reads, one line per paragraph, table cell or PDF text line, each line mapped back to its place in the
 * original, plus what only the format knows (rendered numbering labels, heading levels from styles,
 * metadata, residue, pages). Anything that cannot be read ends in a {@link
 * dev.fazhi.documents.DocumentException} that names the file, the place and what to do.
 */
@FazhiStyle
package dev.fazhi.documents;

import dev.fazhi.core.model.FazhiStyle;
