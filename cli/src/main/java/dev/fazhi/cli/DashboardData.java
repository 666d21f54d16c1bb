package dev.fazhi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.Severity;
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
 * page), the files that could not be checked, and the findings counted by rule and severity. Written
 * into the dashboard as JSON, which its script sorts, filters and charts.
 */
final class DashboardData {

  /**
   * A file that could not be checked.
   *
   * @param source the file
   * @param reason why, in the user's language
   */
  record Failure(String source, String reason) {}

  private record Row(ReportView view, String page) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();

  void add(ReportView view, String page, List<Finding> findings) {
    rows.add(new Row(view, page));
    for (Finding finding : findings) {
      byRule.computeIfAbsent(finding.getRule(), r -> new EnumMap<>(Severity.class))
          .merge(finding.getSeverity(), 1, Integer::sum);
    }
  }

  void fail(String source, String reason) {
    failures.add(new Failure(source, reason));
  }

  int size() {
    return rows.size();
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
    StringWriter text = new StringWriter(256 * rows.size() + 1024);
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeArrayFieldStart("reports");
      for (Row row : rows) {
        row(json, row);
      }
      json.writeEndArray();
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
    return text.toString();
  }

  private static void row(JsonGenerator json, Row row) throws IOException {
    ReportView view = row.view();
    json.writeStartObject();
    json.writeStringField("s", view.source());
    json.writeStringField("h", row.page());
    json.writeStringField("i", view.issuer());
    number(json, "y", view.year());
    json.writeStringField("f", view.format());
    json.writeStringField("sg", view.signedOn() == null ? null : view.signedOn().toString());
    json.writeStringField("p", view.publishedOn() == null ? null : view.publishedOn().toString());
    number(json, "d", view.daysFromDeadline());
    number(json, "l", view.daysLate());
    StringBuilder parts = new StringBuilder();
    for (PartPresence presence : view.parts()) {
      parts.append(ReportView.mark(presence));
    }
    json.writeStringField("pt", parts.toString());
    json.writeNumberField("e", view.count(Severity.ERROR));
    json.writeNumberField("w", view.count(Severity.WARNING));
    json.writeNumberField("n", view.count(Severity.INFO));
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
