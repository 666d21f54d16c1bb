/**
 * The {@code fazhi} command: {@code fazhi check} reads report files, validates them and prints the
 * findings as text, JSON or SARIF; {@code fazhi rules} prints the rule catalog.
 *
 * <p>{@link dev.fazhi.examples.cli.Main} is the entry point of {@code examples/target/fazhi.jar} and
 * of the {@code ./fazhi} launcher; {@link dev.fazhi.examples.cli.FazhiCommand} runs the command
 * in-process.
 */
package dev.fazhi.examples.cli;
