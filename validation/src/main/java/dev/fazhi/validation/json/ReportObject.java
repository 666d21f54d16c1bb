package dev.fazhi.validation.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.PartStatus;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.ReportMetadata;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.corpus.RelatedPlace;
import dev.fazhi.validation.corpus.SetFinding;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes one checked report as an element of {@code reports} in the JSON output of cli.md: source,
 * issuer, year, dates, the five parts, the metrics and the findings (each with its {@code page}, null
 * where the format has none). Field names are a contract.
 */
final class ReportObject {

  private ReportObject() {}

  static void write(JsonGenerator json, CheckedReport checked) throws IOException {
    Report report = checked.report();
    json.writeStartObject();
    json.writeStringField("source", checked.source());
    writeString(json, "format", Optional.ofNullable(checked.format()));
    writeString(json, "issuer", report.getIssuer().map(Issuer::getName));
    if (report.getReportingYear().isPresent()) {
      json.writeNumberField("reportingYear", report.getReportingYear().getAsInt());
    } else {
      json.writeNullField("reportingYear");
    }
    writeString(json, "signedOn", report.getSignedOn().map(LocalDate::toString));
    writeString(json, "publishedOn", report.getPublishedOn().map(LocalDate::toString));
    writeMetadata(json, report);
    writeParts(json, report);
    json.writeArrayFieldStart("metrics");
    for (Figure figure : report.allFigures()) {
      writeMetric(json, figure);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : checked.findings()) {
      writeFinding(json, finding, checked.pages());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * What the page or file says about itself ({@code metadata} in cli.md), or null when it says
   * nothing: a plain text with no metadata block, or a JSON report without {@code metadata}.
   */
  private static void writeMetadata(JsonGenerator json, Report report) throws IOException {
    Optional<ReportMetadata> metadata = report.getMetadata();
    if (metadata.isEmpty()) {
      json.writeNullField("metadata");
      return;
    }
    ReportMetadata m = metadata.get();
    json.writeObjectFieldStart("metadata");
    writeString(json, "documentNumber", m.getDocumentNumber());
    writeString(json, "indexNumber", m.getIndexNumber());
    writeString(json, "publisher", m.getPublisher());
    writeString(json, "signedOn", m.getSignedOn().map(LocalDate::toString));
    writeString(json, "publishedOn", m.getPublishedOn().map(LocalDate::toString));
    writeString(json, "modifiedOn", m.getModifiedOn().map(LocalDate::toString));
    json.writeEndObject();
  }

  private static void writeParts(JsonGenerator json, Report report) throws IOException {
    json.writeObjectFieldStart("parts");
    Map<Part, PartStatus> statuses = report.partStatuses(); // one walk of the sections for all five
    for (Part part : Part.values()) {
      PartStatus status = statuses.get(part);
      Integer line = status.location().map(SourceLocation::getLine).orElse(null);
      json.writeFieldName(part.name());
      if (status.hasSection()) {
        json.writeStartObject();
        json.writeStringField("heading", status.getFirstSection().get().getHeading().fullText());
        writeInt(json, "line", line);
        json.writeEndObject();
      } else if (status.isEmbedded()) {
        json.writeStartObject();
        json.writeStringField("embeddedIn", status.getEmbedded().get().getEmbeddedIn().name());
        writeInt(json, "line", line);
        writeString(json, "quote", status.getEmbedded().get().getQuote());
        json.writeEndObject();
      } else {
        json.writeNull();
      }
    }
    json.writeEndObject();
  }

  private static void writeMetric(JsonGenerator json, Figure figure) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", figure.kind().name());
    json.writeStringField("subject", figure.getSubject());
    if (figure instanceof TaskCompletion task) {
      json.writeNumberField("assigned", task.getAssigned());
      json.writeNumberField("completed", task.getCompleted());
      if (task.getClosed().isPresent()) {
        json.writeNumberField("closed", task.getClosed().getAsLong());
      } else {
        json.writeNullField("closed");
      }
      writeString(json, "ratePercent", task.getRatePercent().map(BigDecimal::toPlainString));
    } else if (figure instanceof Rate rate) {
      json.writeNumberField("numerator", rate.getNumerator());
      json.writeNumberField("denominator", rate.getDenominator());
      json.writeStringField("ratePercent", rate.getRatePercent().toPlainString());
    } else if (figure instanceof Breakdown breakdown) {
      json.writeNumberField("total", breakdown.getTotal());
      json.writeArrayFieldStart("parts");
      for (long part : breakdown.getParts()) {
        json.writeNumber(part);
      }
      json.writeEndArray();
    } else if (figure instanceof Subset subset) {
      json.writeNumberField("total", subset.getTotal());
      json.writeNumberField("subset", subset.getSubset());
    } else if (figure instanceof Count count) {
      json.writeNumberField("value", count.getValue());
      json.writeStringField("unit", count.getUnit());
    } else if (figure instanceof Amount amount) {
      json.writeStringField("yuan", amount.getYuan().toPlainString());
      json.writeStringField("statedUnit", amount.getStatedUnit().symbol());
    }
    writeInt(json, "line", figure.getLocation().map(SourceLocation::getLine).orElse(null));
    writeString(json, "quote", figure.getQuote());
    json.writeEndObject();
  }

  private static void writeFinding(JsonGenerator json, Finding finding, LinePages pages) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", finding.getRule());
    json.writeStringField("severity", finding.getSeverity().name());
    json.writeStringField("message", finding.getMessage());
    writeString(json, "part", finding.getPart().map(Enum::name));
    writeInt(json, "line", finding.getLocation().map(SourceLocation::getLine).orElse(null));
    writeInt(json, "column", finding.getLocation().map(SourceLocation::getColumn).orElse(null));
    OptionalInt page = finding.getLocation().map(pages::page).orElse(OptionalInt.empty());
    writeInt(json, "page", page.isPresent() ? page.getAsInt() : null);
    writeString(json, "section", finding.getSection());
    writeString(json, "quote", finding.getQuote());
    writeRelated(json, finding);
    json.writeEndObject();
  }

  /**
   * A finding's {@code related}: the other report and place of a corpus finding, null otherwise.
   *
   * @param json the generator
   * @param finding the finding
   * @throws IOException if writing fails
   */
  static void writeRelated(JsonGenerator json, Finding finding) throws IOException {
    Optional<RelatedPlace> related = RelatedPlace.of(finding);
    if (related.isEmpty()) {
      json.writeNullField("related");
      return;
    }
    json.writeObjectFieldStart("related");
    json.writeStringField("source", related.get().source());
    json.writeNumberField("line", related.get().line());
    json.writeStringField("quote", related.get().quote());
    json.writeEndObject();
  }

  /**
   * One finding that belongs to no report, as {@code setFindings} lists it.
   *
   * @param json the generator
   * @param setFinding the finding
   * @throws IOException if writing fails
   */
  static void writeSetFinding(JsonGenerator json, SetFinding setFinding) throws IOException {
    Finding finding = setFinding.finding();
    json.writeStartObject();
    json.writeStringField("rule", finding.getRule());
    json.writeStringField("severity", finding.getSeverity().name());
    json.writeStringField("message", finding.getMessage());
    json.writeStringField("issuer", setFinding.issuer());
    json.writeNumberField("reportingYear", setFinding.reportingYear());
    json.writeNullField("source");
    json.writeNullField("part");
    json.writeNullField("line");
    json.writeNullField("column");
    json.writeNullField("page");
    json.writeNullField("section");
    json.writeNullField("quote");
    json.writeNullField("related");
    json.writeEndObject();
  }

  private static void writeString(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static void writeInt(JsonGenerator json, String name, Integer value) throws IOException {
    if (value != null) {
      json.writeNumberField(name, value.intValue());
    } else {
      json.writeNullField(name);
    }
  }
}
