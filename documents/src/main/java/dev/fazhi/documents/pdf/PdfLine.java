package dev.fazhi.documents.pdf;

/**
 * A text line as laid out on a PDF page: its text, its page and line on the page, where it starts and
 * ends across the page, and the mean width of its glyphs.
 */
record PdfLine(String text, int page, int line, float left, float right, float glyphWidth) {}
