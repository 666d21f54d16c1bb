package dev.fazhi.documents.word;

import dev.fazhi.documents.SampleText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's clean sample report as a Word file: each heading's typed label taken off and the
 * heading put in the heading style of its level, whose numbering renders the label again, as a report
 * written in Word with automatic numbering is.
 */
public final class ReportDocx {

  private static final Pattern LABEL = Pattern.compile(
      "^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)\\.|（(\\d+)）)");

  private ReportDocx() {}

  /**
   * The builder with the sample in it.
   *
   * @return the builder, to add residue or properties to
   */
  public static DocxBuilder clean() {
    DocxBuilder b = new DocxBuilder();
    List<String> lines = SampleText.lines(SampleText.CLEAN);
    b.styled("Title", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = LABEL.matcher(line);
      if (m.find() && line.length() < 70) {
        int level = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
        b.heading(level, line.substring(m.end()));
      } else {
        b.para(line);
      }
    }
    return b;
  }
}
