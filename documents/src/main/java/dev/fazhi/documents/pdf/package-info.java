/**
 * PDFs, read with Apache PDFBox: text lines in reading order with their pages, glyphs that map to no
 * character counted per page, document information.
 */
package dev.fazhi.documents.pdf;
