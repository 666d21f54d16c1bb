/**
 * What the formats for people (html, xlsx) read of a {@code fazhi check} run: a checked report
 * ({@link dev.fazhi.cli.result.CheckedResult}), a file that could not be checked
 * ({@link dev.fazhi.cli.result.FailedInput}), the run's words and settings, and the
 * {@link dev.fazhi.cli.result.ResultWriter} each format implements. The command adapts its own
 * outcomes to these, so the formats depend on nothing else of it. Values are immutable.
 */
package dev.fazhi.cli.result;
