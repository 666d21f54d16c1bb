package dev.fazhi.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.fazhi.core.model.Report;
import java.io.IOException;

/**
 * Writes a report in another mapper as {@link ReportJson} does, token by token into that mapper's
 * generator, so that its layout and format apply.
 */
final class ModuleSerializer extends JsonSerializer<Report> {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final ReportJson json;

  ModuleSerializer(ReportJson json) {
    this.json = json;
  }

  @Override
  public void serialize(Report report, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(json.write(report))) {
      parser.nextToken();
      generator.copyCurrentStructureExact(parser);
    }
  }
}
