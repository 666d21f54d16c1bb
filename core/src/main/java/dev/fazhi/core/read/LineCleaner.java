package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans the physical lines of a source text: spaces of every kind become one space, indentation and
 * trailing spaces go, inline residue is removed, and a numbered item run onto the end of a line after a
 * long run of spaces is split off into a line of its own.
 */
final class LineCleaner {

  /** The shortest run of spaces after which a heading label starts a new logical line. */
  static final int RUN_ON_SPACES = 4;

  private LineCleaner() {}

  static List<CleanLine> clean(SourceText source) {
    List<CleanLine> out = new ArrayList<>();
    String text = source.text();
    for (int line = 0; line < source.lineCount(); line++) {
      int start = source.lineStart(line);
      int end = source.lineEnd(line);
      MappedText raw = rawLine(text, start, end);
      for (MappedText part : splitRunOn(raw)) {
        MappedText collapsed = collapse(part);
        NoiseTable.Kind noise = collapsed.isEmpty() ? null : NoiseTable.classify(collapsed.text());
        out.add(new CleanLine(collapsed, line, noise));
      }
    }
    return out;
  }

  /** The line with residue removed, invisible characters dropped and every space as ' '. */
  static MappedText rawLine(String text, int start, int end) {
    MappedText.Builder b = new MappedText.Builder();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '[' || c == '&' || c == '<') {
        int residue = NoiseTable.residueEnd(text, i, end);
        if (residue > 0) {
          String replacement = NoiseTable.replacementAt(text, i);
          if (!replacement.isEmpty()) {
            b.append(' ', i);
          }
          i = residue;
          continue;
        }
      }
      if (Chars.isSpace(c)) {
        b.append(' ', i);
      } else if (!Chars.isInvisible(c) && !(c < 0x20)) {
        b.append(c, i);
      }
      i++;
    }
    MappedText built = b.build();
    return new MappedText(built.text(), offsetsOf(built), end);
  }

  private static int[] offsetsOf(MappedText t) {
    int[] offsets = new int[t.length()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = t.offsetAt(i);
    }
    return offsets;
  }

  /** Splits where a long run of spaces is followed by a heading label. */
  static List<MappedText> splitRunOn(MappedText raw) {
    List<MappedText> parts = new ArrayList<>(1);
    String s = raw.text();
    int from = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (s.charAt(i) != ' ') {
        i++;
        continue;
      }
      int runStart = i;
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i - runStart >= RUN_ON_SPACES && i < n && hasContent(s, from, runStart)
          && HeadingPatterns.match(s, i) != null) {
        parts.add(raw.sub(from, runStart));
        from = i;
      }
    }
    parts.add(from == 0 ? raw : raw.sub(from));
    return parts;
  }

  private static boolean hasContent(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ') {
        return true;
      }
    }
    return false;
  }

  /** Strips the ends and makes every run of spaces one space. */
  static MappedText collapse(MappedText part) {
    MappedText stripped = part.strip();
    String s = stripped.text();
    if (!s.contains("  ")) {
      return stripped;
    }
    MappedText.Builder b = new MappedText.Builder();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
        continue;
      }
      b.append(s.charAt(i), stripped.offsetAt(i));
    }
    MappedText built = b.build();
    return new MappedText(built.text(), offsetsOf(built), stripped.sourceEnd());
  }
}
