/**
 * Fazhi core: the report model ({@link dev.fazhi.core.model}), its JSON form
 * ({@link dev.fazhi.core.json}) and the reader of published report texts. This package holds what they
 * share, such as {@link dev.fazhi.core.ReportFormatException}.
 */
package dev.fazhi.core;
