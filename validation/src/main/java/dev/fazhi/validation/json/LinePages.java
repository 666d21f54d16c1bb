package dev.fazhi.validation.json;

import dev.fazhi.core.model.SourceLocation;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The page each line of a report's text stands on, for the {@code page} of its findings in the
 * findings JSON: a PDF's page, or a Word file's page as laid out at its last save. Formats without
 * pages (a plain text, a web page, a JSON report) have {@link #none()}, and their findings' {@code page}
 * is null. Lines are 1-based, as in a {@link SourceLocation}. Immutable.
 *
 * <p>A reader that knows pages makes one with {@link #of(int[])}; the {@code fazhi-documents} module's
 * {@code DocumentReport.page(location)} gives the page of each line.
 */
public final class LinePages {

  private static final LinePages NONE = new LinePages(new int[0]);

  /** The page of line {@code n} at index {@code n - 1}; 0 where the line has none. */
  private final int[] pages;

  private LinePages(int[] pages) {
    this.pages = pages;
  }

  /**
   * No pages: the format has none.
   *
   * @return the empty value
   */
  public static LinePages none() {
    return NONE;
  }

  /**
   * The pages of a text's lines.
   *
   * @param pageOfLine the 1-based page of line {@code n} at index {@code n - 1}, 0 (or less) where the
   *     line's page is not known; copied
   * @return the value, {@link #none()} when no line has a page
   */
  public static LinePages of(int[] pageOfLine) {
    Objects.requireNonNull(pageOfLine, "pageOfLine");
    int[] pages = new int[pageOfLine.length];
    boolean any = false;
    for (int i = 0; i < pages.length; i++) {
      pages[i] = Math.max(0, pageOfLine[i]);
      any |= pages[i] > 0;
    }
    return any ? new LinePages(pages) : NONE;
  }

  /**
   * The page of a line.
   *
   * @param line the 1-based line
   * @return its 1-based page, empty when the format has no pages or the line is not known
   */
  public OptionalInt page(int line) {
    return line >= 1 && line <= pages.length && pages[line - 1] > 0 ? OptionalInt.of(pages[line - 1])
        : OptionalInt.empty();
  }

  /**
   * The page of a location.
   *
   * @param location a location in the report's text
   * @return its 1-based page, empty when the format has no pages or the line is not known
   */
  public OptionalInt page(SourceLocation location) {
    return page(location.getLine());
  }

  /**
   * Whether any line has a page.
   *
   * @return false for {@link #none()}
   */
  public boolean isEmpty() {
    return pages.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LinePages that && Arrays.equals(pages, that.pages);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pages);
  }

  @Override
  public String toString() {
    return isEmpty() ? "LinePages[none]" : "LinePages[" + pages.length + " lines, pages "
        + Arrays.stream(pages).filter(p -> p > 0).min().orElse(0) + "–"
        + Arrays.stream(pages).max().orElse(0) + "]";
  }
}
