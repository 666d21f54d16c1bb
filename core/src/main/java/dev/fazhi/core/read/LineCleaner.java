package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.Arrays;
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

  static ArrayList<CleanLine> clean(SourceText source) {
    ArrayList<CleanLine> out = new ArrayList<>(source.lineCount());
    String text = source.text();
    char[] chars = source.chars();
    for (int line = 0; line < source.lineCount(); line++) {
      int start = source.lineStart(line);
      int end = source.lineEnd(line);
      int from = start;
      int to = end;
      while (from < to && CharClasses.isSpace(chars[from])) {
        from++;
      }
      while (to > from && CharClasses.isSpace(chars[to - 1])) {
        to--;
      }
      if (from < to && source.isPlainRun(line, from, to)) {
        // most lines: no space inside and nothing to clean, so nothing to split or collapse either
        MappedText plain = MappedText.contiguous(text, from, to);
        out.add(new CleanLine(plain, line, NoiseTable.classify(chars, from, to), false));
        continue;
      }
      MappedText raw = rawLine(text, start, end);
      for (MappedText part : splitRunOn(raw)) {
        MappedText collapsed = collapse(part);
        NoiseTable.Kind noise = collapsed.isEmpty() ? null : NoiseTable.classify(collapsed.text());
        out.add(new CleanLine(collapsed, line, noise));
      }
    }
    return out;
  }

  /**
   * Where the plain run from {@code from} ends: at the first space or character that cleaning must not
   * copy as it stands ({@link CharClasses#RAW_SPECIAL}), else at {@code to}. A trimmed line that is one plain
   * run is, as it stands, the one logical line {@link #rawLine}, {@link #splitRunOn} and
   * {@link #collapse} would make of it, and holds no space for a later step to look for.
   */
  static int plainRunEnd(char[] chars, int from, int to) {
    int k = from;
    while (k < to && CharClasses.isPlainInLine(chars[k])) {
      k++;
    }
    return k;
  }

  /**
   * The line with residue removed, invisible characters dropped and every space as ' '. A line with
   * nothing to remove inside comes without the spaces at its ends, exactly as {@link #collapse} would
   * leave it, and without a copy of its offsets.
   */
  static MappedText rawLine(String text, int lineStart, int lineEnd) {
    int trimmedStart = lineStart;
    int trimmedEnd = lineEnd;
    while (trimmedStart < trimmedEnd && CharClasses.isSpace(text.charAt(trimmedStart))) {
      trimmedStart++;
    }
    while (trimmedEnd > trimmedStart && CharClasses.isSpace(text.charAt(trimmedEnd - 1))) {
      trimmedEnd--;
    }
    if (trimmedStart == trimmedEnd) {
      return MappedText.contiguous(text, lineEnd, lineEnd); // blank: as collapse would leave it
    }
    int k = trimmedStart;
    while (k < trimmedEnd && (CharClasses.classes(text.charAt(k)) & CharClasses.RAW_SPECIAL) == 0) {
      k++;
    }
    if (k == trimmedEnd) {
      return MappedText.contiguous(text, trimmedStart, trimmedEnd); // most lines: nothing to clean
    }
    return cleaned(text, lineStart, lineEnd);
  }

  /** The line cleaned character by character: what {@link #rawLine} does where it cannot cut. */
  static MappedText cleaned(String text, int start, int end) {
    char[] chars = new char[end - start];
    int[] offsets = new int[end - start];
    int n = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if ((CharClasses.classes(c) & CharClasses.RAW_SPECIAL) == 0) { // most characters: copied as they stand
        chars[n] = c;
        offsets[n++] = i;
        i++;
        continue;
      }
      if (c == '[' || c == '&' || c == '<') {
        int residue = NoiseTable.residueEnd(text, i, end);
        if (residue > 0) {
          if (!NoiseTable.replacementAt(text, i).isEmpty()) {
            chars[n] = ' ';
            offsets[n++] = i;
          }
          i = residue;
          continue;
        }
      }
      if (CharClasses.isSpace(c)) {
        chars[n] = ' ';
        offsets[n++] = i;
      } else if (!CharClasses.isInvisible(c) && c >= 0x20) {
        chars[n] = c;
        offsets[n++] = i;
      }
      i++;
    }
    return new MappedText(new String(chars, 0, n),
        n == offsets.length ? offsets : Arrays.copyOf(offsets, n), end);
  }

  /** Splits where a long run of spaces is followed by a heading label. */
  static List<MappedText> splitRunOn(MappedText raw) {
    List<MappedText> parts = new ArrayList<>(1);
    String s = raw.text();
    int from = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int runStart = s.indexOf(' ', i);
      if (runStart < 0) {
        break;
      }
      i = runStart;
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
    char[] chars = new char[s.length()];
    int[] offsets = new int[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
        continue;
      }
      chars[n] = s.charAt(i);
      offsets[n++] = stripped.offsetAt(i);
    }
    return new MappedText(new String(chars, 0, n), Arrays.copyOf(offsets, n), stripped.sourceEnd());
  }
}
