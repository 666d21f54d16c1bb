/**
 * Web pages, read with jsoup: the charset, the report's body in the page, its paragraphs and tables,
 * and the page's metadata.
 */
package dev.fazhi.documents.html;
