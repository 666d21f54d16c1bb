package dev.fazhi.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a report value in another mapper by handing its text to {@link ReportJson}; errors point into
 * that mapper's input.
 *
 * @param <T> the declared type: {@link Report} or its generated implementation
 */
final class ModuleDeserializer<T extends Report> extends JsonDeserializer<T> {

  private final ReportJson json;
  private final Function<Report, T> as;

  ModuleDeserializer(ReportJson json, Function<Report, T> as) {
    this.json = json;
    this.as = as;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    TokenCopy copy = TokenCopy.of(parser);
    try {
      return as.apply(json.read(copy.text()));
    } catch (ReportFormatException e) {
      ReportFormatException located = relocate(e, copy);
      throw JsonMappingException.from(parser, located.getMessage(), located);
    }
  }

  /** The same error at the line and column of the offending token in the mapper's own input. */
  private static ReportFormatException relocate(ReportFormatException e, TokenCopy copy) {
    JsonLocation origin = copy.origin(e.getLine().orElse(0));
    return origin == null ? e : e.at(origin.getLineNr(), origin.getColumnNr());
  }
}
