/**
 * Small runnable programs that show the library at work; each has a {@code main} and is shown in the
 * README with the command that runs it, and each is run by a test so that what the README says is
 * true.
 *
 * <ul>
 *   <li>{@link dev.fazhi.examples.BuildAndValidateExample}: build a report in code and validate it;
 *   <li>{@link dev.fazhi.examples.ReadTextExample}: read a published text and print the findings;
 *   <li>{@link dev.fazhi.examples.PlainJakartaValidatorExample}: validate through a plain Jakarta
 *       {@code Validator};
 *   <li>{@link dev.fazhi.examples.CustomRuleExample}: write a rule of your own;
 *   <li>{@link dev.fazhi.examples.ProvincialDeadlineExample}: set a provincial deadline and severity
 *       overrides.
 * </ul>
 */
package dev.fazhi.examples;
