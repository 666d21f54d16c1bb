/**
 * The built-in report-level rules: parts, content, numbering, meta, conflicting values and text. They
 * run inside the {@code @ConsistentReport} constraint; figure rules live with the constraint validators.
 */
package dev.fazhi.validation.rules;
