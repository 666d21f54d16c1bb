package dev.fazhi.cli;

import dev.fazhi.core.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fazhi} command and its subcommands {@code check} and {@code rules}, as cli.md specifies.
 *
 * <p>{@link #execute(String[], PrintWriter, PrintWriter)} runs the command in-process and returns its
 * exit status: 0 when no finding reaches {@code --fail-on}, 1 when one does, 2 when the command line
 * is wrong or a file cannot be read or is not a report.
 */
@Command(name = "fazhi", mixinStandardHelpOptions = true, versionProvider = Version.class,
    usageHelpAutoWidth = true)
public final class FazhiCommand implements Runnable {

  private final Messages messages;

  @Spec
  private CommandSpec spec;

  private FazhiCommand(Messages messages) {
    this.messages = messages;
  }

  /**
   * Runs the command with the given arguments, as if from a shell, in the system locale, with no
   * terminal (no colour, no progress) and one thread per core.
   *
   * @param args the arguments, such as {@code check --format json samples/}
   * @param out where the output goes
   * @param err where complaints go
   * @return the exit status: 0, 1 or 2
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, new CliContext(out, err, Terminal.PLAIN, Language.defaultLocale(),
        Runtime.getRuntime().availableProcessors(), false));
  }

  static int execute(String[] args, CliContext context) {
    Objects.requireNonNull(args, "args");
    return commandLine(args, context).execute(args);
  }

  /**
   * Builds the command line. The language of help and complaints is chosen before parsing, from a
   * {@code --locale} among the arguments, else the system locale.
   *
   * @param args the arguments, only looked at for {@code --locale}
   * @param context the streams, terminal and system locale
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(String[] args, CliContext context) {
    Messages messages = Messages.of(localeArgument(args, context));
    CommandLine commandLine = new CommandLine(new FazhiCommand(messages));
    commandLine.addSubcommand("check", new CommandLine(new CheckCommand(context)));
    commandLine.addSubcommand("rules", new CommandLine(new RulesCommand(context)));
    commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    commandLine.setResourceBundle(messages.bundle());
    Converters.registerAll(commandLine, messages);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
        context.terminal().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, messages));
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      cmd.getErr().println(messages.format("error.internal", String.valueOf(e)));
      e.printStackTrace(cmd.getErr());
      cmd.getErr().flush();
      return ExitStatus.USAGE_OR_INPUT;
    });
    return commandLine;
  }

  private static int usageError(ParameterException e, Messages messages) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(messages.format("usage.error", name, describe(e, messages)));
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      err.println(messages.format("usage.did-you-mean", String.join(", ", unmatched.getSuggestions())));
    }
    err.println(messages.format("usage.try-help", name));
    err.flush();
    return ExitStatus.USAGE_OR_INPUT;
  }

  /**
   * Says what is wrong with the command line in the user's language. Picocli's own messages are
   * English, so each kind of complaint it can raise is worded here from its parts; complaints the
   * commands raise themselves are already in the user's language.
   */
  static String describe(ParameterException e, Messages messages) {
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> labels = new ArrayList<>();
      for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
          return messages.format("usage.missing-value", option.longestName(), option.paramLabel());
        }
        labels.add(arg.paramLabel());
      }
      return messages.format("usage.missing-parameter", String.join(", ", labels));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> arguments = unmatched.getUnmatched();
      return messages.format("usage.unknown-argument",
          arguments.isEmpty() ? String.valueOf(e.getValue()) : String.join(" ", arguments));
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      return messages.format("usage.repeated-option", nameOf(overwritten.getOverwritten()));
    }
    if (e instanceof CommandLine.MaxValuesExceededException) {
      return e.getArgSpec() == null ? messages.get("usage.too-many-values")
          : messages.format("usage.too-many-values-for", nameOf(e.getArgSpec()));
    }
    if (e.getCause() instanceof Converters.BadValue bad) {
      return messages.format("usage.invalid-value", nameOf(e.getArgSpec()), bad.getMessage());
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException) {
      // A value picocli converts itself, such as --help=maybe.
      return messages.format("usage.bad-value", nameOf(e.getArgSpec()), String.valueOf(e.getValue()));
    }
    if (e.getArgSpec() == null && e.getValue() != null) {
      // Such as "fazhi help nosuch": the help command names the word it does not know.
      return messages.format("usage.unknown-argument", e.getValue());
    }
    return e.getMessage();
  }

  /** An option by its longest name, a positional parameter by its label. */
  private static String nameOf(CommandLine.Model.ArgSpec arg) {
    if (arg == null) {
      return "?";
    }
    return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /** The locale a {@code --locale} argument asks for, or the system locale when there is none or it is bad. */
  private static Locale localeArgument(String[] args, CliContext context) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if ("--locale".equals(args[i]) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i] != null && args[i].startsWith("--locale=")) {
        value = args[i].substring("--locale=".length());
      }
      if (value != null) {
        try {
          return Converters.locale(value, Messages.of(context.systemLocale()));
        } catch (CommandLine.TypeConversionException e) {
          break; // picocli reports the bad value when it parses
        }
      }
    }
    return context.systemLocale();
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), messages.get("usage.missing-command"));
  }
}
