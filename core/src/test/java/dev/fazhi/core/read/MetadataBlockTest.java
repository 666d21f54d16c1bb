package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata block in each layout real sites use. */
class MetadataBlockTest {

  private static MetadataBlock.Read read(String... lines) {
    java.util.ArrayList<CleanLine> cleaned = LineCleaner.clean(new SourceText(String.join("\n", lines)));
    boolean[] eligible = new boolean[cleaned.size()];
    Arrays.fill(eligible, true);
    return MetadataBlock.read(cleaned, eligible);
  }

  private static List<String> values(MetadataBlock.Read read) {
    List<String> out = new ArrayList<>();
    for (MetadataBlock.Value v : read.values) {
      out.add(v.field() + "=" + v.value());
    }
    return out;
  }

  @Test
  void pairsOnOneLine() {
    MetadataBlock.Read read = read("索引号：11330921MB0K52731X/2024-00018 主题分类：政务公开",
        "发布机构：青禾县司法局 成文日期：2024-01-22", "文号： 发布日期：2024-01-26");
    assertThat(values(read)).containsExactly("INDEX_NUMBER=11330921MB0K52731X/2024-00018", "OTHER=政务公开",
        "PUBLISHER=青禾县司法局", "SIGNED_ON=2024-01-22", "DOCUMENT_NUMBER=", "PUBLISHED_ON=2024-01-26");
    assertThat(read.lines).containsExactly(0, 1, 2);
    assertThat(read.first(MetadataBlock.Field.DOCUMENT_NUMBER)).isNull();
    assertThat(read.dateOf(MetadataBlock.Field.PUBLISHED_ON)).hasToString("2024-01-26");
  }

  @Test
  void labelsInBrackets() {
    MetadataBlock.Read read = read("[ 索引号 ] 114503MB1A2C3D4E5F/2024-00031 [ 主题分类 ] 综合政务",
        "【发文字号】白市监〔2024〕7号【成文日期】2024年02月05日");
    assertThat(values(read)).containsExactly("INDEX_NUMBER=114503MB1A2C3D4E5F/2024-00031", "OTHER=综合政务",
        "DOCUMENT_NUMBER=白市监〔2024〕7号", "SIGNED_ON=2024年02月05日");
  }

  @Test
  void aTableFlattenedOneCellPerLine() {
    MetadataBlock.Read read = read("索 引 号", "001008003-2024-000021", "发文机关", "黄岭县石门乡人民政府",
        "有效性", "", "石门乡人民政府2023年法治政府建设工作情况报告");
    assertThat(values(read)).containsExactly("INDEX_NUMBER=001008003-2024-000021", "PUBLISHER=黄岭县石门乡人民政府");
    assertThat(read.lines).containsExactly(0, 1, 2, 3, 4); // the title after an empty cell is no value
  }

  @Test
  void aTitleCellHoldsTheTitle() {
    MetadataBlock.Read read = read("标题", "石门乡人民政府2023年法治政府建设工作情况报告");
    assertThat(read.lines).containsExactly(0, 1);
  }

  @Test
  void aBlockPrintedTwiceGivesTheFirstValue() {
    MetadataBlock.Read read = read("发布机构：甲办公室", "正文", "发布机构：乙办公室");
    assertThat(read.first(MetadataBlock.Field.PUBLISHER).value()).isEqualTo("甲办公室");
  }

  @Test
  void aSentenceOpenedByALabelsWordIsNoMetadata() {
    assertThat(read("来源于群众的意见建议得到及时回应。", "标题党问题得到整治。", "文号管理进一步规范。").lines).isEmpty();
    assertThat(MetadataBlock.isMetadataLine("来源于群众")).isFalse();
    assertThat(MetadataBlock.isMetadataLine("来源：青禾县司法局")).isTrue();
  }

  /**
   * Seeded: labels are found at every position, their characters spaced apart or not, as trying every
   * label of the table there would find them.
   */
  @Test
  void labelsAreFoundAsTryingEveryLabelWould() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261203L);
    List<String> pieces = new ArrayList<>(List.of(" ", "：", "2023", "区", "号"));
    for (MetadataBlock.Label label : MetadataBlock.LABELS) {
      pieces.add(label.label());
      pieces.add(String.join(" ", label.label().split("")));
      pieces.add(label.label().substring(0, 1));
    }
    int found = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(5); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String s = b.toString();
      for (int at = 0; at <= s.length(); at++) {
        MetadataBlock.Match match = MetadataBlock.labelAt(s, at);
        MetadataBlock.Match expected = labelTryingEveryLabel(s, at);
        assertThat(match).as("%s at %d", s, at).isEqualTo(expected);
        found += match == null ? 0 : 1;
      }
    }
    assertThat(found).isGreaterThan(1_000);
  }

  private static MetadataBlock.Match labelTryingEveryLabel(String s, int at) {
    for (MetadataBlock.Label label : MetadataBlock.LABELS) {
      int i = at;
      boolean matched = true;
      for (int k = 0; k < label.label().length() && matched; k++) {
        while (k > 0 && i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
        matched = i < s.length() && s.charAt(i) == label.label().charAt(k);
        i++;
      }
      if (matched) {
        return new MetadataBlock.Match(label, i);
      }
    }
    return null;
  }
}
