package dev.fazhi.jackson3;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON value read from a Jackson 3 parser, rewritten as text with one token per line, so that a
 * line of the copy tells the token, and so the line and column it came from in the parser's input.
 * Numbers are copied digit for digit.
 *
 * @param text the value as JSON text
 * @param origins where each line's token stood in the original input, by line number less one
 */
record TokenCopy(String text, List<TokenStreamLocation> origins) {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Copies the value the parser stands on (its first token), leaving the parser on its last token.
   *
   * @param parser the parser
   * @return the copy
   */
  static TokenCopy of(JsonParser parser) {
    StringWriter out = new StringWriter();
    List<TokenStreamLocation> origins = new ArrayList<>();
    try (JsonGenerator copy = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
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
  TokenStreamLocation origin(int line) {
    return line >= 1 && line <= origins.size() ? origins.get(line - 1) : null;
  }
}
