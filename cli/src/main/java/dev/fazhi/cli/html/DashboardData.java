package dev.fazhi.cli.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.cli.result.ReportView;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboard shows, gathered as reports arrive: one row per report (its {@link ReportView} and
 * page, kept as the JSON the page will hold, a few hundred bytes, so a national year fits in memory),
 * the files that could not be checked, and the findings counted by rule and severity. Written into the
 * dashboard as JSON, which its script sorts, filters and charts.
 */
final class DashboardData {

  /**
   * A file that could not be checked.
   *
   * @param source the file
   * @param reason why, in the user's language
   */
  record Failure(String source, String reason) {}

  /**
   * An issuer of the roster with no report for a year checked ({@code corpus.report-missing}).
   *
   * @param issuer the issuer, as the roster names it
   * @param year the year
   * @param message the finding's message, in the user's language
   */
  record Missing(String issuer, int year, String message) {}

  private final JsonFactory factory = new JsonFactory();
  private final StringBuilder rows = new StringBuilder();
  private int size;
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
  private boolean corpus;
  private final List<Missing> missing = new ArrayList<>();
  private final List<Exclusion> exclusions = new ArrayList<>();
  private int duplicates;
  private int reused;

  void add(ReportView view, String page, List<Finding> findings) {
    StringWriter text = new StringWriter(320);
    try (JsonGenerator json = factory.createGenerator(text)) {
      row(json, view, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size++ > 0) {
      rows.append(',');
    }
    rows.append(text);
    if (view.duplicateOf() != null) {
      duplicates++;
    }
    if (view.reusedShare() != null) {
      reused++;
    }
    for (Finding finding : findings) {
      byRule.computeIfAbsent(finding.getRule(), r -> new EnumMap<>(Severity.class))
          .merge(finding.getSeverity(), 1, Integer::sum);
    }
  }

  void fail(String source, String reason) {
    failures.add(new Failure(source, reason));
  }

  int size() {
    return size;
  }

  /**
   * What the corpus checks found of the set as a whole: the issuers with no report (the findings of
   * the set, of which only {@code corpus.report-missing} exists), and the reports left out of checks.
   *
   * @param setFindings the findings of the set
   * @param left the reports left out for lack of an issuer or year
   */
  void corpus(List<SetFinding> setFindings, List<Exclusion> left) {
    corpus = true;
    for (SetFinding finding : setFindings) {
      missing.add(new Missing(finding.issuer(), finding.reportingYear(), finding.finding().getMessage()));
    }
    exclusions.addAll(left);
  }

  /** Whether the corpus checks ran (several reports, or a roster or history). */
  boolean corpusRan() {
    return corpus;
  }

  List<Missing> missing() {
    return List.copyOf(missing);
  }

  List<Exclusion> exclusions() {
    return List.copyOf(exclusions);
  }

  /** Reports that are a copy of another file checked. */
  int duplicates() {
    return duplicates;
  }

  /** Reports with text reused from another report. */
  int reused() {
    return reused;
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  /**
   * The data as JSON: {@code reports} (one short-keyed object per row), {@code rules} (rule id to
   * counts by severity) and {@code failures}.
   *
   * @return the JSON text
   */
  String json() {
    StringWriter rest = new StringWriter(1024);
    try (JsonGenerator json = factory.createGenerator(rest)) {
      json.writeStartObject();
      json.writeObjectFieldStart("rules");
      for (Map.Entry<String, Map<Severity, Integer>> rule : byRule.entrySet()) {
        json.writeObjectFieldStart(rule.getKey());
        for (Map.Entry<Severity, Integer> count : rule.getValue().entrySet()) {
          json.writeNumberField(count.getKey().name(), count.getValue());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeNumberField("failures", failures.size());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // rest is {"rules": …, "failures": n}: the rows, already JSON, go in front of its fields.
    return new StringBuilder(rows.length() + rest.getBuffer().length() + 16).append("{\"reports\":[")
        .append(rows).append("],").append(rest.getBuffer(), 1, rest.getBuffer().length()).toString();
  }

  private static void row(JsonGenerator json, ReportView view, String page) throws IOException {
    json.writeStartObject();
    json.writeStringField("s", view.source());
    json.writeStringField("h", page);
    json.writeStringField("i", view.issuer());
    number(json, "y", view.year());
    json.writeStringField("f", view.format());
    json.writeStringField("sg", view.signedOn() == null ? null : view.signedOn().toString());
    json.writeStringField("p", view.publishedOn() == null ? null : view.publishedOn().toString());
    number(json, "d", view.daysFromDeadline());
    number(json, "l", view.daysLate());
    StringBuilder parts = new StringBuilder();
    for (PartStatus presence : view.parts()) {
      parts.append(ReportView.mark(presence));
    }
    json.writeStringField("pt", parts.toString());
    json.writeNumberField("e", view.count(Severity.ERROR));
    json.writeNumberField("w", view.count(Severity.WARNING));
    json.writeNumberField("n", view.count(Severity.INFO));
    json.writeStringField("du", view.duplicateOf());
    number(json, "ru", view.reusedShare());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String name, Integer value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value.intValue());
    }
  }
}
