package dev.fazhi.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's sample reports (written for the project, in {@code samples/}), as lines, for the
 * generators of web pages, Word files and PDFs in the tests.
 */
public final class SampleText {

  private SampleText() {}

  /**
   * A sample's text.
   *
   * @param name the sample's name, such as {@code qingshan-justice-2024-clean}
   * @return its text
   */
  public static String text(String name) {
    Path file = Path.of("..", "samples", name + ".txt");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sample's lines, blank lines dropped.
   *
   * @param name the sample
   * @return the non-blank lines
   */
  public static List<String> lines(String name) {
    return text(name).lines().filter(l -> !l.isBlank()).toList();
  }

  /** The clean sample all formats are generated from. */
  public static final String CLEAN = "qingshan-justice-2024-clean";
}
