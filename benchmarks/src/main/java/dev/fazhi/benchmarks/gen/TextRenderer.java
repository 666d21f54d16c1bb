package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a {@link Plan} out as a published text would read, with the plan's noise, and remembers
 * where each heading, paragraph, figure and date landed.
 */
final class TextRenderer {

  private static final String BOOKMARK = "[bookmark: _GoBack]";

  /** Keys under which the dates' offsets are kept. */
  static final Object SIGNED_ON = new Object();
  static final Object PUBLISHED_ON = new Object();

  private final Plan plan;
  private final SplittableRandom random;
  private final StringBuilder out = new StringBuilder(16_384);
  private final Map<Object, Integer> offsets = new IdentityHashMap<>();
  private final List<String> indents = new ArrayList<>();
  private final boolean blankLines;
  private final boolean indentHeadings;

  private TextRenderer(Plan plan, SplittableRandom random) {
    this.plan = plan;
    this.random = random;
    this.blankLines = plan.noise.contains(Noise.BLANK_LINES);
    this.indentHeadings = random.nextInt(4) == 0;
    if (plan.noise.contains(Noise.NO_BREAK_SPACES)) {
      indents.add("\u00a0\u00a0\u00a0\u00a0");
    }
    if (plan.noise.contains(Noise.IDEOGRAPHIC_SPACES)) {
      indents.add("\u3000\u3000");
    }
    if (indents.isEmpty()) {
      indents.add(random.nextBoolean() ? "" : "    ");
    }
  }

  /** The text and where things stand in it. */
  static final class Rendered {
    final String text;
    private final Map<Object, Integer> offsets;
    private final int[] lineStarts;

    private Rendered(String text, Map<Object, Integer> offsets) {
      this.text = text;
      this.offsets = offsets;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where an object of the plan (a section, paragraph, figure or date) was written, or null. */
    SourceLocation locationOf(Object planned) {
      Integer offset = offsets.get(planned);
      if (offset == null) {
        return null;
      }
      int found = Arrays.binarySearch(lineStarts, offset);
      int line = found >= 0 ? found : -found - 2;
      return SourceLocation.of(line + 1, offset - lineStarts[line] + 1, offset);
    }
  }

  static Rendered render(Plan plan, SplittableRandom random) {
    return new TextRenderer(plan, random).render();
  }

  private Rendered render() {
    for (int i = random.nextInt(3); i > 0; i--) {
      out.append('\n');
    }
    if (plan.navigation != null) {
      out.append(plan.navigation).append("\n\n");
    }
    if (plan.titleBreak > 0) {
      out.append(plan.title, 0, plan.titleBreak).append('\n')
          .append(plan.title, plan.titleBreak, plan.title.length()).append('\n');
    } else {
      out.append(plan.title).append('\n');
    }
    if (plan.publicationLine != null) {
      offsets.put(PUBLISHED_ON, out.length() + plan.publicationDateIndex);
      out.append(plan.publicationLine).append('\n');
    }
    out.append('\n');
    if (plan.salutation != null) {
      out.append(plan.salutation).append('\n');
    }
    for (Plan.Paragraph paragraph : plan.preamble) {
      paragraph(paragraph, indent());
    }
    for (Plan.Section section : plan.sections) {
      section(section);
    }
    if (plan.signedOn != null) {
      out.append('\n');
      String pad = random.nextBoolean() ? "" : " ".repeat(20 + random.nextInt(10));
      if (plan.issuerAboveDate) {
        out.append(pad).append(plan.issuerName).append('\n');
      }
      out.append(pad);
      offsets.put(SIGNED_ON, out.length());
      out.append(chineseDate(plan.signedOn)).append('\n');
    }
    return new Rendered(out.toString(), offsets);
  }

  private void section(Plan.Section section) {
    if (section.runOnSpaces > 0) {
      while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
        out.setLength(out.length() - 1);
      }
      out.append(" ".repeat(section.runOnSpaces));
    } else if (indentHeadings || section.level > 1 && random.nextInt(8) == 0) {
      out.append(indents.get(0).isEmpty() ? " " : indents.get(0));
    }
    offsets.put(section, out.length());
    out.append(section.label()).append(section.text);
    List<Plan.Paragraph> paragraphs = section.paragraphs;
    int first = 0;
    if (section.runIntoBody && !paragraphs.isEmpty()) {
      out.append('。');
      paragraph(paragraphs.get(0), "");
      first = 1;
    } else {
      out.append('\n');
      if (blankLines) {
        out.append('\n');
      }
    }
    for (int i = first; i < paragraphs.size(); i++) {
      paragraph(paragraphs.get(i), indent());
    }
    for (Plan.Section child : section.children) {
      section(child);
    }
  }

  private void paragraph(Plan.Paragraph paragraph, String indent) {
    out.append(indent);
    if (paragraph.bookmark) {
      out.append(BOOKMARK);
    }
    int start = out.length();
    offsets.put(paragraph, start);
    String text = paragraph.text.toString();
    int from = 0;
    for (int i = 0; i < paragraph.figures.size(); i++) {
      Figure figure = paragraph.figures.get(i);
      int at = text.indexOf(paragraph.quotes.get(i), from);
      if (at >= 0) {
        offsets.put(figure, start + at + (paragraph.breakAt > 0 && at >= paragraph.breakAt ? 2 : 0));
        from = at + 1;
      }
    }
    if (paragraph.breakAt > 0) {
      out.append(text, 0, paragraph.breakAt).append("\n\n").append(text, paragraph.breakAt, text.length());
    } else {
      out.append(text);
    }
    out.append('\n');
    if (blankLines) {
      out.append('\n');
    }
  }

  private String indent() {
    return indents.get(random.nextInt(indents.size()));
  }

  private static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
