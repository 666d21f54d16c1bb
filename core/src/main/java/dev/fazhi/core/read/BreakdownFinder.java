package dev.fazhi.core.read;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Subset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds wholes and their parts: breakdowns after {@code 其中} ({@code 依申请公开7件，其中当面申请1件、…}), in
 * brackets after the total, enumerated in clauses that open with their counts, or listed right after the
 * total; and subsets ({@code 行政处罚634宗，行政处罚公示184宗}; {@code 论文24篇…其中2篇论文}). Never a list
 * of dates or percentages after {@code 其中}.
 */
final class BreakdownFinder {

  private final ParagraphView v;
  private final FigureSink sink;
  private final String text;
  private final ArrayList<NumberToken> tokens;
  /**
   * The paragraph's folded characters ({@link ParagraphView#foldedChars}): read instead of the text
   * where only white space and CJK words are looked for, which stand there as in the text.
   */
  private final char[] chars;
  /** The text's own characters ({@link ParagraphView#textChars}), read instead of {@code text.charAt}. */
  private final char[] textChars;

  BreakdownFinder(ParagraphView view, FigureSink sink) {
    this.v = view;
    this.sink = sink;
    this.text = view.text;
    this.tokens = view.tokens;
    this.chars = view.foldedChars();
    this.textChars = view.textChars;
  }

  /** {@code 线索137件（…投诉117件；…线索20件）}. */
  void bracketBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate) {
      return;
    }
    int open = total.end;
    if (open >= text.length() || (textChars[open] != '（' && textChars[open] != '(')) {
      return;
    }
    int close = -1;
    for (int k = open + 1; k < text.length() && k < open + ParagraphView.LOOK_BACK_CHARS; k++) {
      char c = textChars[k];
      if (c == '）' || c == ')') {
        close = k;
        break;
      }
      if (c == '（' || c == '(' || c == '。') {
        return;
      }
    }
    if (close < 0) {
      return;
    }
    List<NumberToken> parts = null; // made at the first part: most counts have none
    for (int k = index + 1; k < tokens.size() && tokens.get(k).start < close; k++) {
      NumberToken t = tokens.get(k);
      if (t.type == NumberToken.Type.BARE || t.type == NumberToken.Type.SKIPPED) {
        continue;
      }
      if (t.type != NumberToken.Type.COUNT || !t.unit.equals(total.unit) || t.approximate) {
        return;
      }
      parts = added(parts, t);
    }
    if (parts != null && parts.size() >= 2) {
      addBreakdown(total, parts, close + 1);
    }
  }

  /** {@code 接到行政诉讼通知2起，1起胜诉，1起正在办理中}: clauses that open with a part of the total. */
  void enumeratedBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate) {
      return;
    }
    List<NumberToken> parts = null;
    int at = total.end;
    int k = index + 1;
    while (k < tokens.size() && at < text.length() && isListSeparator(textChars[at])) {
      NumberToken t = tokens.get(k);
      if (t.start != at + 1 || t.type != NumberToken.Type.COUNT || !t.unit.equals(total.unit)
          || t.approximate) {
        break;
      }
      parts = added(parts, t);
      at = v.clauseEnd(t.end);
      k++;
      while (k < tokens.size() && tokens.get(k).start < at) {
        k++;
      }
    }
    if (parts != null && parts.size() >= 2) {
      NumberToken last = parts.get(parts.size() - 1);
      addBreakdown(total, parts, v.clauseEnd(last.end));
    }
  }

  /**
   * {@code 行政复议案件5件，经复议维持4件、申请人撤回申请1件；}: right after a total, a list of at least two
   * named parts in its unit, separated by 顿号, that runs to the end of the sentence.
   */
  void listedBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate || total.end >= text.length()
        || (textChars[total.end] != '，' && textChars[total.end] != ',')
        || v.clauseHoldsOfWhich(total)
        || (total.clauseStart > 0 && textChars[total.clauseStart - 1] == '、')) {
      return; // the total is itself a part of a list: 其中行政许可47项,行政确认6项、…
    }
    List<NumberToken> parts = null;
    int k = index + 1;
    int clauseStart = total.end + 1;
    while (k < tokens.size() && (parts == null || parts.size() < ParagraphView.MAX_PARTS)) {
      NumberToken t = tokens.get(k);
      if (!t.isExactCount() || !t.unit.equals(total.unit) || t.clauseStart != clauseStart
          || t.start == clauseStart || onlyFillers(t.clauseStart, t.start) || v.clauseHoldsOfWhich(t)) {
        return;
      }
      parts = added(parts, t);
      int end = t.end;
      if (end >= text.length() || CharClasses.isSentenceEnd(textChars[end])) {
        break;
      }
      if (textChars[end] != '、') {
        return;
      }
      clauseStart = end + 1;
      k++;
    }
    if (parts != null && parts.size() >= 2) {
      addBreakdown(total, parts, parts.get(parts.size() - 1).end);
    }
  }

  /** {@code "，,、".indexOf(c) >= 0}: a comma or 顿号 that may open the next clause of a list. */
  private static boolean isListSeparator(char c) {
    return c == '，' || c == ',' || c == '、';
  }

  private boolean onlyFillers(int from, int to) {
    long range = Subjects.trimmedPacked(v.foldedChars(), text.length(), from, to); // no Range object
    return (int) range - (int) (range >>> 32) < 2;
  }

  /**
   * A list of parts with one more: made at its first part, so that the counts with no parts (most)
   * allocate no list.
   */
  private static List<NumberToken> added(List<NumberToken> parts, NumberToken part) {
    List<NumberToken> list = parts == null ? new ArrayList<>() : parts;
    list.add(part);
    return list;
  }

  /** {@code 行政处罚634宗，行政处罚公示184宗}; {@code 提出法律意见213条，被执法部门采纳207条}. */
  void qualifiedSubset(int index) {
    NumberToken whole = tokens.get(index);
    if (whole.approximate || index + 1 >= tokens.size()) {
      return;
    }
    NumberToken part = tokens.get(index + 1);
    if (!part.isExactCount() || !part.unit.equals(whole.unit) || part.clauseStart < whole.end
        || !onlySeparators(whole.end, part.clauseStart)) {
      return;
    }
    if (qualifies(whole, part, index + 1)) {
      addSubset(whole, part, part.end);
    }
  }

  /**
   * The rule of {@link #qualifiedSubset} for a whole and the part after it, on the stripped subjects
   * (the clauses up to their numbers) as ranges of the text: no substring is made. The part's subject
   * ends with a qualifier and what stands before it (two characters at least) ends the whole's subject;
   * or the part's subject holds a verb of {@link FigurePatterns#SUBSET_VERBS}, the whole's none, and no
   * completion rate follows.
   *
   * @param partIndex the index of the part's token
   */
  boolean qualifies(NumberToken whole, NumberToken part, int partIndex) {
    int ps = stripStart(part.clauseStart, part.start);
    int pe = stripEnd(ps, part.start);
    int ws = stripStart(whole.clauseStart, whole.start);
    int we = stripEnd(ws, whole.start);
    List<String> qualifiers = FigurePatterns.SUBSET_QUALIFIERS;
    char[] lasts = FigurePatterns.SUBSET_QUALIFIER_LASTS;
    char last = pe > 0 ? chars[pe - 1] : 0;
    for (int q = 0; q < qualifiers.size(); q++) { // no iterator: C1 would allocate one per count
      // a qualifier ends the part's subject only if its last character does: most are tried no further,
      // with no call on the qualifier's string
      if (lasts[q] != last) {
        continue;
      }
      String qualifier = qualifiers.get(q);
      int nameEnd = pe - qualifier.length();
      if (nameEnd >= ps
          && ParagraphView.indexOf(chars, pe, qualifier, nameEnd) == nameEnd) {
        int name = nameEnd - ps;
        if (name >= 2 && we - ws >= name && Arrays.equals(textChars, we - name, we, textChars, ps, ps + name)) {
          return true;
        }
      }
    }
    return holdsAny(ps, pe, FigurePatterns.SUBSET_VERB_TABLE)
        && !holdsAny(ws, we, FigurePatterns.SUBSET_VERB_TABLE)
        && !RateNames.completionRateFollows(v, partIndex);
  }

  /** Where {@code text.substring(from, to).strip()} starts in the text. */
  private int stripStart(int from, int to) {
    int k = from;
    while (k < to && Subjects.isWhitespace(chars[k])) { // Character.isWhitespace, cheaper for CJK
      k++;
    }
    return k;
  }

  /** Where {@code text.substring(from, to).strip()} ends in the text, {@code from} its start. */
  private int stripEnd(int from, int to) {
    int k = to;
    while (k > from && Subjects.isWhitespace(chars[k - 1])) {
      k--;
    }
    return k;
  }

  /** Whether {@code text.substring(from, to)} contains any of the words (CJK words, as in the text). */
  boolean holdsAny(int from, int to, List<String> words) {
    for (int w = 0; w < words.size(); w++) { // no iterator: C1 would allocate one per call
      if (ParagraphView.indexOf(chars, to, words.get(w), from) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #holdsAny(int, int, List)} for a table's words in one pass over the stretch instead of one a
   * word: a word stands in the stretch where one starts at a position and ends by its end, and most
   * positions start none, which one bit answers.
   */
  boolean holdsAny(int from, int to, WordTable words) {
    for (int k = from; k < to; k++) {
      if (words.mayStartWith(chars[k]) && words.longestAt(chars, to, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subset named differently from its whole: {@code 办理行政处罚案件215件，罚没款…；在信用平台公示处罚决定209件}.
   * The rule: the part's clause holds a qualifier of {@link FigurePatterns#SUBSET_QUALIFIERS}
   * ({@code 公示}) followed by what it was done to ({@code 处罚决定}); the whole is the nearest earlier
   * count of the same sentence (semicolons do not end it) in the same unit whose clause has no qualifier; and what the part names
   * after its qualifier shares a word of at least {@value #SHARED_WORD} characters with the whole's
   * clause ({@code 处罚}). A part no smaller than needed is not required: a larger part is a subset that
   * exceeds its total, for the validator to report.
   *
   * @param index the index of the part's token
   */
  void renamedSubset(int index) {
    NumberToken part = tokens.get(index);
    if (!part.isExactCount() || sink.isClaimed(part)
        || !v.clauseContainsAny(part, FigurePatterns.SUBSET_QUALIFIER_TABLE)) {
      return; // most counts: no qualifier, nothing made
    }
    String partClause = v.clause(part);
    String object = null;
    for (String qualifier : FigurePatterns.SUBSET_QUALIFIERS) {
      int at = partClause.lastIndexOf(qualifier);
      if (at >= 0 && partClause.length() - at - qualifier.length() >= SHARED_WORD) {
        object = partClause.substring(at + qualifier.length());
        break;
      }
    }
    if (object == null) {
      return;
    }
    for (int k = index - 1; k >= 0 && k >= index - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken whole = tokens.get(k);
      if (part.start - whole.end > ParagraphView.LOOK_BACK_CHARS || sentenceEndBetween(whole.end, part.start)) {
        return; // a whole and its part stand in one sentence; a semicolon does not end it here
      }
      if (whole.type != NumberToken.Type.COUNT || !whole.unit.equals(part.unit)) {
        continue;
      }
      String wholeClause = v.clause(whole);
      if (!whole.isExactCount() || sink.isClaimed(whole)
          || FigurePatterns.containsAny(wholeClause, FigurePatterns.SUBSET_QUALIFIERS)
          || !sharesWord(wholeClause, object)) {
        return;
      }
      addSubset(whole, part, part.end);
      return;
    }
  }

  private boolean sentenceEndBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = textChars[i];
      if (ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?') {
        return true;
      }
    }
    return false;
  }

  /** The shortest word a part's object and its whole's clause must share. */
  static final int SHARED_WORD = 2;

  /** Whether two texts share a run of {@value #SHARED_WORD} CJK characters. */
  static boolean sharesWord(String a, String b) {
    for (int i = 0; i + SHARED_WORD <= b.length(); i++) {
      boolean cjk = true;
      for (int k = i; k < i + SHARED_WORD; k++) {
        char ch = b.charAt(k);
        cjk &= ch >= 0x4E00 && ch <= 0x9FFF;
      }
      if (cjk && a.contains(b.substring(i, i + SHARED_WORD))) {
        return true;
      }
    }
    return false;
  }

  /** {@code 依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件}; {@code 论文24篇，建言10篇。其中2篇论文、3篇建言}. */
  void ofWhich() {
    ofWhich(false);
  }

  /**
   * {@link #ofWhich()} as it was, looking at every 其中 of the paragraph instead of only those that stand
   * before a number of their sentence ({@link ParagraphView#indexOfBeforeNumber}): kept for the test that
   * checks that the lists and subsets found are the same.
   */
  void ofWhichTryingEvery() {
    ofWhich(true);
  }

  private void ofWhich(boolean everyPlace) {
    if (tokens.isEmpty()) {
      return; // no number for a list after 其中: ofWhichAt would find none, so no search of the text
    }
    for (int w = 0; w < FigurePatterns.OF_WHICH.size(); w++) { // no iterator: C1 would allocate one
      String word = FigurePatterns.OF_WHICH.get(w);
      int at = everyPlace ? v.indexOf(word, 0) : v.indexOfBeforeNumber(word, 0);
      while (at >= 0) {
        int after = at + word.length();
        int next = everyPlace ? v.indexOf(word, after) : v.indexOfBeforeNumber(word, after);
        ofWhichAt(at, after, next < 0 ? text.length() : next);
        at = next;
      }
    }
  }

  /** The list after one 其中, which ends at the next 其中 at the latest. */
  private void ofWhichAt(int at, int after, int limit) {
    int first = v.firstTokenFrom(after);
    if (first < 0) {
      return;
    }
    List<NumberToken> items = new ArrayList<>();
    String unit = null;
    int sentence = tokens.get(first).sentenceStart;
    if (sentence > at) {
      return;
    }
    int end = Math.min(limit, after + ParagraphView.LOOK_BACK_CHARS);
    for (int k = first; k < tokens.size() && tokens.get(k).sentenceStart == sentence
        && tokens.get(k).start < end; k++) {
      NumberToken t = tokens.get(k);
      if (t.type == NumberToken.Type.BARE || t.type == NumberToken.Type.SKIPPED) {
        continue;
      }
      if (t.type != NumberToken.Type.COUNT || (unit != null && !unit.equals(t.unit))) {
        if (items.isEmpty()) {
          return; // 其中2019年4月29日…, 其中医责险100%…: no breakdown
        }
        break;
      }
      if (t.approximate) {
        if (items.isEmpty()) {
          return;
        }
        break; // 其中企业1035户，全县实有经营主体达到38600余户: the list has ended
      }
      if (items.size() == ParagraphView.MAX_PARTS) {
        return;
      }
      if (items.size() == 1) {
        end = Math.min(end, listEnd(items.get(0).end, t.start));
      }
      if (t.start >= end) {
        break;
      }
      unit = t.unit;
      items.add(t);
    }
    if (items.isEmpty()) {
      return;
    }
    // the totals it may refer to: counts before 其中, in this sentence or, after a full stop, the last
    List<NumberToken> candidates = new ArrayList<>();
    int prevSentence = -1;
    for (int k = first - 1; k >= 0 && k >= first - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (t.end > at || at - t.end > ParagraphView.LOOK_BACK_CHARS) {
        if (t.end > at) {
          continue;
        }
        break;
      }
      if (prevSentence < 0) {
        prevSentence = t.sentenceStart;
      } else if (t.sentenceStart != prevSentence) {
        break;
      }
      if (candidates.isEmpty() && t.type != NumberToken.Type.COUNT && t.type != NumberToken.Type.BARE
          && t.type != NumberToken.Type.SKIPPED && t.type != NumberToken.Type.TIME) {
        return;
      }
      if (t.isExactCount() && t.unit.equals(unit)) {
        candidates.add(t);
      } else if (candidates.isEmpty() && t.type == NumberToken.Type.COUNT) {
        return; // the nearest count is of another unit or approximate
      }
    }
    if (candidates.isEmpty() || !onlySeparatorsOrSentenceEnd(candidates.get(0), ofWhichStart(at))) {
      return;
    }
    if (items.size() >= 2 && candidates.size() >= 2) {
      List<NumberToken> wholes = matchByName(items, candidates);
      if (wholes != null) {
        for (int k = 0; k < items.size(); k++) {
          addSubset(wholes.get(k), items.get(k), v.itemEnd(items.get(k)));
        }
        return;
      }
    }
    NumberToken total = candidates.get(0);
    if (items.size() == 1) {
      addSubset(total, items.get(0), v.itemEnd(items.get(0)));
    } else {
      addBreakdown(total, items, v.itemEnd(items.get(items.size() - 1)));
    }
  }

  /** Each item matched to the total it names; null unless they name at least two different totals. */
  private List<NumberToken> matchByName(List<NumberToken> items, List<NumberToken> candidates) {
    List<NumberToken> wholes = new ArrayList<>();
    Set<NumberToken> distinct = new HashSet<>();
    for (NumberToken item : items) {
      String name = Subjects.partName(v, item);
      NumberToken match = null;
      for (NumberToken candidate : candidates) {
        if (namesMatch(Subjects.partName(v, candidate), name)) {
          match = candidate;
          break;
        }
      }
      if (match == null) {
        return null;
      }
      wholes.add(match);
      distinct.add(match);
    }
    return distinct.size() >= 2 ? wholes : null;
  }

  /**
   * Whether a part's name takes up the end of a total's name: {@code 论文} and {@code 征集相关论文};
   * {@code 建言获得优秀奖} and {@code 建言}.
   */
  static boolean namesMatch(String total, String part) {
    int max = Math.min(Math.min(total.length(), part.length()), Subjects.MAX_SUBJECT);
    for (int k = max; k >= 2; k--) {
      if (part.startsWith(total.substring(total.length() - k))) {
        return true;
      }
    }
    return false;
  }

  /** Where 其中 starts, with a preposition before it: {@code 对其中5件提出意见}. */
  private int ofWhichStart(int at) {
    String prefix = FigurePatterns.endingWith(text, at, FigurePatterns.OF_WHICH_PREFIXES);
    return prefix == null ? at : at - prefix.length();
  }

  /**
   * Where a list ends, given its first separator: a list separated by 顿号 ({@code 维持98件、撤销13件})
   * ends at the next comma or sentence end; one separated by commas runs to the sentence end.
   */
  private int listEnd(int firstItemEnd, int secondItemStart) {
    boolean enumeration = false;
    for (int k = firstItemEnd; k < secondItemStart; k++) {
      char c = textChars[k];
      if (c == '，' || c == ',') {
        return text.length();
      }
      if (c == '、') {
        enumeration = true;
        break;
      }
    }
    if (!enumeration) {
      return text.length();
    }
    for (int k = secondItemStart; k < text.length() && k < secondItemStart + ParagraphView.LOOK_BACK_CHARS; k++) {
      char c = textChars[k];
      if (c == '，' || c == ',' || CharClasses.isSentenceEnd(c)) {
        return k;
      }
    }
    return text.length();
  }

  /** Whether only the end of the total's clause (its unit, a comma or a full stop) stands before 其中. */
  private boolean onlySeparatorsOrSentenceEnd(NumberToken total, int at) {
    for (int k = total.end; k < at; k++) {
      char c = textChars[k];
      if (c != ' ' && !CharClasses.isClauseBoundary(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean onlySeparators(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = textChars[k];
      if (c != ' ' && c != '，' && c != ',' && c != '、' && c != '；' && c != ';') {
        return false;
      }
    }
    return true;
  }

  private void addBreakdown(NumberToken total, List<NumberToken> parts, int end) {
    dev.fazhi.core.model.ImmutableBreakdown.Builder b =
        Breakdown.builder().total(total.count).subject(Subjects.subject(v, total));
    for (NumberToken part : parts) {
      b.addParts(part.count);
      b.addPartNames(Subjects.partName(v, part));
    }
    sink.claim(total);
    parts.forEach(sink::claim);
    int qs = Quotes.start(total);
    sink.place(qs, 0, b.location(v.locate(qs))
        .quote(Quotes.quote(v, qs, Quotes.headEnd(v, qs, end, total.end))).build());
  }

  private void addSubset(NumberToken whole, NumberToken part, int end) {
    sink.claim(whole, part);
    int qs = Quotes.start(whole);
    sink.place(qs, 0, Subset.builder().total(whole.count).subset(part.count)
        .subject(Subjects.subject(v, whole)).location(v.locate(qs))
        .quote(Quotes.quote(v, qs, Quotes.headEnd(v, qs, Math.max(end, part.end), part.end))).build());
  }
}
