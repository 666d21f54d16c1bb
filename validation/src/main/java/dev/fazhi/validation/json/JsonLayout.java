package dev.fazhi.validation.json;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The layout of the findings JSON, and of the command's other JSON outputs (SARIF, the rule
 * catalog), so that they all look alike: two-space indent, {@code "name": value}, {@code \n} line
 * ends on every platform.
 */
public final class JsonLayout {

  private JsonLayout() {}

  /**
   * A new pretty printer of this layout for a Jackson 2 generator; one per generator, as pretty
   * printers hold the indentation state.
   *
   * @return the pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return printer;
  }
}
