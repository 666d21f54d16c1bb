package dev.fazhi.documents.word;

import static dev.fazhi.documents.word.DocxBuilder.lvl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.LabelSource;
import org.junit.jupiter.api.Test;

/** The numbering emulator on Word files whose labels Word's rules determine. */
class WordNumberingTest {

  private static Document read(DocxBuilder b) {
    return DocumentReader.defaults().read(b.build(), "t.docx");
  }

  private static String p(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr>" + DocxBuilder.run(text) + "</w:p>";
  }

  @Test
  void headingsNumberedThroughTheirStylesRestartBelowAHigherLevel() {
    Document doc = read(new DocxBuilder().heading(1, "甲").heading(2, "乙").heading(2, "丙").heading(3, "丁")
        .heading(4, "戊").heading(3, "己").heading(2, "庚").heading(3, "辛").heading(1, "壬").heading(2, "癸"));
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly(
        "一、甲", "（一）乙", "（二）丙", "1.丁", "（1）戊", "2.己", "（三）庚", "1.辛", "二、壬", "（一）癸");
    assertThat(doc.getLines()).extracting(l -> l.getHeadingLevel().getAsInt())
        .containsExactly(1, 2, 2, 3, 4, 3, 2, 3, 1, 2);
    assertThat(doc.getLines()).allSatisfy(l -> assertThat(l.getLabelSource()).isEqualTo(LabelSource.AUTOMATIC));
    assertThat(doc.getLines().get(0).getNumberingLabel()).contains("一、");
  }

  @Test
  void tenIsShiAndTheLevelsCountOnAcrossBodyText() {
    DocxBuilder b = new DocxBuilder();
    for (int i = 0; i < 12; i++) {
      b.heading(1, "标题").para("正文");
    }
    Document doc = read(b);
    assertThat(doc.getLines().get(18).getText()).isEqualTo("十、标题");
    assertThat(doc.getLines().get(20).getText()).isEqualTo("十一、标题");
  }

  @Test
  void startValuesOverridesAndSharedCounters() {
    String numbering = "<w:abstractNum w:abstractNumId=\"5\">" + lvl(0, 3, "decimalEnclosedCircle", "%1", null)
        + lvl(1, 1, "ideographTraditional", "%2.", null) + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"6\">" + lvl(0, 1, "chineseLegalSimplified", "第%1条", null)
        + lvl(1, 1, "decimal", "%1.%2", null) + "</w:abstractNum>"
        + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>"
        + "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"5\"/></w:num>"
        + "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"10\"><w:abstractNumId w:val=\"6\"/><w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
        + "<w:numFmt w:val=\"decimalFullWidth\"/><w:lvlText w:val=\"%1-%2\"/></w:lvl></w:lvlOverride></w:num>";
    Document doc = read(new DocxBuilder().numbering(numbering)
        .raw(p(7, 0, "a")).raw(p(7, 1, "b")).raw(p(7, 1, "c")).raw(p(8, 0, "d")).raw(p(9, 0, "e"))
        .raw(p(10, 0, "f")).raw(p(10, 1, "g")).raw(p(10, 1, "h")).raw(p(10, 0, "i")));
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly(
        "③a", "甲.b", "乙.c",
        "④d", // num 8 shares abstract 5's counters with num 7
        "⑩e", // num 9 starts again at its override
        "第壹条 f", "壹-１ g", "壹-２ h", "第贰条 i"); // Word's tab after a label that ends in no mark: a space
  }

  @Test
  void legalNumberingShowsEveryLevelInDecimal() {
    String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, 1, "chineseCounting", "%1、", null)
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/>"
        + "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    Document doc = read(new DocxBuilder().numbering(numbering).raw(p(1, 0, "x")).raw(p(1, 1, "y")));
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly("一、x", "1.1 y");
  }

  @Test
  void lvlRestartZeroNeverRestarts() {
    String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, 1, "decimal", "%1.", null)
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:lvlRestart w:val=\"0\"/><w:numFmt w:val=\"lowerLetter\"/>"
        + "<w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    Document doc = read(new DocxBuilder().numbering(numbering)
        .raw(p(1, 0, "x")).raw(p(1, 1, "y")).raw(p(1, 0, "z")).raw(p(1, 1, "w")));
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly("1.x", "a)y", "2.z", "b)w");
  }

  @Test
  void numberingThroughANumberingStyleLink() {
    String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"ReportList\"/>"
        + lvl(0, 1, "chineseCounting", "%1、", null) + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ReportList\"/></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
    String style = "<w:style w:type=\"paragraph\" w:styleId=\"ReportList\"><w:name w:val=\"Report List\"/>"
        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
    Document doc = read(new DocxBuilder().numbering(numbering).styles(style).raw(p(2, 0, "x")).raw(p(2, 0, "y")));
    assertThat(doc.getLines()).extracting(DocumentLine::getText).containsExactly("一、x", "二、y");
  }

  @Test
  void aLabelTypedNextToAutomaticNumberingIsSeen() {
    Document doc = read(new DocxBuilder().heading(1, "一、重复的编号").para("（二）手工输入的编号").para("正文"));
    assertThat(doc.getLines()).extracting(DocumentLine::getText)
        .containsExactly("一、一、重复的编号", "（二）手工输入的编号", "正文");
    assertThat(doc.getLines()).extracting(DocumentLine::getLabelSource)
        .containsExactly(LabelSource.BOTH, LabelSource.TYPED, LabelSource.NONE);
  }
}
