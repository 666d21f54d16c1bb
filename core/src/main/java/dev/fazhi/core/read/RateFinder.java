package dev.fazhi.core.read;

import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.RateBound;
import dev.fazhi.core.model.TaskCompletion;
import java.util.ArrayList;

/**
 * Finds rates stated over the counts they are a ratio of ({@code 查处违法案件166起，处罚率46.2 %} over
 * {@code 任务359项}) and task completions ({@code 任务1477家，任务完成1295家，关闭182家、任务完结率100%}), as
 * {@link FigurePatterns#RATES} lists them, and rates named after an action by the general rule of
 * {@link ActionRates}. Any other rate is never computed from counts.
 */
final class RateFinder {

  private final ParagraphView v;
  private final FigureSink sink;
  private final ArrayList<NumberToken> tokens;

  RateFinder(ParagraphView view, FigureSink sink) {
    this.v = view;
    this.sink = sink;
    this.tokens = view.tokens;
  }

  void rate(int index) {
    NumberToken p = tokens.get(index);
    String name = RateNames.of(v, p);
    // a name with a word of the exclusions is neither a table's rate nor an action's: asked once for both
    if (name == null || FigurePatterns.holdsExclusion(name)) {
      return;
    }
    FigurePatterns.RateEntry entry = FigurePatterns.tableRate(name);
    RateBound bound = p.atLeast ? RateBound.AT_LEAST : p.atMost ? RateBound.AT_MOST : RateBound.EXACT;
    if (entry == null) {
      byAction(index, name, bound);
      return;
    }
    if (entry.kind() == FigurePatterns.RateKind.TASK_COMPLETION) {
      taskCompletion(index, entry, bound, name);
      return;
    }
    NumberToken numerator = null;
    NumberToken denominator = null;
    for (int k = index - 1; k >= 0 && k >= index - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (!v.sameSentence(t, p)) {
        break;
      }
      if (t.type != NumberToken.Type.COUNT) {
        continue;
      }
      if (numerator == null) {
        if (!v.clauseContainsAny(t, entry.numeratorWords())) {
          byAction(index, name, bound);
          return;
        }
        numerator = t;
      } else if (entry.denominatorWords().isEmpty()
          || v.clauseContainsAny(t, entry.denominatorWords())) {
        denominator = t;
        break;
      }
    }
    if (numerator == null || denominator == null || numerator.approximate || denominator.approximate) {
      // the table's words for its counts are not there: the general rule may still read them
      byAction(index, name, bound);
      return;
    }
    place(numerator, denominator, p, bound, name);
  }

  /**
   * A rate by the general rule of {@link ActionRates}: its name's action against its counts' words. The
   * name is not null and holds no word of the exclusions.
   */
  private void byAction(int index, String name, RateBound bound) {
    String action = ActionRates.actionUnlessExcluded(name);
    NumberToken[] counts = action == null ? null : ActionRates.counts(v, index, action);
    if (counts != null) {
      place(counts[0], counts[1], tokens.get(index), bound, name);
    }
  }

  private void place(NumberToken numerator, NumberToken denominator, NumberToken p, RateBound bound,
      String name) {
    sink.claim(numerator, denominator);
    int qs = Quotes.tailStart(v, Quotes.start(denominator), p.end, Quotes.keepFrom(numerator, p));
    sink.place(qs, 0, Rate.builder()
        .numerator(numerator.count).denominator(denominator.count).ratePercent(p.value)
        .rateBound(bound).subject(name)
        .location(v.locate(qs)).quote(Quotes.quote(v, qs, p.end)).build());
  }

  private void taskCompletion(int index, FigurePatterns.RateEntry entry, RateBound bound, String name) {
    NumberToken p = tokens.get(index);
    NumberToken closed = null;
    NumberToken completed = null;
    NumberToken assigned = null;
    int completedIndex = -1;
    for (int k = index - 1; k >= 0 && k >= index - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (!v.sameSentence(t, p)) {
        break;
      }
      if (t.type != NumberToken.Type.COUNT) {
        continue;
      }
      if (completed == null) {
        if (closed == null && (v.clauseContainsAny(t, FigurePatterns.CLOSED_WORDS) || closedAfter(t))) {
          closed = t;
        } else if (v.clauseContainsAny(t, entry.numeratorWords())) {
          completed = t;
          completedIndex = k;
        } else {
          return;
        }
      } else if (entry.denominatorWords().isEmpty()
          || v.clauseContainsAny(t, entry.denominatorWords())) {
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
    sink.claim(assigned, completed, closed);
    int qs = Quotes.tailStart(v, Quotes.start(assigned), p.end, Quotes.keepFrom(completed, p));
    dev.fazhi.core.model.ImmutableTaskCompletion.Builder b = TaskCompletion.builder()
        .assigned(assigned.count).completed(completed.count).ratePercent(p.value).rateBound(bound)
        .subject(Subjects.subject(v, assigned))
        .location(v.locate(qs)).quote(Quotes.quote(v, qs, p.end));
    if (closed != null) {
      b.closed(closed.count);
    }
    sink.place(qs, 0, b.build());
  }

  /**
   * Whether the words after a count, up to the end of its clause, say its tasks were closed:
   * {@code 另有5户因停业无法检查}, {@code 5家已注销}; never a count after {@code 其中}, which is among the
   * completed.
   */
  private boolean closedAfter(NumberToken t) {
    if (v.clauseHoldsOfWhich(t)) {
      return false; // 完成131户，其中5户已注销: closed among the completed, not beside them
    }
    int end = v.clauseEnd(t.end);
    // the words after the count, looked for in the folded array (CJK words stand there as in the text)
    for (int w = 0; w < FigurePatterns.CLOSED_WORDS.size(); w++) {
      if (ParagraphView.indexOf(v.foldedChars(), end, FigurePatterns.CLOSED_WORDS.get(w), t.end) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tasks assigned in an earlier sentence of the paragraph: the nearest count in the same unit whose
   * name ends like the completed tasks' ({@code 细化分解为重点任务32项} … {@code 共完成年度重点任务32项}).
   */
  private NumberToken assignedEarlier(int index) {
    NumberToken completed = tokens.get(index);
    String done = v.clause(completed);
    int at = done.lastIndexOf("完成");
    String noun = at < 0 ? done : done.substring(at + 2);
    for (int k = index - 1; k >= 0 && k >= index - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (completed.start - t.end > ParagraphView.LOOK_BACK_CHARS) {
        return null;
      }
      if (t.isExactCount() && t.unit.equals(completed.unit) && t.sentenceStart != completed.sentenceStart
          && Subjects.commonSuffix(v.clause(t), noun) >= 2 && !v.clause(t).contains("完成")) {
        return t;
      }
    }
    return null;
  }
}
