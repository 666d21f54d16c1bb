package dev.fazhi.validation.rules.outline;

import static dev.fazhi.validation.RuleTesting.child;
import static dev.fazhi.validation.RuleTesting.none;
import static dev.fazhi.validation.RuleTesting.only;
import static dev.fazhi.validation.RuleTesting.withMeasureChildren;
import static dev.fazhi.validation.SampleReports.paragraph;
import static dev.fazhi.validation.SampleReports.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.ImmutableSection;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Section;
import dev.fazhi.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** outline.numbering-style: when it fires, when it must not, and its traps. */
class NumberingStyleRuleTest {

  @Test
  void numberingStyle() {
    Section first = section(3, NumberingStyle.ARABIC_COMMA, 1, "深化监管", paragraph("抽查8户。"));
    Section second = section(3, NumberingStyle.ARABIC_DOT, 2, "加大查处", paragraph("查处3件。"));
    Section parent = ImmutableSection.copyOf(child(1, "严格执法")).withSections(first, second);
    Finding finding = only(withMeasureChildren(parent), "outline.numbering-style");
    assertThat(finding.getActual()).contains("1、");
    assertThat(finding.getExpected()).contains("1.");
    assertThat(finding.getQuote().orElseThrow()).contains("1、深化监管");

    Section arabicUnderTop = section(2, NumberingStyle.ARABIC_DOT, 1, "严格执法", paragraph("查处3件。"));
    none(withMeasureChildren(arabicUnderTop), "outline.numbering-style");

    Section wrongLevel = section(2, NumberingStyle.ARABIC_PAREN, 1, "严格执法", paragraph("查处3件。"));
    Finding level = only(withMeasureChildren(wrongLevel), "outline.numbering-style");
    assertThat(level.getMessageKey()).isEqualTo("outline.numbering-style.message.level");
    assertThat(level.getExpected()).contains("（一）");
  }

  @Test
  void numberingStyleIsReportedOncePerSiblingGroup() {
    List<Section> children = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      children.add(section(2, NumberingStyle.CHINESE_HALFWIDTH_PAREN, i, "事项" + i, paragraph("办理9件。")));
    }
    Finding finding = only(withMeasureChildren(children.toArray(Section[]::new)),
        "outline.numbering-style");
    assertThat(finding.getArguments()).containsEntry("count", 3);
  }

  /**
   * rules.md, outline.numbering-style: "a level's label differs from the standard form for its level
   * (`1、` for `1.`, half-width `(一)` for `（一）`, `（一）、` with a trailing 顿号, full-width `１．`)". The
   * first is the trigger above; here the other three, each with the standard form it stands for.
   */
  @Test
  void everyDeviationTheSpecNamesIsReportedWithItsStandardForm() {
    Finding halfWidth = only(withMeasureChildren(section(2, NumberingStyle.CHINESE_HALFWIDTH_PAREN, 1,
        "优化营商环境", paragraph("办理许可38件。"))), "outline.numbering-style");
    assertThat(halfWidth.getActual()).contains("(一)");
    assertThat(halfWidth.getExpected()).contains("（一）");

    Finding trailingComma = only(withMeasureChildren(section(2, NumberingStyle.CHINESE_PAREN_COMMA, 1,
        "优化营商环境", paragraph("办理许可38件。"))), "outline.numbering-style");
    assertThat(trailingComma.getActual()).contains("（一）、");
    assertThat(trailingComma.getExpected()).contains("（一）");

    Section fullWidth = section(3, NumberingStyle.ARABIC_FULLWIDTH_DOT, 2, "规范执法检查",
        paragraph("检查商户57户。"));
    Finding dot = only(withMeasureChildren(ImmutableSection.copyOf(child(1, "严格执法"))
        .withSections(section(3, NumberingStyle.ARABIC_DOT, 1, "细化裁量基准", paragraph("修订基准3项。")),
            fullWidth)), "outline.numbering-style");
    assertThat(dot.getActual()).contains("２．");
    assertThat(dot.getExpected()).contains("2.");
  }

  /**
   * Near miss: the GB/T 9704-2012 chain itself (outline.md: "`一、` → `（一）` → `1.` → `（1）`") is
   * silent at every level.
   */
  @Test
  void theStandardChainIsSilent() {
    Section deepest = section(4, NumberingStyle.ARABIC_PAREN, 1, "开展案卷评查", paragraph("评查案卷40卷。"));
    Section third = ImmutableSection.copyOf(section(3, NumberingStyle.ARABIC_DOT, 1, "加强执法监督",
        paragraph("开展专项监督2次。"))).withSections(deepest);
    Section second = ImmutableSection.copyOf(child(1, "严格执法")).withSections(third);
    none(withMeasureChildren(second, child(2, "推进政务公开")), "outline.numbering-style");
  }

  /**
   * Trap, rules.md: "`一、` followed directly by `1.` is accepted"; outline.md: "With only two levels,
   * `一、` followed by `1.` is common practice and accepted." But `1.` under `1.` is not.
   */
  @Test
  void arabicDotDirectlyUnderAChineseCommaIsAccepted() {
    none(withMeasureChildren(section(2, NumberingStyle.ARABIC_DOT, 1, "严格执法", paragraph("查处3件。")),
        section(2, NumberingStyle.ARABIC_DOT, 2, "政务公开", paragraph("公开信息90条。"))),
        "outline.numbering-style");
  }

  /**
   * Trap, outline.md: "lost numbers (a heading line with no label where Word's automatic numbering
   * was dropped on export)" is outline.numbering-missing's, not a label in a wrong form: a heading
   * with no label gives no numbering-style finding.
   */
  @Test
  void aHeadingWithoutALabelIsNoStyleDeviation() {
    Section unlabelled = Section.builder().heading(dev.fazhi.core.model.Heading.unnumbered(2,
        "推进政务公开")).addParagraphs(paragraph("公开信息90条。")).build();
    dev.fazhi.core.model.Report report = withMeasureChildren(child(1, "严格执法"), unlabelled,
        child(3, "加强普法"));
    none(report, "outline.numbering-style");
    only(report, "outline.numbering-missing");
  }

  private static dev.fazhi.core.model.Report read(String second) {
    return dev.fazhi.core.read.ReportReader.defaults().read("""
        某县市场监督管理局2023年法治政府建设年度报告
        一、2023年推进法治政府建设的主要举措和成效
        %s深化审批制度改革
        全年办理行政许可320件。一是优化审批流程，二是推行告知承诺，三是压缩办理时限。
        %s年度各类行政执法工作顺利开展。全年检查经营主体1200户次，立案查处56件。
        二、存在的不足和原因
        执法力量不足，主要是编制少。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人带头学法，亲自部署重要工作。
        四、2024年工作打算
        继续加强学习，提升执法能力。
        2024年1月10日
        """.formatted(second.equals("(") ? "(一)" : "（一）", second.equals("(") ? "(二)" : "（二）"));
  }

  /**
   * Traps, outline.md: "Inline enumeration inside a paragraph — `一是……二是……三是……` — is not a heading
   * level", and "A heading label can also open a paragraph that goes straight on into body text
   * (`（五）年度各类行政执法工作顺利开展。…`): the heading is the text up to the first full stop." A report
   * read with both is silent; written with half-width brackets, it is reported once for the group.
   */
  @Test
  void inlineEnumerationAndRunInHeadingsAreNoDeviation() {
    none(read("（"), "outline.numbering-style");
    Finding halfWidth = only(read("("), "outline.numbering-style");
    assertThat(halfWidth.getActual()).contains("(一)");
    assertThat(halfWidth.getArguments()).containsEntry("count", 2);
  }
}
