package dev.fazhi.jackson3;

import dev.fazhi.core.model.ImmutableReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes a report whose runtime type is the generated {@link ImmutableReport}. */
final class ImmutableReportSerializer extends ValueSerializer<ImmutableReport> {

  private final ReportSerializer reports;

  ImmutableReportSerializer(ReportSerializer reports) {
    this.reports = reports;
  }

  @Override
  public void serialize(ImmutableReport report, JsonGenerator generator, SerializationContext context) {
    reports.serialize(report, generator, context);
  }
}
