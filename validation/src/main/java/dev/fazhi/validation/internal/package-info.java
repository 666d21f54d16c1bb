/**
 * What the built-in rules share about a report's structure ({@code ReportIndex}). Imports nothing of
 * the public package. Not part of the public API; may change without notice.
 */
package dev.fazhi.validation.internal;
