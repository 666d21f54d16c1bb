package dev.fazhi.core.read;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the figures of a paragraph: every count and amount, and the checkable relations between them —
 * task completions, rates over the counts they are a ratio of, breakdowns after {@code 其中}, in
 * brackets or enumerated, and subsets. Each figure carries its location and a quote of the source
 * around it. Look-backs are bounded, so the work is linear in the paragraph.
 */
final class FigureExtractor {

  /** The most numbers a rate or a breakdown looks back over. */
  static final int LOOK_BACK_TOKENS = 10;
  /** The longest stretch a relation between figures may span. */
  static final int LOOK_BACK_CHARS = 400;
  /** The most parts a breakdown lists; a longer list is no breakdown the reader can vouch for. */
  static final int MAX_PARTS = 40;
  /** The longest subject before a count kept in its quote. */
  static final int MAX_SUBJECT = 30;

  private final MappedText paragraph;
  private final SourceText source;
  private final String text;
  private final String folded;
  private final List<NumberToken> tokens;
  private final List<Placed> out = new ArrayList<>();

  private record Placed(int start, int order, Figure figure) {}

  private FigureExtractor(MappedText paragraph, SourceText source) {
    this.paragraph = paragraph;
    this.source = source;
    this.text = paragraph.text();
    this.folded = Chars.fold(text);
    this.tokens = NumberScanner.scan(text);
  }

  /**
   * Extracts the figures of a paragraph.
   *
   * @param paragraph the paragraph text, mapped to the source
   * @param source the source text
   * @return the figures, in the order they stand
   */
  static List<Figure> extract(MappedText paragraph, SourceText source) {
    return new FigureExtractor(paragraph, source).run();
  }

  private List<Figure> run() {
    for (int i = 0; i < tokens.size(); i++) {
      NumberToken t = tokens.get(i);
      switch (t.type) {
        case COUNT -> {
          addCount(t);
          bracketBreakdown(i);
          enumeratedBreakdown(i);
          listedBreakdown(i);
          qualifiedSubset(i);
        }
        case AMOUNT -> addAmount(t);
        case PERCENT -> rate(i);
        default -> { }
      }
    }
    ofWhich();
    out.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::order));
    List<Figure> figures = new ArrayList<>(out.size());
    for (Placed p : out) {
      figures.add(p.figure());
    }
    return figures;
  }

  // ---------------------------------------------------------------- counts and amounts

  private void addCount(NumberToken t) {
    int qs = quoteStart(t);
    out.add(new Placed(qs, 1, Count.builder()
        .value(t.count).unit(t.unit).subject(subject(t)).approximate(t.approximate)
        .location(source.locate(paragraph.offsetAt(qs))).quote(quote(qs, t.end)).build()));
  }

  private void addAmount(NumberToken t) {
    int qs = quoteStart(t);
    out.add(new Placed(qs, 1, Amount.builder()
        .yuan(t.value).statedUnit(t.money).subject(subject(t)).approximate(t.approximate)
        .location(source.locate(paragraph.offsetAt(qs))).quote(quote(qs, t.end)).build()));
  }

  // ---------------------------------------------------------------- rates and task completions

  private void rate(int index) {
    NumberToken p = tokens.get(index);
    String name = rateName(p);
    FigurePatterns.RateEntry entry = name == null ? null : FigurePatterns.rate(name);
    if (entry == null) {
      return;
    }
    RateBound bound = p.atLeast ? RateBound.AT_LEAST : p.atMost ? RateBound.AT_MOST : RateBound.EXACT;
    if (entry.kind() == FigurePatterns.RateKind.TASK_COMPLETION) {
      taskCompletion(index, entry, bound, name);
      return;
    }
    NumberToken numerator = null;
    NumberToken denominator = null;
    for (int k = index - 1; k >= 0 && k >= index - LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (!sameSentence(t, p)) {
        break;
      }
      if (t.type != NumberToken.Type.COUNT) {
        continue;
      }
      if (numerator == null) {
        if (!FigurePatterns.containsAny(clause(t), entry.numeratorWords())) {
          return;
        }
        numerator = t;
      } else if (entry.denominatorWords().isEmpty()
          || FigurePatterns.containsAny(clause(t), entry.denominatorWords())) {
        denominator = t;
        break;
      }
    }
    if (numerator == null || denominator == null || numerator.approximate || denominator.approximate) {
      return;
    }
    int qs = quoteStart(denominator);
    out.add(new Placed(qs, 0, Rate.builder()
        .numerator(numerator.count).denominator(denominator.count).ratePercent(p.value)
        .rateBound(bound).subject(name)
        .location(source.locate(paragraph.offsetAt(qs))).quote(quote(qs, p.end)).build()));
  }

  private void taskCompletion(int index, FigurePatterns.RateEntry entry, RateBound bound, String name) {
    NumberToken p = tokens.get(index);
    NumberToken closed = null;
    NumberToken completed = null;
    NumberToken assigned = null;
    int completedIndex = -1;
    for (int k = index - 1; k >= 0 && k >= index - LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (!sameSentence(t, p)) {
        break;
      }
      if (t.type != NumberToken.Type.COUNT) {
        continue;
      }
      String clause = clause(t);
      if (completed == null) {
        if (closed == null && FigurePatterns.containsAny(clause, FigurePatterns.CLOSED_WORDS)) {
          closed = t;
        } else if (FigurePatterns.containsAny(clause, entry.numeratorWords())) {
          completed = t;
          completedIndex = k;
        } else {
          return;
        }
      } else if (entry.denominatorWords().isEmpty()
          || FigurePatterns.containsAny(clause(t), entry.denominatorWords())) {
        assigned = t;
        break;
      }
    }
    if (assigned == null && completed != null) {
      assigned = assignedEarlier(completedIndex);
    }
    if (assigned == null || assigned.approximate || completed.approximate
        || (closed != null && closed.approximate)) {
      return;
    }
    int qs = quoteStart(assigned);
    dev.fazhi.core.model.ImmutableTaskCompletion.Builder b = TaskCompletion.builder()
        .assigned(assigned.count).completed(completed.count).ratePercent(p.value).rateBound(bound)
        .subject(subject(assigned))
        .location(source.locate(paragraph.offsetAt(qs))).quote(quote(qs, p.end));
    if (closed != null) {
      b.closed(closed.count);
    }
    out.add(new Placed(qs, 0, b.build()));
  }

  /**
   * The tasks assigned in an earlier sentence of the paragraph: the nearest count in the same unit whose
   * name ends like the completed tasks' ({@code 细化分解为重点任务32项} … {@code 共完成年度重点任务32项}).
   */
  private NumberToken assignedEarlier(int index) {
    NumberToken completed = tokens.get(index);
    String done = clause(completed);
    int at = done.lastIndexOf("完成");
    String noun = at < 0 ? done : done.substring(at + 2);
    for (int k = index - 1; k >= 0 && k >= index - LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (completed.start - t.end > LOOK_BACK_CHARS) {
        return null;
      }
      if (t.isExactCount() && t.unit.equals(completed.unit) && t.sentenceStart != completed.sentenceStart
          && commonSuffix(clause(t), noun) >= 2 && !clause(t).contains("完成")) {
        return t;
      }
    }
    return null;
  }

  static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  /** The name of the rate a percentage is stated for: {@code 处罚率} in {@code 处罚率46.2 %}. */
  private String rateName(NumberToken p) {
    int end = p.numberStart;
    int clauseStart = p.clauseStart;
    while (end > clauseStart && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == clauseStart && end > 0 && (text.charAt(end - 1) == '：' || text.charAt(end - 1) == ':')) {
      end--; // 处罚率：25%
      clauseStart = end;
      while (clauseStart > p.sentenceStart && end - clauseStart < NumberScanner.MAX_CLAUSE
          && !Chars.isClauseBoundary(text.charAt(clauseStart - 1))) {
        clauseStart--;
      }
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      String link = FigurePatterns.endingWith(folded, end, FigurePatterns.RATE_LINKS);
      if (link != null && end - link.length() >= clauseStart) {
        end -= link.length();
        stripped = true;
      }
    }
    if (end <= clauseStart || text.charAt(end - 1) != '率') {
      return null;
    }
    return text.substring(clauseStart, end).strip();
  }

  // ---------------------------------------------------------------- breakdowns and subsets

  /** {@code 线索137件（…投诉117件；…线索20件）}. */
  private void bracketBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate) {
      return;
    }
    int open = total.end;
    if (open >= text.length() || (text.charAt(open) != '（' && text.charAt(open) != '(')) {
      return;
    }
    int close = -1;
    for (int k = open + 1; k < text.length() && k < open + LOOK_BACK_CHARS; k++) {
      char c = text.charAt(k);
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
    List<NumberToken> parts = new ArrayList<>();
    for (int k = index + 1; k < tokens.size() && tokens.get(k).start < close; k++) {
      NumberToken t = tokens.get(k);
      if (t.type == NumberToken.Type.BARE || t.type == NumberToken.Type.SKIPPED) {
        continue;
      }
      if (t.type != NumberToken.Type.COUNT || !t.unit.equals(total.unit) || t.approximate) {
        return;
      }
      parts.add(t);
    }
    if (parts.size() >= 2) {
      addBreakdown(total, parts, close + 1);
    }
  }

  /** {@code 接到行政诉讼通知2起，1起胜诉，1起正在办理中}: clauses that open with a part of the total. */
  private void enumeratedBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate) {
      return;
    }
    List<NumberToken> parts = new ArrayList<>();
    int at = total.end;
    int k = index + 1;
    while (k < tokens.size() && at < text.length() && "，,、".indexOf(text.charAt(at)) >= 0) {
      NumberToken t = tokens.get(k);
      if (t.start != at + 1 || t.type != NumberToken.Type.COUNT || !t.unit.equals(total.unit)
          || t.approximate) {
        break;
      }
      parts.add(t);
      at = clauseEnd(t.end);
      k++;
      while (k < tokens.size() && tokens.get(k).start < at) {
        k++;
      }
    }
    if (parts.size() >= 2) {
      NumberToken last = parts.get(parts.size() - 1);
      addBreakdown(total, parts, clauseEnd(last.end));
    }
  }

  /**
   * {@code 行政复议案件5件，经复议维持4件、申请人撤回申请1件；}: right after a total, a list of at least two
   * named parts in its unit, separated by 顿号, that runs to the end of the sentence.
   */
  private void listedBreakdown(int index) {
    NumberToken total = tokens.get(index);
    if (total.approximate || total.end >= text.length()
        || (text.charAt(total.end) != '，' && text.charAt(total.end) != ',')
        || clause(total).contains("其中")
        || (total.clauseStart > 0 && text.charAt(total.clauseStart - 1) == '、')) {
      return; // the total is itself a part of a list: 其中行政许可47项,行政确认6项、…
    }
    List<NumberToken> parts = new ArrayList<>();
    int k = index + 1;
    int clauseStart = total.end + 1;
    while (k < tokens.size() && parts.size() < MAX_PARTS) {
      NumberToken t = tokens.get(k);
      if (!t.isExactCount() || !t.unit.equals(total.unit) || t.clauseStart != clauseStart
          || t.start == clauseStart || onlyFillers(t.clauseStart, t.start) || clause(t).contains("其中")) {
        return;
      }
      parts.add(t);
      int end = t.end;
      if (end >= text.length() || Chars.isSentenceEnd(text.charAt(end))) {
        break;
      }
      if (text.charAt(end) != '、') {
        return;
      }
      clauseStart = end + 1;
      k++;
    }
    if (parts.size() >= 2) {
      addBreakdown(total, parts, parts.get(parts.size() - 1).end);
    }
  }

  private boolean onlyFillers(int from, int to) {
    return FigureExtractor.trimFillers(text.substring(from, to)).length() < 2;
  }

  /** Whether a completion rate follows in the sentence: the counts are a task completion, no subset. */
  private boolean completionRateFollows(int index) {
    NumberToken from = tokens.get(index);
    for (int k = index + 1; k < tokens.size() && k <= index + LOOK_BACK_TOKENS; k++) {
      NumberToken t = tokens.get(k);
      if (!sameSentence(from, t)) {
        return false;
      }
      if (t.type == NumberToken.Type.PERCENT) {
        String name = rateName(t);
        FigurePatterns.RateEntry entry = name == null ? null : FigurePatterns.rate(name);
        return entry != null && entry.kind() == FigurePatterns.RateKind.TASK_COMPLETION;
      }
    }
    return false;
  }

  /** {@code 行政处罚634宗，行政处罚公示184宗}; {@code 提出法律意见213条，被执法部门采纳207条}. */
  private void qualifiedSubset(int index) {
    NumberToken whole = tokens.get(index);
    if (whole.approximate || index + 1 >= tokens.size()) {
      return;
    }
    NumberToken part = tokens.get(index + 1);
    if (!part.isExactCount() || !part.unit.equals(whole.unit) || part.clauseStart < whole.end
        || !onlySeparators(whole.end, part.clauseStart)) {
      return;
    }
    String partSubject = text.substring(part.clauseStart, part.start).strip();
    String wholeSubject = text.substring(whole.clauseStart, whole.start).strip();
    for (String qualifier : FigurePatterns.SUBSET_QUALIFIERS) {
      if (partSubject.endsWith(qualifier)) {
        String name = partSubject.substring(0, partSubject.length() - qualifier.length());
        if (name.length() >= 2 && wholeSubject.endsWith(name)) {
          addSubset(whole, part, part.end);
          return;
        }
      }
    }
    if (FigurePatterns.containsAny(partSubject, FigurePatterns.SUBSET_VERBS)
        && !FigurePatterns.containsAny(wholeSubject, FigurePatterns.SUBSET_VERBS)
        && !completionRateFollows(index + 1)) {
      addSubset(whole, part, part.end);
    }
  }

  /** {@code 依申请公开7件，其中当面申请1件、电子邮箱申请4件、信函2件}; {@code 论文24篇，建言10篇。其中2篇论文、3篇建言}. */
  private void ofWhich() {
    for (String word : FigurePatterns.OF_WHICH) {
      int at = text.indexOf(word);
      while (at >= 0) {
        int after = at + word.length();
        int next = text.indexOf(word, after);
        ofWhichAt(at, after, next < 0 ? text.length() : next);
        at = next;
      }
    }
  }

  /** The list after one 其中, which ends at the next 其中 at the latest. */
  private void ofWhichAt(int at, int after, int limit) {
    int first = firstTokenFrom(after);
    if (first < 0) {
      return;
    }
    List<NumberToken> items = new ArrayList<>();
    String unit = null;
    int sentence = tokens.get(first).sentenceStart;
    if (sentence > at) {
      return;
    }
    int end = Math.min(limit, after + LOOK_BACK_CHARS);
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
      if (items.size() == MAX_PARTS) {
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
    for (int k = first - 1; k >= 0 && k >= first - LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (t.end > at || at - t.end > LOOK_BACK_CHARS) {
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
          addSubset(wholes.get(k), items.get(k), itemEnd(items.get(k)));
        }
        return;
      }
    }
    NumberToken total = candidates.get(0);
    if (items.size() == 1) {
      addSubset(total, items.get(0), itemEnd(items.get(0)));
    } else {
      addBreakdown(total, items, itemEnd(items.get(items.size() - 1)));
    }
  }

  /** Each item matched to the total it names; null unless they name at least two different totals. */
  private List<NumberToken> matchByName(List<NumberToken> items, List<NumberToken> candidates) {
    List<NumberToken> wholes = new ArrayList<>();
    java.util.Set<NumberToken> distinct = new java.util.HashSet<>();
    for (NumberToken item : items) {
      String name = partName(item);
      NumberToken match = null;
      for (NumberToken candidate : candidates) {
        if (namesMatch(partName(candidate), name)) {
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
    int max = Math.min(Math.min(total.length(), part.length()), MAX_SUBJECT);
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
      char c = text.charAt(k);
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
    for (int k = secondItemStart; k < text.length() && k < secondItemStart + LOOK_BACK_CHARS; k++) {
      char c = text.charAt(k);
      if (c == '，' || c == ',' || Chars.isSentenceEnd(c)) {
        return k;
      }
    }
    return text.length();
  }

  /** Whether only the end of the total's clause (its unit, a comma or a full stop) stands before 其中. */
  private boolean onlySeparatorsOrSentenceEnd(NumberToken total, int at) {
    for (int k = total.end; k < at; k++) {
      char c = text.charAt(k);
      if (c != ' ' && !Chars.isClauseBoundary(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean onlySeparators(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '，' && c != ',' && c != '、' && c != '；' && c != ';') {
        return false;
      }
    }
    return true;
  }

  /** The index of the first number at or after a position (binary search), or -1. */
  private int firstTokenFrom(int position) {
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

  private void addBreakdown(NumberToken total, List<NumberToken> parts, int end) {
    dev.fazhi.core.model.ImmutableBreakdown.Builder b = Breakdown.builder().total(total.count).subject(subject(total));
    for (NumberToken part : parts) {
      b.addParts(part.count);
      b.addPartNames(partName(part));
    }
    int qs = quoteStart(total);
    out.add(new Placed(qs, 0, b.location(source.locate(paragraph.offsetAt(qs)))
        .quote(quote(qs, end)).build()));
  }

  private void addSubset(NumberToken whole, NumberToken part, int end) {
    int qs = quoteStart(whole);
    out.add(new Placed(qs, 0, Subset.builder().total(whole.count).subset(part.count)
        .subject(subject(whole)).location(source.locate(paragraph.offsetAt(qs)))
        .quote(quote(qs, Math.max(end, part.end))).build()));
  }

  // ---------------------------------------------------------------- words around numbers

  /** The clause a number stands in, up to the number. */
  private String clause(NumberToken t) {
    return text.substring(t.clauseStart, t.start);
  }

  private boolean sameSentence(NumberToken a, NumberToken b) {
    return a.sentenceStart == b.sentenceStart && b.start - a.end <= LOOK_BACK_CHARS;
  }

  private int clauseEnd(int from) {
    int k = from;
    while (k < text.length() && !Chars.isClauseBoundary(text.charAt(k)) && k - from < 60) {
      k++;
    }
    return k;
  }

  /** The end of an item with the name that follows it: {@code 2篇论文}. */
  private int itemEnd(NumberToken t) {
    if (t.start > t.clauseStart && !text.substring(t.clauseStart, t.start).isBlank()
        && !text.substring(t.clauseStart, t.start).strip().equals("其中")) {
      return t.end;
    }
    return clauseEnd(t.end);
  }

  /** The name of a part: the words before its number, or after its unit when none stand before. */
  private String partName(NumberToken t) {
    String before = trimFillers(text.substring(t.clauseStart, t.start));
    if (before.startsWith("其中")) {
      before = trimFillers(before.substring(2));
    }
    if (before.length() >= 2) {
      return before;
    }
    String after = text.substring(t.end, clauseEnd(t.end)).strip();
    return after.isEmpty() ? before : after;
  }

  /** What a figure counts: the words of its clause before it, or after it when none stand before. */
  private String subject(NumberToken t) {
    String name = partName(t);
    return name.length() > MAX_SUBJECT ? name.substring(name.length() - MAX_SUBJECT) : name;
  }

  private int quoteStart(NumberToken t) {
    return Math.max(t.clauseStart, t.start - MAX_SUBJECT);
  }

  private String quote(int from, int to) {
    return text.substring(from, Math.min(to, text.length())).strip();
  }

  static String trimFillers(String s) {
    String out = s.strip();
    boolean changed = true;
    while (changed && !out.isEmpty()) {
      changed = false;
      String head = FigurePatterns.startingWith(out, 0, FigurePatterns.SUBJECT_FILLERS_BEFORE);
      if (head != null && head.length() < out.length()) {
        out = out.substring(head.length()).strip();
        changed = true;
      }
      String tail = FigurePatterns.endingWith(out, out.length(), FigurePatterns.SUBJECT_FILLERS_AFTER);
      if (tail != null && tail.length() < out.length()) {
        out = out.substring(0, out.length() - tail.length()).strip();
        changed = true;
      }
    }
    return out;
  }
}
