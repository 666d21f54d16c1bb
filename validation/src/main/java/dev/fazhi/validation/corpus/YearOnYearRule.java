package dev.fazhi.validation.corpus;

import dev.fazhi.validation.RuleDescriptor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code corpus.year-on-year-mismatch}: a change on the previous year that a report states
 * ({@code 同比增长8.1%}, {@code 较上年增加37件}, {@code 下降2.4个百分点}) checked against the figure the same
 * issuer's report of the previous year gave for the same subject. Silent unless the subject is matched
 * with confidence: the same words (four characters or more, leading 全年、共、累计 … set aside), stated
 * once — or always with the same value — in last year's report, in the same unit.
 *
 * <p>The stated rounding is honoured: {@code 增长8.1%} holds when the exact change lies within half a
 * unit of its last digit (8.05 % to 8.15 %). Figures are compared exactly, as {@link BigDecimal}s.
 * Cost: O(claims × figures of last year's report).
 */
final class YearOnYearRule implements SetRule {

  private static final List<String[]> OPPOSITES = List.of(new String[] {"增长", "下降"},
      new String[] {"增加", "减少"}, new String[] {"上升", "下降"}, new String[] {"提高", "降低"},
      new String[] {"提升", "降低"}, new String[] {"增幅", "降幅"});

  @Override
  public RuleDescriptor descriptor() {
    return CorpusRules.YEAR_ON_YEAR_MISMATCH;
  }

  @Override
  public void check(CorpusView view, FindingSink sink) {
    for (int r = 0; r < view.reports.size(); r++) {
      ReportDigest report = view.reports.get(r);
      String key = view.issuerKey(r);
      if (report.role != Role.CHECKED || report.claims.isEmpty() || key == null || report.year == 0) {
        continue;
      }
      List<Integer> previous = view.reportsOf(key, report.year - 1);
      if (previous.isEmpty()) {
        continue;
      }
      ReportDigest last = view.reports.get(previous.get(0));
      for (ChangeClaim claim : report.claims) {
        check(claim, report, last, sink);
      }
    }
  }

  private void check(ChangeClaim claim, ReportDigest report, ReportDigest last, FindingSink sink) {
    StatedFigure now = claim.figure();
    if (now.subject().length() < FigureScanner.MIN_SUBJECT) {
      return;
    }
    FigureTable.Entry then = last.figures.find(now.subject());
    if (then == null || !then.unit().equals(now.unit())) {
      return;
    }
    BigDecimal difference = now.value().subtract(then.value());
    BigDecimal exact;
    String unit;
    switch (claim.kind()) {
      case PERCENT -> {
        if (then.value().signum() == 0) {
          return;
        }
        exact = difference.multiply(BigDecimal.valueOf(100))
            .divide(then.value(), claim.change().scale() + 8, RoundingMode.HALF_EVEN);
        unit = "%";
      }
      case POINTS -> {
        if (!isPercent(now.unit())) {
          return;
        }
        exact = difference;
        unit = "个百分点";
      }
      default -> {
        exact = difference;
        unit = now.unit();
      }
    }
    BigDecimal stated = claim.increase() ? claim.change() : claim.change().negate();
    BigDecimal tolerance = claim.kind() == ChangeClaim.Kind.ABSOLUTE ? BigDecimal.ZERO
        : BigDecimal.valueOf(5, claim.change().scale() + 1);
    if (exact.subtract(stated).abs().compareTo(tolerance) <= 0) {
      return;
    }
    BigDecimal shown = claim.kind() == ChangeClaim.Kind.ABSOLUTE ? exact
        : exact.setScale(claim.change().scale(), RoundingMode.HALF_UP);
    String expected = verb(claim, shown.signum() >= 0) + shown.abs().toPlainString() + unit;
    String lastQuote = now.subject() + then.value().toPlainString() + then.unit();
    RelatedPlace related = new RelatedPlace(last.source, then.line(), lastQuote);
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("subject", now.subject());
    arguments.put("change", claim.changeText());
    arguments.put("other", last.source);
    arguments.put("otherLine", then.line());
    arguments.put("otherQuote", lastQuote);
    arguments.put("value", now.value().toPlainString() + now.unit());
    arguments.put("expected", expected);
    sink.add(descriptor(), report.source, null, claim.line(), claim.column(), claim.quote(), related,
        arguments);
  }

  private static boolean isPercent(String unit) {
    return unit.equals("%") || unit.equals("％");
  }

  /** The claim's own verb when the sign agrees, else its opposite. */
  private static String verb(ChangeClaim claim, boolean up) {
    if (up == claim.increase()) {
      return claim.verb();
    }
    for (String[] pair : OPPOSITES) {
      if (pair[0].equals(claim.verb())) {
        return pair[1];
      }
      if (pair[1].equals(claim.verb())) {
        return pair[0];
      }
    }
    return up ? "增长" : "下降";
  }
}
