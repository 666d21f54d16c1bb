package dev.fazhi.validation.corpus;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ImmutableFinding;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the findings of the set rules: renders each message in the set's language from the
 * built-in bundle ({@code <id>.message} or {@code <id>.message.<variant>}, arguments {@code {name}}),
 * applies the severity overrides, and keeps findings per report and for the set. Not thread-safe: the
 * rules run one after the other.
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
   * Adds a finding in a report. The related place is also given as the arguments
   * {@code relatedSource}, {@code relatedLine} and {@code relatedQuote}, so that a consumer that sees
   * only the {@link Finding} still has it.
   *
   * @param rule the rule
   * @param source the report
   * @param variant the message variant, or null
   * @param line the line, or 0 for the report as a whole
   * @param column the column
   * @param quote the quote, or null
   * @param related the other place, or null
   * @param arguments the message's arguments, by name
   */
  void add(RuleDescriptor rule, String source, String variant, int line, int column, String quote,
      RelatedPlace related, Map<String, Object> arguments) {
    Map<String, Object> all = new LinkedHashMap<>(arguments);
    if (related != null) {
      all.put("relatedSource", related.source());
      all.put("relatedLine", related.line());
      all.put("relatedQuote", related.quote());
    }
    ImmutableFinding.Builder finding = start(rule, variant, all);
    if (line > 0) {
      finding.location(SourceLocation.of(line, Math.max(1, column), 0));
    }
    if (quote != null) {
      finding.quote(quote);
    }
    byReport.computeIfAbsent(source, s -> new ArrayList<>())
        .add(new CorpusFinding(source, finding.build(), Optional.ofNullable(related)));
  }

  /**
   * Adds a finding that belongs to no report.
   *
   * @param rule the rule
   * @param issuer the issuer
   * @param year the year
   * @param arguments the arguments
   */
  void addToSet(RuleDescriptor rule, String issuer, int year, Map<String, Object> arguments) {
    setFindings.add(new SetFinding(issuer, year, start(rule, null, arguments).build()));
  }

  private ImmutableFinding.Builder start(RuleDescriptor rule, String variant, Map<String, Object> arguments) {
    String key = rule.messageKey(variant);
    return ImmutableFinding.builder()
        .rule(rule.getId())
        .severity(severities.getOrDefault(rule.getId(), rule.getDefaultSeverity()))
        .messageKey(key)
        .message(CorpusMessages.rule(locale, key, arguments))
        .arguments(arguments);
  }

  Map<String, List<CorpusFinding>> byReport() {
    return byReport;
  }

  List<SetFinding> setFindings() {
    return setFindings;
  }
}
