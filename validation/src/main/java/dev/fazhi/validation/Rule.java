package dev.fazhi.validation;

import dev.fazhi.core.model.Report;

/**
 * A rule: what it is ({@link #descriptor()}) and a check that reports what it finds to a
 * {@link FindingSink}. Every built-in rule and every rule of a user's own implements this one
 * interface; the validator runs them all in one pass over a report, and a plain Jakarta
 * {@code Validator} runs the same rules through {@code @ConsistentReport}.
 *
 * <h2>Writing a rule</h2>
 *
 * <pre>{@code
 * public final class BreakdownSumRule implements Rule {
 *   private static final RuleDescriptor DESCRIPTOR =
 *       RuleDescriptor.of("metric.breakdown-sum", Severity.ERROR, RuleSource.ARITH);
 *
 *   public RuleDescriptor descriptor() {
 *     return DESCRIPTOR;
 *   }
 *
 *   public void check(Report report, FindingSink findings) {
 *     for (Breakdown b : ...) {
 *       if (sum != b.getTotal()) {
 *         findings.finding().figure(b).argument("sum", sum).argument("total", b.getTotal()).add();
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>The message is rendered once, when the finding is added, from the rule's message bundle in the
 * validator's locale: key {@code <id>.message} ({@code metric.breakdown-sum.message}), or
 * {@code <id>.message.<variant>} for {@link FindingSink#finding(String) a variant}; arguments are
 * written {@code {name}} in the message. The bundle of the built-in rules is
 * {@code dev/fazhi/validation/Messages.properties} (English) and {@code Messages_zh.properties}
 * (Chinese); its {@code <id>.description} is what {@code fazhi rules} and {@code docs/rules.md} show.
 * A user rule names its own bundle in its descriptor ({@link RuleDescriptor#getMessageBundle()}), or
 * gives its message as text ({@link FindingSink.Draft#message(String)}).
 *
 * <h2>Registering a rule</h2>
 *
 * <p>A built-in rule is its class in {@code rules/<family>/}, named after its id
 * ({@code metric.breakdown-sum} → {@code rules/metric/BreakdownSumRule}), its test beside it, and its
 * texts under its id in the built-in bundle: {@code dev.fazhi.validation.rules.BuiltInRules} makes a
 * rule of every {@code <id>.description} there, in the bundle's order, so no list names it. A user's
 * rule is added with
 * {@link ReportValidator.Builder#addRule(Rule)}, or listed in
 * {@code META-INF/services/dev.fazhi.validation.Rule} (a public no-argument constructor) to have every
 * validator and every plain Jakarta {@code Validator} run it.
 *
 * <h2>Contract</h2>
 *
 * <p>Implementations are immutable and thread-safe: one instance checks many reports at once. A rule
 * reports nothing when its inputs are missing; it never guesses. A rule switched off is not called at
 * all; its severity is the validator's, not the rule's concern. Work several rules share (one scan of
 * the text, an index of the sections) is computed once per report with
 * {@link FindingSink#shared(Class, java.util.function.Function)}.
 */
public interface Rule {

  /**
   * What the rule is: id, default severity, source, messages.
   *
   * @return the descriptor, the same on every call
   */
  RuleDescriptor descriptor();

  /**
   * Checks a report and reports every finding to the sink.
   *
   * @param report the report
   * @param findings where findings go, with the validator's settings; valid during this call only
   */
  void check(Report report, FindingSink findings);
}
