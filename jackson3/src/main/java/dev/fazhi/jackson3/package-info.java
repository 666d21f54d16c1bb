/**
 * Jackson 3 ({@code tools.jackson}) support: {@link dev.fazhi.jackson3.ReportJacksonModule} lets an
 * {@code ObjectMapper} read and write reports with the strict rules and errors of
 * {@link dev.fazhi.core.json.ReportJson}.
 */
package dev.fazhi.jackson3;
