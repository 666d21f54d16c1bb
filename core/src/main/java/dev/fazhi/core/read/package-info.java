/**
 * The reader of published report texts: {@link dev.fazhi.core.read.ReportReader} turns the text of a
 * 法治政府建设年度报告, as published on a government website or exported from a word processor, into the
 * {@link dev.fazhi.core.model.Report} model.
 *
 * <p>What the reader recognises lives in one table each, easy to read and extend: the noise of web
 * pages and word processors, heading labels, the words that name the parts, dates, and the words and
 * units of figures.
 */
package dev.fazhi.core.read;
