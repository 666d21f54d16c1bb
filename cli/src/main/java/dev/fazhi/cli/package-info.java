/**
 * The {@code fazhi} command: {@code fazhi check} reads report files, validates them and prints the
 * findings as text, JSON or SARIF; {@code fazhi rules} prints the rule catalog.
 *
 * <p>{@link dev.fazhi.cli.Main} is the entry point of {@code cli/target/fazhi.jar} and
 * of the {@code ./fazhi} launcher; {@link dev.fazhi.cli.FazhiCommand} runs the command
 * in-process.
 */
package dev.fazhi.cli;
