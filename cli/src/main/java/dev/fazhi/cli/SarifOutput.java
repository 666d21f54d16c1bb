package dev.fazhi.cli;

import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.RuleCatalog;
import dev.fazhi.validation.RuleDescriptor;
import dev.fazhi.validation.Severity;
import dev.fazhi.validation.corpus.Exclusion;
import dev.fazhi.validation.corpus.RelatedPlace;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code --format sarif}: one SARIF 2.1.0 run whose driver is {@code fazhi} with the rule catalog,
 * one result per finding (streamed; part, heading path, quote and page (of a PDF or Word file) go in the result's properties, since
 * a quote may be shortened and so is no region snippet), and the inputs that could not be checked as tool execution
 * notifications of level {@code error}. When the corpus checks ran, each report they left out for want
 * of an issuer or a year is a tool execution notification of level {@code note} with the report's
 * location, the reason for people as its message and {@code properties.reason} ({@code UNKNOWN_ISSUER}
 * or {@code UNKNOWN_YEAR}); it does not make the execution unsuccessful.
 */
final class SarifOutput extends StreamedJsonOutput {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Messages messages;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private List<Exclusion> leftOut = List.of();

  SarifOutput(Writer out, Messages messages) throws IOException {
    super(out);
    this.messages = messages;
  }

  /**
   * The SARIF level of a severity.
   *
   * @param severity the severity
   * @return {@code error}, {@code warning} or {@code note}
   */
  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /**
   * The SARIF {@code artifactLocation.uri} of an input: a {@code file:} URI for an absolute path, a
   * relative URI reference with forward slashes for a relative one. Both percent-encode what a URI may
   * not hold as such (spaces, Chinese).
   *
   * @param path the input as the user named it
   * @return the URI, in ASCII
   */
  static String uri(Path path) {
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    List<String> segments = new ArrayList<>();
    for (Path name : path) {
      segments.add(name.toString());
    }
    String relative = String.join("/", segments);
    try {
      String reference = new URI(null, null, relative, null).toASCIIString();
      // "a:b.txt" would read as scheme "a"; RFC 3986 section 4.2 says to write "./a:b.txt".
      int colon = reference.indexOf(':');
      int slash = reference.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + reference : reference;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a relative path: " + path, e);
    }
  }

  @Override
  public void begin(int inputs) throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "fazhi");
    json.writeStringField("version", Version.current());
    json.writeArrayFieldStart("rules");
    int index = 0;
    for (RuleDescriptor rule : RuleCatalog.rules()) {
      ruleIndex.put(rule.getId(), index++);
      json.writeStartObject();
      json.writeStringField("id", rule.getId());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.description(messages.locale()));
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.getDefaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("results");
  }

  @Override
  void writeReport(Outcome.Checked checked) throws IOException {
    for (Finding finding : checked.findings()) {
      startResult(finding);
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      writeArtifact(checked.input().path());
      Optional<SourceLocation> location = finding.getLocation();
      if (location.isPresent()) {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", location.get().getLine());
        json.writeNumberField("startColumn", location.get().getColumn());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      Optional<RelatedPlace> related = RelatedPlace.of(finding);
      if (related.isPresent()) {
        writeRelated(related.get());
      }
      json.writeObjectFieldStart("properties");
      writeOptional("part", finding.getPart().map(Enum::name));
      OptionalInt page = finding.getLocation().map(checked.pages()::page).orElse(OptionalInt.empty());
      if (page.isPresent()) {
        json.writeNumberField("page", page.getAsInt());
      }
      writeOptional("section", finding.getSection());
      writeOptional("quote", finding.getQuote());
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  /** Opens a result and writes its rule, level and message. */
  private void startResult(Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.getRule());
    Integer index = ruleIndex.get(finding.getRule());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(finding.getSeverity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", finding.getMessage());
    json.writeEndObject();
  }

  /** A corpus finding's other place, as SARIF's {@code relatedLocations}. */
  private void writeRelated(RelatedPlace related) throws IOException {
    json.writeArrayFieldStart("relatedLocations");
    json.writeStartObject();
    json.writeNumberField("id", 1);
    json.writeObjectFieldStart("physicalLocation");
    writeArtifact(Path.of(related.source()));
    if (related.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", related.line());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeObjectFieldStart("message");
    json.writeStringField("text", related.quote());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** Findings of the set (a roster issuer with no report): results without a location. */
  @Override
  public void corpus(List<SetFinding> findings, List<Exclusion> exclusions) throws IOException {
    leftOut = List.copyOf(exclusions);
    for (SetFinding setFinding : findings) {
      Finding finding = setFinding.finding();
      startResult(finding);
      json.writeObjectFieldStart("properties");
      json.writeStringField("issuer", setFinding.issuer());
      json.writeNumberField("reportingYear", setFinding.reportingYear());
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  @Override
  void writeEnd(List<Outcome.Failed> errors) throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", errors.isEmpty());
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (Outcome.Failed failed : errors) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      json.writeObjectFieldStart("message");
      json.writeStringField("text", messages.format("text.error", failed.input().source(), failed.message()));
      json.writeEndObject();
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      writeArtifact(failed.input().path());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    for (Exclusion exclusion : leftOut) {
      json.writeStartObject();
      json.writeStringField("level", "note");
      json.writeObjectFieldStart("message");
      json.writeStringField("text", exclusion.source() + ": " + exclusion.message(messages.locale()));
      json.writeEndObject();
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      writeArtifact(Path.of(exclusion.source()));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectFieldStart("properties");
      json.writeStringField("reason", exclusion.reason().name());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeArtifact(Path path) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(path));
    json.writeEndObject();
  }

  private void writeOptional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
