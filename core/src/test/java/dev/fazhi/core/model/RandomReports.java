package dev.fazhi.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of arbitrary report models, consistent or not, for property tests. The same
 * seed always gives the same reports.
 */
public final class RandomReports {

  private static final String[] WORDS = {
    "依法行政", "行政执法", "法治宣传", "规范性文件", "重大行政决策", "行政复议", "政务公开", "双随机抽查",
    "公共卫生", "医疗机构", "\"引号\"", "反斜杠\\", "换行\n续行", "emoji😀", " ", "Tab\t"
  };

  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public RandomReports(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Generates the next report.
   *
   * @return a report
   */
  public Report next() {
    ImmutableReport.Builder report = Report.builder().title(text(1, 4));
    if (random.nextBoolean()) {
      report.source("reports/" + random.nextInt(1000) + ".txt");
    }
    if (random.nextInt(4) > 0) {
      ImmutableIssuer.Builder issuer = Issuer.builder().name(text(1, 2) + "局");
      if (random.nextBoolean()) {
        issuer.region(text(1, 1) + "区");
      }
      if (random.nextBoolean()) {
        issuer.level(pick(AdministrativeLevel.values()));
      }
      report.issuer(issuer.build());
    }
    if (random.nextInt(4) > 0) {
      report.reportingYear(2000 + random.nextInt(40));
    }
    if (random.nextBoolean()) {
      report.signedOn(date()).signedOnLocation(location());
    }
    if (random.nextBoolean()) {
      report.publishedOn(date());
      if (random.nextBoolean()) {
        report.publishedOnLocation(location());
      }
    }
    int preamble = random.nextInt(3);
    for (int i = 0; i < preamble; i++) {
      report.addPreamble(paragraph());
    }
    int sections = random.nextInt(6);
    for (int i = 0; i < sections; i++) {
      report.addSections(section(1));
    }
    if (random.nextInt(3) == 0) {
      Part part = pick(Part.values());
      ImmutableEmbeddedPart.Builder embedded = EmbeddedPart.builder().embeddedIn(pick(Part.values()));
      if (random.nextBoolean()) {
        embedded.location(location()).quote(text(1, 2));
      }
      report.putEmbeddedParts(part, embedded.build());
    }
    if (random.nextInt(5) == 0) {
      report.sourceText(text(5, 30));
    }
    return report.build();
  }

  private Section section(int level) {
    NumberingStyle style = pick(NumberingStyle.values());
    Heading heading;
    if (style == NumberingStyle.NONE) {
      heading = Heading.unnumbered(level, text(1, 3));
    } else {
      // Any number, including duplicates and gaps: the model holds what was written.
      heading = Heading.numbered(level, style, 1 + random.nextInt(12), text(1, 3));
    }
    ImmutableSection.Builder section = Section.builder().heading(heading);
    if (level == 1 && random.nextBoolean()) {
      section.part(pick(Part.values()));
    }
    if (random.nextBoolean()) {
      section.location(location());
    }
    int paragraphs = random.nextInt(4);
    for (int i = 0; i < paragraphs; i++) {
      section.addParagraphs(paragraph());
    }
    if (level < 4) {
      int children = random.nextInt(level == 1 ? 4 : 2);
      for (int i = 0; i < children; i++) {
        section.addSections(section(level + 1));
      }
    }
    return section.build();
  }

  private Paragraph paragraph() {
    ImmutableParagraph.Builder paragraph = Paragraph.builder().text(text(1, 12));
    if (random.nextBoolean()) {
      paragraph.location(location());
    }
    int figures = random.nextInt(4);
    for (int i = 0; i < figures; i++) {
      paragraph.addFigures(figure());
    }
    return paragraph.build();
  }

  /**
   * Generates one figure of any kind, with values that may well be inconsistent or negative.
   *
   * @return a figure
   */
  public Figure figure() {
    Figure figure = switch (random.nextInt(6)) {
      case 0 -> {
        ImmutableTaskCompletion.Builder b = TaskCompletion.builder().assigned(count()).completed(count());
        if (random.nextBoolean()) {
          b.closed(count());
        }
        if (random.nextBoolean()) {
          b.ratePercent(decimal()).rateBound(pick(RateBound.values()));
        }
        yield b.build();
      }
      case 1 -> Rate.builder().numerator(count()).denominator(count()).ratePercent(decimal())
          .rateBound(pick(RateBound.values())).build();
      case 2 -> {
        ImmutableBreakdown.Builder b = Breakdown.builder().total(count());
        int parts = random.nextInt(5);
        boolean named = random.nextBoolean();
        for (int i = 0; i < parts; i++) {
          b.addParts(count());
          if (named) {
            b.addPartNames(text(1, 1));
          }
        }
        yield b.build();
      }
      case 3 -> Subset.builder().total(count()).subset(count()).build();
      case 4 -> Count.builder().value(count()).unit(pick(new String[] {"件", "宗", "人次", "家"})).build();
      default -> Amount.builder().yuan(decimal()).statedUnit(pick(MoneyUnit.values())).build();
    };
    return withCommon(figure);
  }

  private Figure withCommon(Figure figure) {
    String subject = random.nextBoolean() ? text(1, 2) : "";
    boolean approximate = random.nextInt(5) == 0;
    boolean located = random.nextBoolean();
    String quote = random.nextBoolean() ? text(1, 3) : null;
    if (figure instanceof TaskCompletion f) {
      ImmutableTaskCompletion.Builder b = ImmutableTaskCompletion.builder().from(f).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    } else if (figure instanceof Rate f) {
      ImmutableRate.Builder b = ImmutableRate.builder().from(f).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    } else if (figure instanceof Breakdown f) {
      ImmutableBreakdown.Builder b = ImmutableBreakdown.builder().from(f).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    } else if (figure instanceof Subset f) {
      ImmutableSubset.Builder b = ImmutableSubset.builder().from(f).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    } else if (figure instanceof Count f) {
      ImmutableCount.Builder b = ImmutableCount.builder().from(f).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    } else {
      ImmutableAmount.Builder b = ImmutableAmount.builder().from((Amount) figure).subject(subject)
          .approximate(approximate).quote(java.util.Optional.ofNullable(quote));
      return located ? b.location(location()).build() : b.build();
    }
  }

  private long count() {
    return switch (random.nextInt(10)) {
      case 0 -> -random.nextInt(100);
      case 1 -> random.nextLong();
      case 2 -> 0;
      default -> random.nextInt(5000);
    };
  }

  private BigDecimal decimal() {
    // Any scale, including trailing zeros ("46.20") and negative values: digits as written.
    BigDecimal value = BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000_000L),
        random.nextInt(6));
    return random.nextInt(10) == 0 ? new BigDecimal("100.00") : value;
  }

  private LocalDate date() {
    return LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private SourceLocation location() {
    return SourceLocation.of(1 + random.nextInt(500), 1 + random.nextInt(80), random.nextInt(50_000));
  }

  private String text(int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(pick(WORDS));
    }
    return out.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * Generates a list of reports.
   *
   * @param count how many
   * @return the reports
   */
  public List<Report> next(int count) {
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return out;
  }
}
