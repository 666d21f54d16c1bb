/**
 * The built-in rules, one class per rule in a package per family ({@code outline}, {@code meta},
 * {@code metric}, {@code text}), each named after its id ({@code metric.breakdown-sum} →
 * {@code metric.BreakdownSumRule}) with its test beside it, and {@link
 * dev.fazhi.validation.rules.BuiltInRules}, which finds them by their ids in the message bundle, in
 * catalog order. Work several rules share
 * (the scan of the text, the sibling headings, the figures) is a package-private class of the family,
 * computed once per report through {@code FindingSink.shared}.
 */
package dev.fazhi.validation.rules;
