package dev.fazhi.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON value read from a parser of the application's mapper, rewritten as text with one token per
 * line, so that a line of the copy tells the token and so where it stood in the mapper's input.
 * Numbers are copied digit for digit.
 *
 * @param text the value as JSON text
 * @param origins where each line's token stood in the original input, by line number less one
 */
record TokenCopy(String text, List<JsonLocation> origins) {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Copies the value the parser stands on (its first token), leaving the parser on its last token.
   *
   * @param parser the parser
   * @return the copy
   * @throws IOException if reading fails
   */
  static TokenCopy of(JsonParser parser) throws IOException {
    StringWriter out = new StringWriter();
    List<JsonLocation> origins = new ArrayList<>();
    try (JsonGenerator copy = FACTORY.createGenerator(out)) {
      int depth = 0;
      JsonToken token = parser.currentToken();
      while (true) {
        origins.add(parser.currentTokenLocation());
        if (origins.size() > 1) {
          copy.writeRaw("\n");
        }
        copy.copyCurrentEventExact(parser);
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
      }
    }
    return new TokenCopy(out.toString(), List.copyOf(origins));
  }

  /**
   * Where a line of the copy came from.
   *
   * @param line a 1-based line of {@link #text()}
   * @return the token's location in the original input, or null when the line is out of range
   */
  JsonLocation origin(int line) {
    return line >= 1 && line <= origins.size() ? origins.get(line - 1) : null;
  }
}
