package dev.fazhi.validation.corpus;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.FindingPayload;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the findings of the set rules: renders each message in the set's language, applies the
 * severity overrides, and keeps findings per report and for the set. Not thread-safe: the rules run
 * one after the other.
 */
final class FindingSink {

  private final Locale locale;
  private final Map<String, Severity> severities;
  private final Map<String, List<CorpusFinding>> byReport = new HashMap<>();
  private final List<SetFinding> setFindings = new ArrayList<>();

  FindingSink(Locale locale, Map<String, Severity> severities) {
    this.locale = locale;
    this.severities = severities;
  }

  /**
   * Adds a finding in a report.
   *
   * @param rule the rule
   * @param source the report
   * @param messageKey the key in the corpus messages
   * @param line the line, or 0 for the report as a whole
   * @param column the column
   * @param quote the quote, or null
   * @param related the other place, or null
   * @param arguments the message's arguments
   */
  void add(RuleDescriptor rule, String source, String messageKey, int line, int column, String quote,
      RelatedPlace related, Object... arguments) {
    FindingPayload.Builder payload = payload(rule, messageKey, arguments);
    if (line > 0) {
      payload.location(SourceLocation.of(line, Math.max(1, column), 0));
    }
    if (quote != null) {
      payload.quote(quote);
    }
    if (related != null) {
      payload.argument("relatedSource", related.source())
          .argument("relatedLine", related.line())
          .argument("relatedQuote", related.quote());
    }
    String message = CorpusMessages.format(locale, messageKey, arguments);
    byReport.computeIfAbsent(source, s -> new ArrayList<>())
        .add(new CorpusFinding(source, payload.build().toFinding(message), Optional.ofNullable(related)));
  }

  /**
   * Adds a finding that belongs to no report.
   *
   * @param rule the rule
   * @param issuer the issuer
   * @param year the year
   * @param messageKey the key
   * @param arguments the arguments
   */
  void addToSet(RuleDescriptor rule, String issuer, int year, String messageKey, Object... arguments) {
    String message = CorpusMessages.format(locale, messageKey, arguments);
    setFindings.add(new SetFinding(issuer, year, payload(rule, messageKey, arguments).build().toFinding(message)));
  }

  private FindingPayload.Builder payload(RuleDescriptor rule, String messageKey, Object[] arguments) {
    FindingPayload.Builder payload = FindingPayload.builder(rule.getId(),
        severities.getOrDefault(rule.getId(), rule.getDefaultSeverity()))
        .messageKey("dev.fazhi.validation.corpus." + messageKey);
    for (int i = 0; i < arguments.length; i++) {
      payload.argument(Integer.toString(i), arguments[i]);
    }
    return payload;
  }

  Map<String, List<CorpusFinding>> byReport() {
    return byReport;
  }

  List<SetFinding> setFindings() {
    return setFindings;
  }
}
