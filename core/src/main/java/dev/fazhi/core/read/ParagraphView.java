package dev.fazhi.core.read;

import dev.fazhi.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph as the figure finders see it: its text, its characters folded to ASCII digits, its
 * numbers in order, and the clauses and sentences they stand in. Look-backs are bounded by the constants here, so
 * that every finder is linear in the paragraph. Read-only once made; one per paragraph.
 */
final class ParagraphView {

  /** The most numbers a rate or a breakdown looks back over. */
  static final int LOOK_BACK_TOKENS = 10;

  /** The longest stretch a relation between figures may span. */
  static final int LOOK_BACK_CHARS = 400;

  /** The most parts a breakdown lists; a longer list is no breakdown the reader can vouch for. */
  static final int MAX_PARTS = 40;

  final MappedText paragraph;
  final SourceText source;
  final String text;
  /**
   * The numbers, in order. An {@code ArrayList}, not a {@code List}: the finders ask it for numbers
   * thousands of times a report, and C1 inlines no interface call, where it can inline
   * {@code ArrayList.get}.
   */
  final ArrayList<NumberToken> tokens;
  /**
   * The folded paragraph's characters at the start of the source's scratch array: valid while this
   * paragraph is read (the next paragraph's view reuses the array).
   */
  private final char[] chars;
  /**
   * The paragraph's own characters, unfolded, at the start of an array: {@code textChars[k] ==
   * text.charAt(k)} for every {@code k} below the text's length. It is the folded array itself when
   * folding changed no character (nearly every paragraph: most texts hold no full-width digit, point or
   * sign), else a copy of the text. The finders read the text's characters here: under C1
   * {@code String.charAt} on a Chinese string is a call with a bounds check, not a load.
   */
  final char[] textChars;

  ParagraphView(MappedText paragraph, SourceText source) {
    this.paragraph = paragraph;
    this.source = source;
    this.text = paragraph.text();
    char[] chars = source.charsOf(paragraph);
    int n = text.length();
    // most texts hold no full-width digit, point or sign: their paragraphs are their own folding; the
    // folded characters are read from the array only, so no folded string is made
    boolean changed = source.foldable() && CharClasses.foldInPlace(chars, n);
    this.tokens = NumberScanner.scanFolded(chars, n);
    this.chars = chars;
    this.textChars = changed ? text.toCharArray() : chars;
  }

  /**
   * Whether any number of the paragraph is a count, an amount or a percentage: every figure the finders
   * make is made of one of them (plain counts and amounts, relations of counts, rates of percentages), so
   * a paragraph without one (about a third: no digit, or only dates and bare numbers) has no figure, and
   * no sink or finder needs to be made for it.
   */
  boolean holdsFigure() {
    for (int i = 0; i < tokens.size(); i++) {
      NumberToken.Type type = tokens.get(i).type;
      if (type == NumberToken.Type.COUNT || type == NumberToken.Type.AMOUNT
          || type == NumberToken.Type.PERCENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text.indexOf(word, from)} for a word that folds to itself (no digit, point or sign: 其中),
   * so that the folded characters hold it where the text does. Searched on the array: C1 does not
   * intrinsify {@code String.indexOf} on Chinese strings, and a loop over an array is much cheaper there.
   */
  int indexOf(String word, int from) {
    return indexOf(chars, text.length(), word, from);
  }

  /**
   * The next place at or after a position where a word that folds to itself (其中) stands before a number
   * of its own sentence, or -1: the places {@code indexOf(word, from)} finds in turn, less those after
   * which the next number starts only in a later sentence (or none follows). A list after 其中 is read
   * only from a number of the word's sentence, so those places open none, and as no number starts inside
   * the word (no digit, 上 or mark of approximation is 其 or 中), a number that a skipped place would end a
   * list before stands in a later sentence anyway. Searches only the stretches from each number's sentence
   * start to the number: most of a paragraph holds no number in its sentence and is not looked at.
   */
  int indexOfBeforeNumber(String word, int from) {
    int len = word.length();
    int k = firstTokenFrom(from + len);
    if (k < 0) {
      return -1;
    }
    // a word of two characters (其中) is looked for with its characters taken once, not per number
    char first = word.charAt(0);
    char second = len == 2 ? word.charAt(1) : 0;
    for (; k < tokens.size(); k++) {
      NumberToken t = tokens.get(k);
      // the places whose first number after them is this one, and that stand in its sentence
      int lo = Math.max(from, t.sentenceStart);
      if (k > 0) {
        lo = Math.max(lo, tokens.get(k - 1).start - len + 1);
      }
      int at = len == 2 ? indexOf(chars, t.start, first, second, lo) : indexOf(chars, t.start, word, lo);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  /**
   * {@code new String(a, 0, n).indexOf(word, from)} for a word of at least one character. A word of two
   * characters (其中, 完成, most of the tables' words) is looked for with both characters taken from the
   * word once, so that a place where its first character stands costs a load, not a call and
   * {@code String.charAt} calls, which C1 does not intrinsify.
   */
  static int indexOf(char[] a, int n, String word, int from) {
    int len = word.length();
    char first = word.charAt(0);
    int last = n - len;
    if (len == 2) {
      return indexOf(a, n, first, word.charAt(1), from);
    }
    for (int i = Math.max(from, 0); i <= last; i++) {
      if (a[i] == first && regionEquals(a, i, word)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code new String(a, 0, n).indexOf(word, from)} for the word of two characters given. */
  static int indexOf(char[] a, int n, char first, char second, int from) {
    int last = n - 2;
    for (int i = Math.max(from, 0); i <= last; i++) {
      if (a[i] == first && a[i + 1] == second) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionEquals(char[] a, int at, String word) {
    for (int k = 1; k < word.length(); k++) {
      if (a[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest word of a table that ends at a position of the folded paragraph:
   * {@code words.longestEndingAt(folded, end)}, read from the array.
   */
  String foldedEndingWith(WordTable words, int end) {
    return words.longestEndingAt(chars, text.length(), end, 0);
  }

  /** The location in the source of a position in the paragraph. */
  SourceLocation locate(int position) {
    return source.locate(paragraph.offsetAt(position));
  }

  /** The clause a number stands in, up to the number. */
  String clause(NumberToken t) {
    return text.substring(t.clauseStart, t.start);
  }

  /**
   * Whether the clause a number stands in holds a word before the number: {@code clause(t).contains(w)}
   * without making the clause (a clause is at most {@value NumberScanner#MAX_CLAUSE} characters). Looked
   * for in the folded array: the words asked for (其中, the rate tables' words, an action of two CJK
   * ideographs) hold no character that folds or that one folds to, so they stand in the array exactly
   * where they stand in the text.
   */
  boolean clauseContains(NumberToken t, String word) {
    return indexOf(chars, t.start, word, t.clauseStart) >= 0;
  }

  /**
   * {@code clauseContains(t, "其中")}, with the word's two characters as constants: asked of most counts
   * (a list's total and its parts, a closed task).
   */
  boolean clauseHoldsOfWhich(NumberToken t) {
    return indexOf(chars, t.start, '其', '中', t.clauseStart) >= 0;
  }

  /**
   * The paragraph's folded characters, at the start of an array that is valid while this paragraph is
   * read. Where it holds a character that neither folds nor is folded to (CJK, the clause and sentence
   * marks, white space), the text holds the same.
   */
  char[] foldedChars() {
    return chars;
  }

  /** Whether the clause a number stands in holds any of the words before the number. */
  boolean clauseContainsAny(NumberToken t, List<String> words) {
    for (int w = 0; w < words.size(); w++) { // no iterator: C1 would allocate one per call
      if (clauseContains(t, words.get(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause a number stands in holds any word of a table before the number: what
   * {@link #clauseContainsAny(NumberToken, List)} answers for the table's words, looking only at the
   * words that start with each character of the clause.
   */
  boolean clauseContainsAny(NumberToken t, WordTable words) {
    for (int k = t.clauseStart; k < t.start; k++) {
      // the table's words are CJK: as in the text; most characters start none, answered by one bit
      if (words.mayStartWith(chars[k]) && words.longestAt(chars, t.start, k) != null) {
        return true;
      }
    }
    return false;
  }

  boolean sameSentence(NumberToken a, NumberToken b) {
    return a.sentenceStart == b.sentenceStart && b.start - a.end <= LOOK_BACK_CHARS;
  }

  /**
   * Where the clause that holds a position ends, at most 60 characters on; read from the folded array,
   * where the clause and sentence marks stand as in the text (none folds or is folded to).
   */
  int clauseEnd(int from) {
    int k = from;
    int n = text.length();
    while (k < n && !CharClasses.isClauseBoundary(chars[k]) && k - from < 60) {
      k++;
    }
    return k;
  }

  /** The end of an item with the name that follows it: {@code 2篇论文}. */
  int itemEnd(NumberToken t) {
    if (t.start > t.clauseStart && !text.substring(t.clauseStart, t.start).isBlank()
        && !text.substring(t.clauseStart, t.start).strip().equals("其中")) {
      return t.end;
    }
    return clauseEnd(t.end);
  }

  /** The index of the first number at or after a position (binary search), or -1. */
  int firstTokenFrom(int position) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }
}
