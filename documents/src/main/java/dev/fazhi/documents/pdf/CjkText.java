package dev.fazhi.documents.pdf;

import java.text.Normalizer;
import java.util.Map;

/**
 * Repairs what PDF text extraction does to Chinese text.
 *
 * <ul>
 *   <li>Spaces between two Han characters (or a Han character and Chinese punctuation) are removed:
 *       extraction inserts them where glyphs stand apart (justified lines, character spacing), and
 *       Chinese puts no space between words. Spaces next to Latin letters and digits are kept.</li>
 *   <li>Compatibility forms are folded to the ideographs they stand for: Kangxi radicals (U+2F00–U+2FD5)
 *       and CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) by their Unicode
 *       compatibility decomposition (NFKC, applied to those blocks only, so that full-width digits and
 *       ① stay as written for the numbering checks); the CJK radicals supplement (U+2E80–U+2EFF), which
 *       has no decomposition, by a table of the radicals fonts use for whole simplified characters
 *       (⻝ for 食, ⻓ for 长, ⻔ for 门). Fonts embed such glyphs and map them to the radical's code
 *       point, so a search for 食品 would miss ⻝品.</li>
 * </ul>
 */
final class CjkText {

  /** Radicals-supplement forms that stand for a whole character, with that character. */
  private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
      Map.entry('⺠', '民'), Map.entry('⺟', '母'), Map.entry('⻄', '西'), Map.entry('⻅', '见'),
      Map.entry('⻆', '角'), Map.entry('⻉', '贝'), Map.entry('⻋', '车'), Map.entry('⻓', '长'),
      Map.entry('⻔', '门'), Map.entry('⻘', '青'), Map.entry('⻚', '页'), Map.entry('⻛', '风'),
      Map.entry('⻜', '飞'), Map.entry('⻝', '食'), Map.entry('⻢', '马'), Map.entry('⻣', '骨'),
      Map.entry('⻤', '鬼'), Map.entry('⻥', '鱼'), Map.entry('⻦', '鸟'), Map.entry('⻨', '麦'),
      Map.entry('⻩', '黄'), Map.entry('⻬', '齐'), Map.entry('⻮', '齿'), Map.entry('⻰', '龙'),
      Map.entry('⻳', '龟'), Map.entry('⻁', '虎'), Map.entry('⻌', '辶'));

  private CjkText() {}

  static String repair(String line) {
    return dropSpaces(fold(line));
  }

  static String fold(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      String replacement = null;
      if ((cp >= 0x2F00 && cp <= 0x2FD5) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
        replacement = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      } else if (cp >= 0x2E80 && cp <= 0x2EFF) {
        Character c = SUPPLEMENT.get((char) cp);
        replacement = c == null ? null : String.valueOf(c);
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  static String dropSpaces(String s) {
    if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\u00A0') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) && out.length() > 0 && isChinese(out.charAt(out.length() - 1))) {
        int j = i;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (j < n && isChinese(s.charAt(j))) {
          i = j; // a run of spaces between two Chinese characters: dropped
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u3000';
  }

  /** A Han character (BMP) or Chinese punctuation. */
  static boolean isChinese(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3001' && c <= '\u3011')
        || c == '，' || c == '；' || c == '：' || c == '？' || c == '！' || c == '（' || c == '）' || c == '“'
        || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
  }
}
