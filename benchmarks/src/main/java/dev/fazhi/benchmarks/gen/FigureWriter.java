package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.Amount;
import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Count;
import dev.fazhi.core.model.ImmutableTaskCompletion;
import dev.fazhi.core.model.MoneyUnit;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes sentences that state figures and records each figure as the model holds it. A faulty
 * figure is written as a careless report would write it: the text and the model agree, and both are
 * wrong in the same way.
 */
final class FigureWriter {

  private final SplittableRandom random;

  FigureWriter(SplittableRandom random) {
    this.random = random;
  }

  /** Appends one figure sentence of a random kind, correct. */
  void any(Plan.Paragraph paragraph) {
    switch (random.nextInt(8)) {
      case 0 -> taskCompletion(paragraph, false);
      case 1 -> rate(paragraph, false);
      case 2 -> breakdown(paragraph, false);
      case 3 -> subset(paragraph, false);
      case 4, 5 -> count(paragraph);
      case 6 -> amount(paragraph);
      default -> onTimeRate(paragraph);
    }
  }

  void taskCompletion(Plan.Paragraph paragraph, boolean exceeds) {
    String[] task = pick(Vocabulary.TASKS);
    long assigned = 40 + random.nextInt(760);
    long closed = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12);
    long completed;
    if (exceeds) {
      completed = assigned - closed + 1 + random.nextInt(9);
    } else if (random.nextInt(3) == 0) {
      completed = assigned - closed - 1 - random.nextInt(Math.max(1, (int) (assigned / 10)));
    } else {
      completed = assigned - closed;
    }
    BigDecimal rate = exceeds ? new BigDecimal("100")
        : percent(completed + closed, assigned, completed + closed == assigned ? 0 : 1);
    String quote = "承担" + task[0] + assigned + "项，完成" + completed + "项"
        + (closed > 0 ? "（" + task[1] + closed + "项）" : "") + "，完成率" + rate.toPlainString() + "%";
    ImmutableTaskCompletion.Builder figure = TaskCompletion.builder()
        .subject(task[0]).assigned(assigned).completed(completed).ratePercent(rate).quote(quote);
    if (closed > 0) {
      figure.closed(closed);
    }
    sentence(paragraph, "全年", quote, figure.build());
  }

  void rate(Plan.Paragraph paragraph, boolean mismatch) {
    String[] words = pick(Vocabulary.RATES);
    long denominator = 20 + random.nextInt(600);
    long numerator = random.nextInt((int) denominator + 1);
    int scale = random.nextInt(3) == 0 ? 0 : 1;
    BigDecimal rate = percent(numerator, denominator, scale);
    if (mismatch) {
      BigDecimal shift = BigDecimal.valueOf(3 + random.nextInt(12));
      rate = rate.compareTo(new BigDecimal("50")) > 0 ? rate.subtract(shift) : rate.add(shift);
    }
    String quote = words[0] + denominator + words[1] + "，" + words[2] + numerator + words[1] + "，"
        + words[3] + rate.toPlainString() + "%";
    sentence(paragraph, "全年", quote, Rate.builder().subject(words[3]).numerator(numerator)
        .denominator(denominator).ratePercent(rate).quote(quote).build());
  }

  void breakdown(Plan.Paragraph paragraph, boolean wrongSum) {
    String[] words = pick(Vocabulary.BREAKDOWNS);
    int partCount = words.length - 2;
    List<Long> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    long sum = 0;
    for (int i = 0; i < partCount; i++) {
      long part = 1 + random.nextInt(150);
      parts.add(part);
      names.add(words[2 + i]);
      sum += part;
    }
    long total = sum;
    if (wrongSum) {
      total = sum + (random.nextBoolean() ? 1 + random.nextInt(5) : -1 - random.nextInt(Math.min(5, (int) sum - 1)));
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < partCount; i++) {
      list.append(i == 0 ? "" : "、").append(names.get(i)).append(parts.get(i)).append(words[1]);
    }
    boolean brackets = random.nextBoolean();
    String quote = brackets
        ? "受理" + words[0] + total + words[1] + "（" + list + "）"
        : "办理" + words[0] + total + words[1] + "，其中" + list;
    sentence(paragraph, "全年", quote, Breakdown.builder().subject(words[0]).total(total)
        .addAllParts(parts).addAllPartNames(names).quote(quote).build());
  }

  void subset(Plan.Paragraph paragraph, boolean exceeds) {
    String[] words = pick(Vocabulary.SUBSETS);
    long total = 20 + random.nextInt(880);
    long part = exceeds ? total + 1 + random.nextInt(30)
        : random.nextBoolean() ? total : random.nextInt((int) total + 1);
    String quote = words[0] + total + words[1] + "，" + words[2] + part + words[1];
    sentence(paragraph, "全年", quote, Subset.builder().subject(words[2]).total(total).subset(part)
        .quote(quote).build());
  }

  void count(Plan.Paragraph paragraph) {
    String[] words = pick(Vocabulary.COUNTS);
    int form = random.nextInt(4);
    long value = form <= 1 ? (1 + random.nextInt(30)) * 100L : 1 + random.nextInt(3000);
    String quote = switch (form) {
      case 0 -> words[0] + value + "余" + words[1];
      case 1 -> words[0] + "近" + value + words[1];
      default -> words[0] + value + words[1];
    };
    sentence(paragraph, "累计", quote, Count.builder().subject(words[0]).value(value).unit(words[1])
        .approximate(form <= 1).quote(quote).build());
  }

  void amount(Plan.Paragraph paragraph) {
    String subject = pick(Vocabulary.AMOUNTS);
    boolean wan = random.nextBoolean();
    BigDecimal stated = wan
        ? BigDecimal.valueOf(random.nextInt(5_000_000), 2 + random.nextInt(4))
        : BigDecimal.valueOf(1 + random.nextInt(90_000_000), 2);
    MoneyUnit unit = wan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    String quote = subject + "共计" + stated.toPlainString() + unit.symbol();
    sentence(paragraph, "全年", quote, Amount.builder().subject(subject).yuan(unit.toYuan(stated))
        .statedUnit(unit).quote(quote).build());
  }

  /** A rate that is not a ratio of the counts before it and so is no figure to check. */
  void onTimeRate(Plan.Paragraph paragraph) {
    long accepted = 50 + random.nextInt(2000);
    long done = accepted - random.nextInt(40);
    paragraph.append("全年受理群众诉求" + accepted + "件，办结" + done + "件，"
        + pick(Vocabulary.ON_TIME) + "100%。");
  }

  private void sentence(Plan.Paragraph paragraph, String lead, String quote,
      dev.fazhi.core.model.Figure figure) {
    paragraph.append(random.nextBoolean() ? lead : "");
    paragraph.addFigure(figure, quote);
    paragraph.append(quote).append("。");
  }

  private static BigDecimal percent(long part, long whole, int scale) {
    return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
