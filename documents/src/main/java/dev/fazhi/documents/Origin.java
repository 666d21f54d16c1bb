package dev.fazhi.documents;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a line of a document's text comes from in the original: for a web page the source line and
 * column of its first character; for a Word file the paragraph or table-cell path and the page as laid
 * out at the file's last save; for a PDF the page and the line on it. Fields a format does not have
 * are empty.
 */
@Value.Immutable
public interface Origin {

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableOrigin.Builder builder() {
    return ImmutableOrigin.builder();
  }

  /**
   * The 1-based line in the original's source (a web page's HTML), or in the page (a PDF).
   *
   * @return the line
   */
  OptionalInt getLine();

  /**
   * The 1-based column in the web page's HTML source.
   *
   * @return the column
   */
  OptionalInt getColumn();

  /**
   * The 1-based page: a PDF's page, or a Word file's page as laid out when it was last saved.
   *
   * @return the page
   */
  OptionalInt getPage();

  /**
   * The place in a Word file's structure, such as {@code paragraph 12} or
   * {@code table 2 / row 3 / cell 1 / paragraph 1}.
   *
   * @return the path
   */
  Optional<String> getPath();

  /**
   * The place in words, for messages: {@code page 3, line 7}, {@code line 120, column 9},
   * {@code paragraph 12 (page 2)}.
   *
   * @return the description
   */
  default String describe() {
    StringBuilder out = new StringBuilder();
    if (getPath().isPresent()) {
      out.append(getPath().get());
      getPage().ifPresent(p -> out.append(" (page ").append(p).append(')'));
      return out.toString();
    }
    getPage().ifPresent(p -> out.append("page ").append(p));
    getLine().ifPresent(l -> out.append(out.length() > 0 ? ", " : "").append("line ").append(l));
    getColumn().ifPresent(c -> out.append(", column ").append(c));
    return out.toString();
  }
}
