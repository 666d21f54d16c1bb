package dev.fazhi.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The general rule for rates named after an action ({@code 化解率}, {@code 发现率}, {@code 即办率},
 * {@code 调解成功率}): such a rate is the share of the items that underwent the action among the total
 * they were drawn from, when both counts stand next to it: {@code 排查矛盾纠纷1250件，化解1180件，化解率96.8%}
 * is 1180 / 1250.
 *
 * <p>The rule matches the rate's name against the words of the counts beside it, so that no list of
 * names is needed: the action is the last {@value #ACTION_LENGTH} characters of the name before
 * {@code 率} ({@code 化解}, {@code 成功}); the numerator is the count right before the rate, in the same
 * sentence, whose clause names that action; the denominator is the nearest count before it, in the same
 * sentence and the same unit, whose clause does not name the action, and that is no smaller. A rate whose
 * name holds a qualifier of {@link FigurePatterns#RATE_EXCLUSIONS} ({@code 按时办结率} is a share of the
 * completed, {@code 报告率}, {@code 覆盖率}) is never computed, nor one of whose counts is approximate.
 */
final class ActionRates {

  /** How many characters of a rate's name before {@code 率} name its action: a two-character verb. */
  static final int ACTION_LENGTH = 2;

  /** Actions that say nothing of what was done to the items: a rate named so is not this rule's. */
  static final List<String> NO_ACTIONS = List.of("比率", "比例", "概率", "效率", "频率", "利率", "税率", "汇率");

  private ActionRates() {}

  /**
   * The action a rate's name names, or null when the name is too short or names no action.
   *
   * @param name the rate's name, ending in 率
   * @return the action, such as {@code 化解}
   */
  static String action(String name) {
    if (FigurePatterns.holdsExclusion(name)) { // containsAny(name, RATE_EXCLUSIONS), in one pass
      return null;
    }
    return actionUnlessExcluded(name);
  }

  /**
   * {@link #action(String)} for a name already known to hold no word of
   * {@link FigurePatterns#RATE_EXCLUSIONS}: the rate finder has asked {@link FigurePatterns#holdsExclusion}
   * once for both the table's rates and this rule.
   */
  static String actionUnlessExcluded(String name) {
    if (!name.endsWith("率") || name.length() < ACTION_LENGTH + 1) {
      return null;
    }
    String tail = name.substring(name.length() - ACTION_LENGTH - 1);
    if (NO_ACTIONS.contains(tail.substring(1)) || NO_ACTIONS.contains(tail)) {
      return null;
    }
    String action = name.substring(name.length() - 1 - ACTION_LENGTH, name.length() - 1);
    for (int i = 0; i < action.length(); i++) {
      char c = action.charAt(i);
      if (c < 0x4E00 || c > 0x9FFF) {
        return null;
      }
    }
    return action;
  }

  /**
   * The numerator and denominator of an action's rate, or null.
   *
   * @param v the paragraph
   * @param index the index of the rate's token
   * @param action the action
   * @return {numerator, denominator}, or null when the counts are not both stated
   */
  static NumberToken[] counts(ParagraphView v, int index, String action) {
    ArrayList<NumberToken> tokens = v.tokens;
    NumberToken p = tokens.get(index);
    NumberToken numerator = null;
    for (int k = index - 1; k >= 0 && k >= index - ParagraphView.LOOK_BACK_TOKENS; k--) {
      NumberToken t = tokens.get(k);
      if (!v.sameSentence(t, p)) {
        return null;
      }
      if (t.type != NumberToken.Type.COUNT) {
        continue;
      }
      if (numerator == null) {
        if (!v.clauseContains(t, action)) {
          return null; // the count beside the rate is not what the action did
        }
        numerator = t;
      } else if (t.unit.equals(numerator.unit) && !v.clauseContains(t, action)) {
        if (t.approximate || numerator.approximate || t.count < numerator.count) {
          return null;
        }
        return new NumberToken[] {numerator, t};
      }
    }
    return null;
  }
}
