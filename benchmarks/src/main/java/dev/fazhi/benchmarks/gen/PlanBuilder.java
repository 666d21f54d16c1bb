package dev.fazhi.benchmarks.gen;

import dev.fazhi.core.model.AdministrativeLevel;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Draws one report's {@link Plan} from a random source: structure, content, noise and faults. */
final class PlanBuilder {

  /** Texts aim at a size in this range of UTF-8 bytes; noise and the last paragraph add a little. */
  static final int MIN_TARGET_BYTES = 6_000;
  static final int MAX_TARGET_BYTES = 22_000;

  private static final double FAULT_PROBABILITY = 0.12;

  private final SplittableRandom random;
  private final FigureWriter figures;
  private final Plan plan = new Plan();
  private final List<Plan.Section> measureLeaves = new ArrayList<>();
  private final List<String> themes = new ArrayList<>(Vocabulary.THEMES);
  /** How many more measures sections may be made, so that the skeleton stays well under the target. */
  private int sectionBudget = 16;
  /** The sibling list and position of a planted numbering fault, so a second one goes elsewhere. */
  private int faultyPosition = -1;
  private String shortName;
  private String upper;

  private PlanBuilder(SplittableRandom random) {
    this.random = random;
    this.figures = new FigureWriter(random);
  }

  static Plan build(SplittableRandom random) {
    return new PlanBuilder(random).build();
  }

  private Plan build() {
    issuer();
    choices();
    Collections.shuffle(themes, new java.util.Random(random.nextLong()));
    plan.title = fill(pick(Vocabulary.TITLE_FORMS));
    if (plan.noise.contains(Noise.TITLE_BROKEN)) {
      plan.titleBreak = plan.title.startsWith(plan.issuerName) && random.nextBoolean()
          ? plan.issuerName.length()
          : 4 + random.nextInt(plan.title.length() - 8);
    }
    dates();
    front();
    body();
    fillToSize(MIN_TARGET_BYTES + random.nextInt(MAX_TARGET_BYTES - MIN_TARGET_BYTES));
    faults();
    return plan;
  }

  private void issuer() {
    String suffix = pick(Vocabulary.REGION_SUFFIXES);
    plan.region = pick(Vocabulary.REGION_STEMS) + suffix;
    String organ = pick(Vocabulary.ORGANS);
    if ("市".equals(suffix) && "卫生健康局".equals(organ)) {
      organ = "卫生健康委员会";
    }
    plan.issuerName = plan.region + organ;
    plan.level = "市".equals(suffix) ? AdministrativeLevel.MUNICIPAL : AdministrativeLevel.COUNTY;
    plan.year = 2018 + random.nextInt(8);
    shortName = organ.equals("人民政府") ? suffix : organ.endsWith("委员会") ? "委" : "局";
    upper = suffix + "委、" + suffix + "政府";
  }

  private void choices() {
    int layout = random.nextInt(20);
    plan.layout = layout < 9 ? Layout.NUMBERED_PARTS
        : layout < 14 ? Layout.THEMATIC_MEASURES
        : layout < 17 ? Layout.UNNUMBERED_PARTS : Layout.UNNUMBERED_THEMATIC;
    int principal = random.nextInt(20);
    plan.principal = principal < 3 ? PrincipalPlacement.FIRST
        : principal < 11 ? PrincipalPlacement.OWN_SECTION
        : principal < 17 ? PrincipalPlacement.EMBEDDED : PrincipalPlacement.MISSING;
    plan.otherMatters = random.nextInt(4) == 0;
    int style = random.nextInt(12);
    plan.childStyle = style < 6 ? NumberingStyle.CHINESE_PAREN
        : style < 8 ? NumberingStyle.ARABIC_DOT
        : List.of(NumberingStyle.ARABIC_COMMA, NumberingStyle.CHINESE_HALFWIDTH_PAREN,
            NumberingStyle.CHINESE_PAREN_COMMA, NumberingStyle.ARABIC_FULLWIDTH_DOT).get(style - 8);
    for (Noise noise : Noise.values()) {
      if (random.nextInt(10) < 3) {
        plan.noise.add(noise);
      }
    }
    for (Fault fault : Fault.values()) {
      if (random.nextDouble() < FAULT_PROBABILITY) {
        plan.faults.add(fault);
      }
    }
    if (plan.layout == Layout.UNNUMBERED_THEMATIC) {
      // No sibling list is sure to carry numbers that could be written wrong.
      plan.faults.remove(Fault.DUPLICATED_NUMBER);
      plan.faults.remove(Fault.SKIPPED_NUMBER);
    }
  }

  private void dates() {
    int next = plan.year + 1;
    boolean dated = random.nextInt(5) != 0;
    boolean late = plan.faults.contains(Fault.LATE_PUBLICATION);
    boolean published = plan.noise.contains(Noise.PUBLICATION_LINE);
    if (late && !published) {
      dated = true;
    }
    LocalDate signed = LocalDate.of(next, 1 + random.nextInt(3), 1 + random.nextInt(25));
    if (late && !published) {
      signed = LocalDate.of(next, 4, 2).plusDays(random.nextInt(80));
    }
    if (dated) {
      plan.signedOn = signed;
      plan.issuerAboveDate = random.nextInt(5) < 3;
    }
    if (published) {
      LocalDate on = late ? LocalDate.of(next, 4, 2).plusDays(random.nextInt(80))
          : signed.plusDays(random.nextInt(6));
      if (!late && on.isAfter(LocalDate.of(next, 3, 31))) {
        on = LocalDate.of(next, 3, 31);
      }
      plan.publishedOn = on;
      String colon = random.nextBoolean() ? "：" : ":";
      String head = "发布时间" + colon;
      plan.publicationDateIndex = head.length();
      plan.publicationLine = head + on + (random.nextBoolean() ? "  来源" + colon + plan.issuerName : "")
          + "  字体" + colon + "【大 中 小】";
    }
    if (plan.noise.contains(Noise.NAVIGATION)) {
      plan.navigation = random.nextBoolean()
          ? "当前位置：首页 > 政务公开 > 法治政府建设"
          : "当前位置:首页>信息公开>" + plan.region + ">法治政府建设年度报告";
    }
  }

  private void front() {
    if (plan.noise.contains(Noise.SALUTATION)) {
      plan.salutation = upper + "：";
    }
    Plan.Paragraph opening = new Plan.Paragraph();
    opening.append(fill(pick(Vocabulary.OPENINGS))).append("。");
    if (random.nextBoolean()) {
      opening.append(fill(pick(Vocabulary.REPORT_LEADS)));
      plan.preamble.add(opening);
    } else {
      plan.preamble.add(opening);
      plan.preamble.add(new Plan.Paragraph().append(fill(pick(Vocabulary.REPORT_LEADS))));
    }
  }

  private void body() {
    List<Plan.Section> measures = measures();
    Plan.Section shortcomings = shortcomings();
    Plan.Section principal = plan.principal == PrincipalPlacement.FIRST
        || plan.principal == PrincipalPlacement.OWN_SECTION ? principal() : null;
    Plan.Section nextYear = nextYearPlan();
    Plan.Section other = plan.otherMatters ? otherMatters() : null;

    List<Plan.Section> top = new ArrayList<>();
    if (plan.principal == PrincipalPlacement.FIRST) {
      top.add(principal);
    }
    top.addAll(measures);
    top.add(shortcomings);
    if (plan.principal == PrincipalPlacement.OWN_SECTION) {
      top.add(principal);
    }
    if (other != null && random.nextBoolean()) {
      top.add(other);
      other = null;
    }
    top.add(nextYear);
    if (other != null) {
      top.add(other);
    }
    boolean numbered = plan.layout.isNumbered();
    for (int i = 0; i < top.size(); i++) {
      Plan.Section section = top.get(i);
      section.style = numbered ? NumberingStyle.CHINESE_COMMA : NumberingStyle.NONE;
      section.number = numbered ? i + 1 : 0;
    }
    plan.sections.addAll(top);
  }

  private List<Plan.Section> measures() {
    List<Plan.Section> out = new ArrayList<>();
    int themeCount = 3 + random.nextInt(5);
    if (plan.layout.isThematic()) {
      for (int i = 0; i < themeCount; i++) {
        Plan.Section theme = top(nextTheme(), Part.MEASURES_AND_RESULTS);
        theme.paragraphs.add(shortParagraph());
        sectionBudget--;
        if (random.nextInt(3) == 0 && sectionBudget > 8) {
          children(theme, 2, 2 + random.nextInt(3), true);
        } else {
          measureLeaves.add(theme);
        }
        out.add(theme);
      }
      if (plan.principal == PrincipalPlacement.EMBEDDED) {
        Plan.Paragraph duty = principalParagraph();
        out.get(0).paragraphs.add(0, duty);
        plan.embeddedPrincipalQuote = duty.text.substring(0, 20);
      }
      return out;
    }
    Plan.Section measures = top(fill(pick(Vocabulary.MEASURES_HEADINGS)), Part.MEASURES_AND_RESULTS);
    if (random.nextInt(3) == 0) {
      measures.paragraphs.add(paragraph(false));
    }
    children(measures, 2, themeCount, true);
    if (plan.principal == PrincipalPlacement.EMBEDDED) {
      String heading = pick(Vocabulary.PRINCIPAL_SUBHEADINGS);
      Plan.Section duty = new Plan.Section(2, plan.childStyle, 0, heading, null);
      duty.paragraphs.add(principalParagraph());
      int at = random.nextBoolean() ? 0 : random.nextInt(measures.children.size() + 1);
      measures.children.add(at, duty);
      renumber(measures.children);
      plan.embeddedPrincipalQuote = heading;
    }
    out.add(measures);
    return out;
  }

  /** Adds numbered children at a level, for the measures when {@code leaves} is set. */
  private void children(Plan.Section parent, int level, int count, boolean leaves) {
    NumberingStyle style = styleFor(level);
    for (int i = 0; i < count; i++) {
      Plan.Section child = new Plan.Section(level, style, i + 1, nextTheme(), null);
      child.paragraphs.add(shortParagraph());
      sectionBudget--;
      if (leaves && level < 4 && random.nextInt(4) == 0 && sectionBudget > 4) {
        children(child, level + 1, 2 + random.nextInt(3), true);
      } else if (leaves) {
        measureLeaves.add(child);
      }
      parent.children.add(child);
    }
  }

  private NumberingStyle styleFor(int level) {
    if (level == 2) {
      return plan.childStyle;
    }
    boolean chineseAbove = plan.childStyle.standardForm()
        .filter(form -> form == NumberingStyle.CHINESE_PAREN).isPresent();
    if (level == 3) {
      return chineseAbove ? NumberingStyle.ARABIC_DOT : NumberingStyle.ARABIC_PAREN;
    }
    return NumberingStyle.ARABIC_PAREN;
  }

  private Plan.Section shortcomings() {
    Plan.Section section = top(fill(pick(Vocabulary.SHORTCOMINGS_HEADINGS)),
        Part.SHORTCOMINGS_AND_CAUSES);
    List<String> problems = shuffled(Vocabulary.PROBLEMS);
    int count = 2 + random.nextInt(3);
    boolean asChildren = random.nextBoolean();
    NumberingStyle style = styleFor(2);
    for (int i = 0; i < count; i++) {
      Plan.Paragraph paragraph = new Plan.Paragraph()
          .append(problems.get(i)).append("。")
          .append(pick(Vocabulary.CAUSES)).append("。");
      if (asChildren) {
        Plan.Section child = new Plan.Section(2, style, i + 1, problems.get(i), null);
        child.paragraphs.add(paragraph);
        section.children.add(child);
      } else {
        section.paragraphs.add(paragraph);
      }
    }
    return section;
  }

  private Plan.Section principal() {
    Plan.Section section = top(fill(pick(Vocabulary.PRINCIPAL_HEADINGS)),
        Part.PRINCIPAL_RESPONSIBILITY);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      section.paragraphs.add(principalParagraph());
    }
    return section;
  }

  private Plan.Paragraph principalParagraph() {
    Plan.Paragraph paragraph = new Plan.Paragraph();
    for (String sentence : shuffled(Vocabulary.PRINCIPAL_SENTENCES).subList(0, 2 + random.nextInt(2))) {
      paragraph.append(sentence.replace("{n}", String.valueOf(2 + random.nextInt(10)))).append("。");
    }
    return paragraph;
  }

  private Plan.Section nextYearPlan() {
    Plan.Section section = top(fill(pick(Vocabulary.PLAN_HEADINGS)), Part.NEXT_YEAR_PLAN);
    List<String> items = shuffled(Vocabulary.PLANS);
    int count = 3 + random.nextInt(3);
    boolean asChildren = random.nextBoolean();
    NumberingStyle style = styleFor(2);
    for (int i = 0; i < count; i++) {
      Plan.Paragraph paragraph = new Plan.Paragraph().append(items.get(i)).append("。")
          .append(pick(Vocabulary.LEADS)).append("，").append(fill(pick(Vocabulary.ACTIONS)))
          .append("。");
      if (asChildren) {
        Plan.Section child = new Plan.Section(2, style, i + 1, items.get(i), null);
        child.paragraphs.add(paragraph);
        section.children.add(child);
      } else {
        section.paragraphs.add(paragraph);
      }
    }
    return section;
  }

  private Plan.Section otherMatters() {
    Plan.Section section = top(pick(Vocabulary.OTHER_HEADINGS), Part.OTHER_MATTERS);
    section.paragraphs.add(new Plan.Paragraph().append(pick(Vocabulary.OTHER_SENTENCES)).append("。"));
    return section;
  }

  private Plan.Section top(String text, Part part) {
    return new Plan.Section(1, NumberingStyle.CHINESE_COMMA, 0, text, part);
  }

  /** The first paragraph under a measures heading: one or two sentences, usually with a figure. */
  private Plan.Paragraph shortParagraph() {
    return paragraph(true, 1 + random.nextInt(2));
  }

  /** A body paragraph of two to five sentences; with figures for the measures. */
  private Plan.Paragraph paragraph(boolean withFigures) {
    return paragraph(withFigures, 2 + random.nextInt(4));
  }

  private Plan.Paragraph paragraph(boolean withFigures, int sentences) {
    Plan.Paragraph paragraph = new Plan.Paragraph();
    int figureAt = withFigures && random.nextInt(10) < 9 ? random.nextInt(sentences) : -1;
    for (int i = 0; i < sentences; i++) {
      if (i > 0 && random.nextInt(3) == 0) {
        paragraph.append(pick(Vocabulary.CONNECTIVES)).append("，");
      }
      paragraph.append(pick(Vocabulary.LEADS)).append("，").append(fill(pick(Vocabulary.ACTIONS)));
      if (random.nextBoolean()) {
        paragraph.append("，").append(fill(pick(Vocabulary.ACTIONS)));
      }
      paragraph.append("，").append(pick(Vocabulary.RESULTS)).append("。");
      if (i == figureAt) {
        figures.any(paragraph);
        if (random.nextInt(3) == 0) {
          figures.any(paragraph);
        }
      }
    }
    return paragraph;
  }

  private void fillToSize(int targetBytes) {
    int size = Utf8.length(plan.title) + 400;
    for (Plan.Paragraph paragraph : plan.allParagraphs()) {
      size += Utf8.length(paragraph.text) + 8;
    }
    for (Plan.Section section : plan.allSections()) {
      size += Utf8.length(section.text) + 12;
    }
    while (size < targetBytes) {
      Plan.Section leaf = measureLeaves.get(random.nextInt(measureLeaves.size()));
      Plan.Paragraph paragraph = paragraph(true);
      leaf.paragraphs.add(paragraph);
      size += Utf8.length(paragraph.text) + 8;
    }
  }

  private void faults() {
    for (Fault fault : plan.faults) {
      switch (fault) {
        case WRONG_SUM -> figures.breakdown(faultyParagraph(), true);
        case COMPLETED_EXCEEDS_ASSIGNED -> figures.taskCompletion(faultyParagraph(), true);
        case RATE_MISMATCH -> figures.rate(faultyParagraph(), true);
        case SUBSET_EXCEEDS_TOTAL -> figures.subset(faultyParagraph(), true);
        case DUPLICATED_NUMBER -> renumberFaulty(true);
        case SKIPPED_NUMBER -> renumberFaulty(false);
        case LATE_PUBLICATION -> { } // planted by dates()
        case DOUBLED_PUNCTUATION -> doublePunctuation();
        case LETTER_IN_NUMBER -> letterInNumber();
        case REPEATED_PHRASE -> repeatPhrase();
        default -> throw new IllegalStateException("unplanted fault " + fault);
      }
    }
    if (plan.noise.contains(Noise.PARAGRAPH_BROKEN)) {
      breakAParagraph();
    }
    if (plan.noise.contains(Noise.BOOKMARK)) {
      pick(plan.allParagraphs()).bookmark = true;
    }
    markHeadings();
  }

  private Plan.Paragraph faultyParagraph() {
    Plan.Section leaf = pick(measureLeaves);
    Plan.Paragraph paragraph = new Plan.Paragraph();
    paragraph.append(pick(Vocabulary.LEADS)).append("，").append(fill(pick(Vocabulary.ACTIONS)))
        .append("。");
    leaf.paragraphs.add(random.nextInt(leaf.paragraphs.size() + 1), paragraph);
    return paragraph;
  }

  /**
   * Writes one sibling list's numbers as a careless editor would: from some position on, every number
   * is one lower (a duplicate) or one higher (a gap). Two faults go to different positions.
   */
  private void renumberFaulty(boolean duplicate) {
    List<Plan.Section> siblings = plan.layout == Layout.THEMATIC_MEASURES
        ? plan.sections : plan.sections.stream()
            .filter(s -> s.part == Part.MEASURES_AND_RESULTS).findFirst().orElseThrow().children;
    int at;
    do {
      at = 1 + random.nextInt(siblings.size() - 1);
    } while (at == faultyPosition);
    faultyPosition = at;
    for (int i = at; i < siblings.size(); i++) {
      siblings.get(i).number += duplicate ? -1 : 1;
    }
  }

  private void renumber(List<Plan.Section> siblings) {
    for (int i = 0; i < siblings.size(); i++) {
      siblings.get(i).number = i + 1;
    }
  }

  private void doublePunctuation() {
    Plan.Paragraph paragraph = faultyParagraph();
    String text = paragraph.text.toString();
    int at = text.indexOf("，");
    if (random.nextBoolean()) {
      String list = pick(Vocabulary.ACTIVITIES) + "、、" + pick(Vocabulary.ACTIVITIES);
      paragraph.append("先后组织" + list + "。");
    } else {
      paragraph.text.insert(at, "，");
    }
  }

  private void letterInNumber() {
    String year = String.valueOf(plan.year);
    String wrong = year.indexOf('1') >= 0 && random.nextBoolean()
        ? year.replaceFirst("1", "I") : year.replaceFirst("0", "O");
    String doc = pick(Vocabulary.DOCS);
    pick(measureLeaves).paragraphs.get(0).append("印发" + doc + "（" + plan.region.substring(0, 2)
        + pick(Vocabulary.DOC_PREFIXES) + "〔" + wrong + "〕" + (1 + random.nextInt(60)) + "号）。");
  }

  private void repeatPhrase() {
    faultyParagraph().append("严格落实执法" + pick(List.of(
        "执法全过程记录制度", "执法公示制度", "执法协作联动机制", "执法监督常态化机制")) + "。");
  }

  private void breakAParagraph() {
    for (Plan.Paragraph paragraph : shuffled(plan.allParagraphs())) {
      int from = 20 + random.nextInt(Math.max(1, paragraph.text.length() - 40));
      for (int at = from; at < paragraph.text.length() - 10; at++) {
        if (isHan(paragraph.text.charAt(at - 1)) && isHan(paragraph.text.charAt(at))
            && !insideQuote(paragraph, at)) {
          paragraph.breakAt = at;
          return;
        }
      }
    }
  }

  private static boolean insideQuote(Plan.Paragraph paragraph, int at) {
    String text = paragraph.text.toString();
    for (String quote : paragraph.quotes) {
      int start = text.indexOf(quote);
      if (start >= 0 && at > start - 1 && at <= start + quote.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHan(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  private void markHeadings() {
    List<Plan.Section> candidates = new ArrayList<>();
    for (Plan.Section section : plan.allSections()) {
      if (section.level == 2 && section.style != NumberingStyle.NONE && !section.paragraphs.isEmpty()
          && section.children.isEmpty()) {
        candidates.add(section);
      }
    }
    Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
    if (plan.noise.contains(Noise.HEADING_RUN_INTO_BODY)) {
      if (candidates.isEmpty()) {
        plan.noise.remove(Noise.HEADING_RUN_INTO_BODY);
      } else {
        candidates.remove(0).runIntoBody = true;
      }
    }
    if (plan.noise.contains(Noise.RUN_ON_HEADING)) {
      if (candidates.isEmpty()) {
        plan.noise.remove(Noise.RUN_ON_HEADING);
      } else {
        candidates.get(0).runOnSpaces = 20 + random.nextInt(30);
      }
    }
  }

  private String nextTheme() {
    return themes.isEmpty() ? pick(Vocabulary.THEMES) : themes.remove(themes.size() - 1);
  }

  /** Replaces each {slot} of a template; word slots draw a fresh word each time. */
  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, at, open);
      out.append(slot(template.substring(open + 1, close)));
      at = close + 1;
    }
    return out.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "doc" -> pick(Vocabulary.DOCS);
      case "activity" -> pick(Vocabulary.ACTIVITIES);
      case "mechanism" -> pick(Vocabulary.MECHANISMS);
      case "reform" -> pick(Vocabulary.REFORMS);
      case "list" -> pick(Vocabulary.LISTS);
      case "year" -> String.valueOf(plan.year);
      case "next" -> String.valueOf(plan.year + 1);
      case "issuer" -> plan.issuerName;
      case "short" -> shortName;
      case "upper" -> upper;
      default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
    };
  }

  private <T> List<T> shuffled(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new java.util.Random(random.nextLong()));
    return copy;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
