package dev.fazhi.documents.word;

import static dev.fazhi.documents.word.DocxBuilder.lvl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.documents.Document;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.DocumentReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulator against labels that someone reported, in public, as what Microsoft Word itself showed.
 * Word cannot be run here, so these are the only expectations that rest on Word's output rather than on
 * its documentation (ECMA-376 §17.18.59, {@link NumberFormatsTest}) or on another implementation
 * ({@link LibreOfficeNumberingTest}). Each row is a fact as its source states it — a format, a
 * {@code w:lvlText}, a counter value and the label Word showed — and names its source and the Word
 * version where the source gives one.
 *
 * <p>Deliberately not here: values a source gives as its own program's output without saying that Word
 * produced them. docling pull request #4336's table (labels at 1, 10, 11, 101 and the boundaries) is its
 * code's output: ECMA-376's character sets and, "where the standard is silent, or its example disagrees
 * with its own prose", what Word 16.112 rendered. Only the statements it attributes to Word are used.
 * The stored copy of its description we could read breaks off after the first such statement, so its
 * other Word observations are not here. Its table differs from the emulator at 101 (chineseCounting
 * 一○一, chineseCountingThousand 一百〇一, japaneseCounting 百一; ours 一百零一) and from 1 000 000 (empty
 * where ours writes 一百万); the emulator is unchanged until those are shown to be Word's output.
 */
class WordObservedLabelsTest {

  /** One observation: the level's format and text, the counter (as {@code w:start}), Word's label. */
  private record Observed(String numFmt, String lvlText, int value, String label, String source) {}

  private static final String DOCLING_4335 =
      "https://github.com/docling-project/docling/issues/4335 (2026-09-21; Word version not stated)";
  private static final String DOCLING_4336 =
      "https://github.com/docling-project/docling/pull/4336 (2026-09-21; Microsoft Word 16.112,"
          + " a probe document with w:start set to each value)";
  private static final String SUPERDOC_3933 =
      "https://github.com/superdoc/docx-editor/issues/3933 (2026-08-26; the table's Word column,"
          + " lvlText %1.; Word version not stated)";

  private static final List<Observed> SINGLE_LEVEL = List.of(
      // superdoc #3933: "one document, changing a single attribute value between runs", lvlText "%1.".
      new Observed("decimal", "%1.", 1, "1.", SUPERDOC_3933),
      new Observed("upperRoman", "%1.", 1, "I.", SUPERDOC_3933),
      new Observed("chineseCounting", "%1.", 1, "一.", SUPERDOC_3933),
      // docling #4336: "chineseCountingThousand: 10 to 19 are 十 to 十九" as Word 16.112 renders them.
      new Observed("chineseCountingThousand", "%1", 10, "十", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 11, "十一", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 12, "十二", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 13, "十三", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 14, "十四", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 15, "十五", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 16, "十六", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 17, "十七", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 18, "十八", DOCLING_4336),
      new Observed("chineseCountingThousand", "%1", 19, "十九", DOCLING_4336));

  private static String p(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr>" + DocxBuilder.run(text) + "</w:p>";
  }

  private static List<String> labels(DocxBuilder b) {
    Document doc = DocumentReader.defaults().read(b.build(), "t.docx");
    return doc.getLines().stream().map(DocumentLine::getNumberingLabel)
        .map(l -> l.orElse("").strip()).toList();
  }

  @Test
  void singleLevelsLabelAsWordWasSeenToLabelThem() {
    StringBuilder numbering = new StringBuilder();
    StringBuilder nums = new StringBuilder();
    DocxBuilder b = new DocxBuilder();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < SINGLE_LEVEL.size(); i++) {
      Observed o = SINGLE_LEVEL.get(i);
      numbering.append("<w:abstractNum w:abstractNumId=\"").append(i).append("\">")
          .append(lvl(0, o.value(), o.numFmt(), o.lvlText(), null)).append("</w:abstractNum>");
      nums.append("<w:num w:numId=\"").append(i + 1).append("\"><w:abstractNumId w:val=\"").append(i)
          .append("\"/></w:num>");
      body.append(p(i + 1, 0, "p" + i));
    }
    List<String> labels = labels(b.numbering(numbering.toString() + nums).raw(body.toString()));
    for (int i = 0; i < SINGLE_LEVEL.size(); i++) {
      Observed o = SINGLE_LEVEL.get(i);
      assertThat(labels.get(i)).as("%s %s at %d, per %s", o.numFmt(), o.lvlText(), o.value(), o.source())
          .isEqualTo(o.label());
    }
  }

  /**
   * docling #4335: a regulation's articles on a chineseCountingThousand level with lvlText 第%1条 and its
   * clauses on a chineseCounting level with （%2）; "Word shows 第一条, 第二条, （一）, （二）". The issue
   * does not give the paragraphs' order; here two clauses stand under the first article.
   */
  @Test
  void articlesAndClausesLabelAsWordShowsThem() {
    String numbering = "<w:abstractNum w:abstractNumId=\"90\">"
        + lvl(0, 1, "chineseCountingThousand", "第%1条", null)
        + lvl(1, 1, "chineseCounting", "（%2）", null) + "</w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"90\"/></w:num>";
    List<String> labels = labels(new DocxBuilder().numbering(numbering)
        .raw(p(1, 0, "a")).raw(p(1, 1, "b")).raw(p(1, 1, "c")).raw(p(1, 0, "d")));
    assertThat(labels).as(DOCLING_4335).containsExactly("第一条", "（一）", "（二）", "第二条");
  }
}
