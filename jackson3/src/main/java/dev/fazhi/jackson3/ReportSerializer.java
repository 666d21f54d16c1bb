package dev.fazhi.jackson3;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a report as {@link ReportJson} does, token by token into the mapper's generator, so that the
 * mapper's layout and format apply.
 */
final class ReportSerializer extends ValueSerializer<Report> {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final ReportJson json;

  ReportSerializer(ReportJson json) {
    this.json = json;
  }

  @Override
  public void serialize(Report report, JsonGenerator generator, SerializationContext context) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json.write(report))) {
      parser.nextToken();
      generator.copyCurrentStructureExact(parser);
    }
  }
}
