package dev.fazhi.jackson3;

import dev.fazhi.core.model.ImmutableReport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a report where the declared type is the generated {@link ImmutableReport}. */
final class ImmutableReportDeserializer extends ValueDeserializer<ImmutableReport> {

  private final ReportDeserializer reports;

  ImmutableReportDeserializer(ReportDeserializer reports) {
    this.reports = reports;
  }

  @Override
  public ImmutableReport deserialize(JsonParser parser, DeserializationContext context) {
    return ImmutableReport.copyOf(reports.deserialize(parser, context));
  }
}
