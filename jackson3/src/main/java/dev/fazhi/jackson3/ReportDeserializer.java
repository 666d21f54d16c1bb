package dev.fazhi.jackson3;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a report value by handing its text to {@link ReportJson}; errors point into the real input.
 *
 * @param <T> the declared type: {@link Report} or its generated implementation
 */
final class ReportDeserializer<T extends Report> extends ValueDeserializer<T> {

  private final ReportJson json;
  private final Function<Report, T> as;

  /**
   * A deserializer of one declared type.
   *
   * @param json the reader of the JSON form
   * @param as turns the report read into the declared type
   */
  ReportDeserializer(ReportJson json, Function<Report, T> as) {
    this.json = json;
    this.as = as;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    TokenCopy copy = TokenCopy.of(parser);
    try {
      return as.apply(json.read(copy.text()));
    } catch (ReportFormatException e) {
      ReportFormatException located = relocate(e, copy);
      throw DatabindException.from(parser, located.getMessage(), located);
    }
  }

  /** The same error at the line and column of the offending token in the mapper's own input. */
  private static ReportFormatException relocate(ReportFormatException e, TokenCopy copy) {
    TokenStreamLocation origin = copy.origin(e.getLine().orElse(0));
    return origin == null ? e : e.at(origin.getLineNr(), origin.getColumnNr());
  }
}
