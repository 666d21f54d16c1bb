package dev.fazhi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.json.JsonLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fazhi rules}: the rule catalog, as a table or as JSON. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
    sortOptions = false, usageHelpAutoWidth = true)
final class RulesCommand implements Callable<Integer> {

  /** The output formats of {@code fazhi rules}. */
  enum Format {
    /** A table for people. */
    TEXT,
    /** {@code [{"rule", "severity", "description"}, …]}. */
    JSON
  }

  private final CliContext context;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format")
  private Format format = Format.TEXT;

  @Option(names = "--locale", paramLabel = "zh-CN|en", descriptionKey = "locale")
  private Locale locale;

  RulesCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Messages messages = context.messages(locale);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      writeJson(out, messages.locale());
    } else {
      writeText(out, messages);
    }
    out.flush();
    return ExitStatus.OK;
  }

  private static void writeJson(PrintWriter out, Locale locale) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setPrettyPrinter(JsonLayout.prettyPrinter());
    json.writeStartArray();
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      json.writeStartObject();
      json.writeStringField("rule", rule.getId());
      json.writeStringField("severity", rule.getDefaultSeverity().name());
      json.writeStringField("description", rule.description(locale));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeRaw("\n");
    json.flush();
  }

  private static void writeText(PrintWriter out, Messages messages) {
    int width = 0;
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      width = Math.max(width, rule.getId().length());
    }
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      String severity = messages.get("severity." + rule.getDefaultSeverity().name());
      out.println(pad(rule.getId(), width + 2) + pad(severity, 9) + rule.description(messages.locale()));
    }
  }

  private static String pad(String text, int columns) {
    int width = Progress.columns(text);
    return width >= columns ? text + " " : text + " ".repeat(columns - width);
  }
}
