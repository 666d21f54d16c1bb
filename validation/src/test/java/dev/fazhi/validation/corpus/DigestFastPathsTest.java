package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.SourceLocation;
import dev.fazhi.core.read.ReportReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The digest's fast paths against the plain code they replace. */
class DigestFastPathsTest {

  /** As before the table: the whole common Han block (its few unassigned units too), else by class. */
  @Test
  void keptByTableIsKeptByDefinitionForEveryUtf16Unit() {
    for (int c = 0; c < 1 << 16; c++) {
      boolean definition = (c >= 0x4E00 && c <= 0x9FFF) || (c < 128
          ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetterOrDigit((char) c));
      assertThat(Shingles.kept((char) c)).as("U+%04X", c).isEqualTo(definition);
    }
  }

  @Test
  void distinctSortedByBitsIsDistinctSortedBySorting() {
    SplittableRandom random = new SplittableRandom(7);
    long[] bits = new long[ReportDigest.BITS_WORDS];
    for (int round = 0; round < 2000; round++) {
      int n = random.nextInt(400);
      int range = 1 + random.nextInt(round % 2 == 0 ? 300 : 65536);
      char[] values = new char[n + random.nextInt(5)];
      for (int i = 0; i < values.length; i++) {
        values[i] = (char) (round % 3 == 0 ? 65535 - random.nextInt(range) : random.nextInt(range));
      }
      char[] expected = ReportDigest.distinctSorted(values.clone(), n);
      char[] before = values.clone();
      assertThat(ReportDigest.distinctSorted(values, n, bits)).isEqualTo(expected);
      assertThat(values).isEqualTo(before);
      assertThat(Arrays.stream(bits).allMatch(w -> w == 0)).as("bits cleared").isTrue();
    }
  }

  /** Pieces paragraphs are made of: every kind of place the scanner decides something at. */
  private static final String[] PIECES = {"办理", "行政复议案件", "案件", "全年", "其中", "共计", "本年度", "依法",
      "2024年", "２０２４年", "120", "１２０", "8.1", "８.１０", "0.50", "007", "123456789012345678901",
      "12345678901234567.8", "1.", ".5", "件", "人次", "人", "个百分点", "%", "％", "万元", "亿元", "余", "多", "近", "约",
      "逾", "超", "，", ",", "。", "；", "、", "（", "）", "\n", " ", "\u3000", "\t", "同比", "较上年", "与上年相比",
      "比去年", "增长", "增加", "下降", "减少", "了", "年", "a", "Z", "\uD840\uDC00", "\u2028", "𠀀"};

  private static final String[] SUBJECTS = {"办理行政复议案件", "全年受理", "其中当面申请", "2024年办理案件",
      " 审查文件", "共计", "案件", "依法全年办结"};
  private static final String[] NUMBERS = {"120", "１２０", "8.1", "８.１０", "0.50", "007", "3",
      "123456789012345678901", "12345678901234567.8", "1234567890123456.78"};

  private static String randomParagraph(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(8);
      if (kind == 0) {
        // a figure as reports state it: a subject, a number, a unit
        text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(NUMBERS[random.nextInt(NUMBERS.length)])
            .append(FigureScanner.UNITS.get(random.nextInt(FigureScanner.UNITS.size())));
      } else if (kind == 1) {
        // a change as reports state it
        text.append(random.nextBoolean() ? "，" : "").append(random.nextBoolean() ? "同比" : "较上年")
            .append(random.nextBoolean() ? "增长" : "下降").append(random.nextInt(5) == 0 ? "了" : "")
            .append(NUMBERS[random.nextInt(NUMBERS.length)])
            .append(random.nextBoolean() ? "%" : FigureScanner.UNITS.get(random.nextInt(FigureScanner.UNITS.size())));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  /** The scanner on a char[] finds what the scanner on a String found, to every field and scale. */
  @Test
  void charScanIsTheStringScan() {
    SplittableRandom random = new SplittableRandom(13);
    int figures = 0;
    int claims = 0;
    for (int round = 0; round < 20000; round++) {
      String text = randomParagraph(random);
      int line = 1 + random.nextInt(500);
      int column = 1 + random.nextInt(9);
      FigureScannerReference.Found expected = FigureScannerReference.scan(text, line, column);
      FigureScanner.Found found = FigureScanner.scan(text, line, column);
      assertThat(found.figures()).as(text).isEqualTo(expected.figures());
      assertThat(found.claims()).as(text).isEqualTo(expected.claims());
      // Started at the first digit (as the digest starts it), it finds the same.
      int first = 0;
      while (first < text.length() && !dev.fazhi.validation.internal.Digits.isDigit(text.charAt(first))) {
        first++;
      }
      List<StatedFigure> fromFirst = new ArrayList<>();
      char[] chars = (text + "尾巴").toCharArray();
      FigureScanner.scan(chars, text.length(), first, line, column, new FigureScanner.Sink() {
        @Override
        public void figure(char[] text, int subjectFrom, int subjectTo, long subjectHash, int unit, long unscaled,
            int scale, BigDecimal value, int end) {
          String subject = new String(text, subjectFrom, subjectTo - subjectFrom);
          assertThat(subjectHash).isEqualTo(FigureTable.hash(subject));
          fromFirst.add(new StatedFigure(subject, value != null ? value : BigDecimal.valueOf(unscaled, scale),
              FigureScanner.UNITS.get(unit), end));
        }

        @Override
        public void claim(ChangeClaim claim) {}
      });
      assertThat(fromFirst).as(text).isEqualTo(expected.figures());
      // Bounded by the last digit too (as the digest bounds it): the same figures and changes.
      int last = text.length() - 1;
      while (last >= 0 && !dev.fazhi.validation.internal.Digits.isDigit(text.charAt(last))) {
        last--;
      }
      List<StatedFigure> bounded = new ArrayList<>();
      List<ChangeClaim> boundedClaims = new ArrayList<>();
      FigureScanner.scan(chars, text.length(), first, last + 1, line, column, new FigureScanner.Sink() {
        @Override
        public void figure(char[] text, int subjectFrom, int subjectTo, long subjectHash, int unit, long unscaled,
            int scale, BigDecimal value, int end) {
          bounded.add(new StatedFigure(new String(text, subjectFrom, subjectTo - subjectFrom),
              value != null ? value : BigDecimal.valueOf(unscaled, scale), FigureScanner.UNITS.get(unit), end));
        }

        @Override
        public void claim(ChangeClaim claim) {
          boundedClaims.add(claim);
        }
      });
      assertThat(bounded).as(text).isEqualTo(expected.figures());
      assertThat(boundedClaims).as(text).isEqualTo(expected.claims());
      figures += expected.figures().size();
      claims += expected.claims().size();
    }
    assertThat(figures).as("figures met").isGreaterThan(5000);
    assertThat(claims).as("claims met").isGreaterThan(200);
  }

  @Test
  void whitespaceWithoutTheHanBlockIsCharacterIsWhitespace() {
    for (int c = 0; c < 1 << 16; c++) {
      assertThat(FigureScanner.isWhitespace((char) c)).as("U+%04X", c)
          .isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void strippedLengthIsTheLengthOfStrip() {
    SplittableRandom random = new SplittableRandom(17);
    String[] pieces = {" ", "\t", "\u3000", "\u2028", "\u00A0", "字", "a", "𠀀", "\uD840", "\n"};
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      assertThat(ReportDigest.strippedLength(s.toCharArray(), s.length())).as(s).isEqualTo(s.strip().length());
    }
  }

  /** Pieces of paragraphs for the shingle loop: kept and skipped, inside and outside the Han block. */
  private static final String[] LOOP_PIECES = {"办", "理", "案", "件", "年", "\u4E00", "\u9FFF", "\u4DFF", "\uA000",
      "0", "9", "０", "９", "١", "a", "Z", "é", "，", "。", "%", ".", " ", "\n", "\u3000", "\uD840", "\uDC00",
      "办理案件", "2024年", "１２０件"};

  /**
   * The shingle loop, over a report's paragraphs, gives what the plain pieces give: per paragraph
   * {@link Shingles#scan}'s shingles and kept characters, the first and last {@code Digits.isDigit};
   * per report the text hash and the {@link MinHash#add} sketch. Seeded random paragraphs, short ones
   * (fewer than five kept characters) included, each followed in its array by characters the loop must
   * not read.
   */
  @Test
  void shingleLoopsAreThePlainScan() {
    SplittableRandom random = new SplittableRandom(29);
    for (int round = 0; round < 600; round++) {
      ReportDigest.ShingleLoop loop = new ReportDigest.ShingleLoop().reset(round % 4 == 0);
      long textHash = 0x51ED270B27A1B5C3L;
      MinHash whole = new MinHash();
      int kept = 0;
      for (int p = random.nextInt(30); p > 0; p--) {
        StringBuilder paragraph = new StringBuilder();
        for (int k = random.nextInt(random.nextBoolean() ? 6 : 200); k > 0; k--) {
          paragraph.append(LOOP_PIECES[random.nextInt(LOOP_PIECES.length)]);
        }
        String text = paragraph.toString();
        List<Long> shingles = new ArrayList<>();
        int keptHere = Shingles.scan(text, shingles::add);
        for (long hash : shingles) {
          textHash = textHash * 0x100000001B3L + hash;
          whole.add(hash);
        }
        kept += keptHere;
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
          if (dev.fazhi.validation.internal.Digits.isDigit(text.charAt(i))) {
            first = first < 0 ? i : first;
            last = i;
          }
        }
        int n = text.length();
        char[] chars = (text + "办理2024年").toCharArray();
        long[] buffer = new long[n];
        assertThat(loop.paragraph(chars, n, buffer)).as(text).isEqualTo(keptHere);
        assertThat(Arrays.copyOf(buffer, loop.count)).as(text)
            .isEqualTo(shingles.stream().mapToLong(Long::longValue).toArray());
        assertThat(loop.count).as(text).isEqualTo(shingles.size());
        assertThat(loop.firstDigit).as(text).isEqualTo(first);
        assertThat(loop.lastDigit).as(text).isEqualTo(last);
      }
      assertThat(loop.textHash).isEqualTo(textHash);
      assertThat(loop.kept).isEqualTo(kept);
      assertThat(loop.whole.count()).isEqualTo(whole.count());
      assertThat(loop.whole.sketch()).isEqualTo(whole.sketch());
    }
  }

  /** A table filled by the fast add, fresh or reset, equals one filled from the figures as before. */
  @Test
  void figureTableFastAddIsTheFigureAdd() {
    SplittableRandom random = new SplittableRandom(19);
    String[] subjects = {"行政复议案件", "案件", "行政应诉案件", "执法人员培训", "规范性文件备案", "申请"};
    FigureTable.Builder reused = new FigureTable.Builder();
    for (int round = 0; round < 2000; round++) {
      FigureTable.Builder before = new FigureTable.Builder();
      FigureTable.Builder fast = new FigureTable.Builder();
      reused.reset();
      for (int i = random.nextInt(round % 10 == 0 ? 3000 : 200); i > 0; i--) {
        String subject = subjects[random.nextInt(subjects.length)] + (random.nextInt(4) == 0 ? random.nextInt(round % 10 == 0 ? 5000 : 40) : "");
        long unscaled = random.nextInt(3) == 0 ? random.nextLong(1_000_000_000_000_000_000L) : random.nextInt(30);
        int scale = random.nextInt(4);
        int unit = random.nextInt(FigureScanner.UNITS.size());
        int line = random.nextInt(1000);
        before.add(new StatedFigure(subject, BigDecimal.valueOf(unscaled, scale), FigureScanner.UNITS.get(unit), 0),
            line);
        fast.add(subject.length(), FigureTable.hash(subject), unscaled, scale, unit, line);
        reused.add(subject.length(), FigureTable.hash(subject), unscaled, scale, unit, line);
      }
      FigureTable expected = before.build();
      assertThat(fast.build()).isEqualTo(expected);
      assertThat(reused.build()).as("a builder reset and reused").isEqualTo(expected);
    }
  }

  /**
   * A digest's whole-text hash, sketch, kept characters and figures are what the plain pieces give:
   * {@link Shingles#scan} per paragraph, {@link MinHash#add} per shingle, the reference scanner on
   * every paragraph with a digit.
   */
  @Test
  void theDigestsFusedLoopIsThePlainPieces() throws Exception {
    ReportReader reader = ReportReader.builder().build();
    OrganTable table = OrganTable.builtIn();
    int figures = 0;
    for (String year : List.of("2022", "2023", "2024")) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(Path.of("../corpus-samples").resolve(year))) {
        files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        Report report = reader.read(file);
        long[] textHash = {0x51ED270B27A1B5C3L};
        MinHash whole = new MinHash();
        int kept = 0;
        FigureTable.Builder expectedFigures = new FigureTable.Builder();
        List<ChangeClaim> expectedClaims = new ArrayList<>();
        java.util.Set<Long> distinct = new java.util.TreeSet<>();
        for (Paragraph paragraph : report.allParagraphs()) {
          kept += Shingles.scan(paragraph.getText(), hash -> {
            distinct.add(hash);
            whole.add(hash);
            textHash[0] = textHash[0] * 0x100000001B3L + hash;
          });
          int line = paragraph.getLocation().map(SourceLocation::getLine).orElse(0);
          int column = paragraph.getLocation().map(SourceLocation::getColumn).orElse(1);
          if (FigureScannerReference.mayState(paragraph.getText())) {
            FigureScannerReference.Found found = FigureScannerReference.scan(paragraph.getText(), line, column);
            found.figures().forEach(f -> expectedFigures.add(f, line));
            expectedClaims.addAll(found.claims());
          }
        }
        for (CommonWording common : new CommonWording[] {null, frozenNothingCommon()}) {
          ReportDigest digest = ReportDigest.of(report, "x", Role.CHECKED, table, common, 1, new ReportDigest.Scratch());
          assertThat(digest.textHash).as(file.toString()).isEqualTo(textHash[0]);
          assertThat(digest.keptChars).isEqualTo(kept);
          assertThat(digest.sketch).isEqualTo(whole.sketch());
          assertThat(digest.figures).isEqualTo(expectedFigures.build());
          assertThat(digest.claims).isEqualTo(expectedClaims);
          if (common == null) {
            // the set sized once holds each shingle once (its order is the set's own)
            long[] sorted = digest.distinctShingles.clone();
            Arrays.sort(sorted);
            assertThat(sorted).isEqualTo(distinct.stream().mapToLong(Long::longValue).toArray());
          }
          figures += digest.figures.size();
        }
      }
    }
    assertThat(figures).as("figures kept").isPositive();
  }

  @Test
  void uncommonBitIsNotCommon() {
    SplittableRandom random = new SplittableRandom(23);
    long[] bits = new long[CommonWording.SLOTS / 64];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = random.nextLong() & random.nextLong();
    }
    for (int i = 0; i < 200000; i++) {
      long hash = random.nextLong();
      assertThat(CommonWording.uncommonBit(bits, hash))
          .isEqualTo(CommonWording.isCommon(bits, hash) ? 0 : 1);
    }
  }

  private static CommonWording frozenNothingCommon() {
    CommonWording common = new CommonWording(1, 1, 1.0);
    common.count(new long[0]);
    common.freeze();
    return common;
  }
}
