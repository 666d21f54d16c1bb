package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The class table of {@link CharClasses} agrees, for every UTF-16 unit, with the definitions it stands for. */
class CharClassesTest {

  @Test
  void everyCharacterIsClassedAsItsDefinitionSays() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean space = c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u000B';
      boolean invisible = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD';
      boolean sentenceEnd = CharClasses.SENTENCE_END.indexOf(c) >= 0;
      boolean boundary = sentenceEnd || CharClasses.CLAUSE_SEPARATORS.indexOf(c) >= 0;
      String at = "U+%04X".formatted(i);
      assertThat(CharClasses.isSpace(c)).as(at).isEqualTo(space);
      assertThat(CharClasses.isInvisible(c)).as(at).isEqualTo(invisible);
      assertThat(CharClasses.isSentenceEnd(c)).as(at).isEqualTo(sentenceEnd);
      assertThat(CharClasses.isClauseBoundary(c)).as(at).isEqualTo(boundary);
      int classes = CharClasses.classes(c);
      assertThat((classes & CharClasses.BOUNDARY) != 0).as(at).isEqualTo(boundary);
      assertThat((classes & CharClasses.SCAN_MARK) != 0).as(at).isEqualTo("《〔[》〕]“「”」上".indexOf(c) >= 0);
      assertThat((classes & CharClasses.ASCII_DIGIT) != 0).as(at).isEqualTo(c >= '0' && c <= '9');
      assertThat((classes & CharClasses.OPENER) != 0).as(at).isEqualTo("（(“《「‘".indexOf(c) >= 0);
      assertThat((classes & CharClasses.CLOSING) != 0).as(at).isEqualTo("）)”》」’".indexOf(c) >= 0);
      boolean copiedAsIs = c >= 0x20 && !invisible && (!space || c == ' ') && "[&<".indexOf(c) < 0;
      assertThat((classes & CharClasses.RAW_SPECIAL) == 0).as(at).isEqualTo(copiedAsIs);
      assertThat(CharClasses.isPlainInLine(c)).as(at).isEqualTo(copiedAsIs && c != ' ');
    }
  }

  @Test
  void foldingInPlaceFoldsAsTheStringFormDoes() {
    String text = "２０１９年，受理１２．５％、－３～＋４，ｑ。";
    char[] chars = text.toCharArray();
    assertThat(CharClasses.foldInPlace(chars, chars.length)).isTrue();
    assertThat(new String(chars)).isEqualTo(CharClasses.fold(text)).isEqualTo("2019年，受理12.5%、-3~+4，ｑ。");
    char[] plain = "受理12件".toCharArray();
    assertThat(CharClasses.foldInPlace(plain, plain.length)).isFalse();
    assertThat(CharClasses.fold("受理12件")).isSameAs("受理12件");
  }

  @Test
  void foldsAboveAgreesWithFoldingForEveryFullWidthUnit() {
    for (int i = 0xFF05; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(CharClasses.foldsAbove(c)).as("U+%04X", i).isEqualTo(CharClasses.fold(c) != c);
    }
  }

  /** Every folded form is at or above U+FF05, where the reader's one pass looks for them. */
  @Test
  void nothingBelowFullWidthFolds() {
    for (int i = 0; i < 0xFF05; i++) {
      assertThat(CharClasses.fold((char) i)).as("U+%04X", i).isEqualTo((char) i);
    }
  }

  /** {@link NumberScanner#nextTracked} stops exactly where testing every character's classes stops. */
  @Test
  void nextTrackedStopsWhereTheClassTableSays() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char[] a = {'依', c, '法'};
      boolean tracked = (CharClasses.classes(c) & NumberScanner.TRACKED) != 0;
      assertThat(NumberScanner.nextTracked(a, 0, 3)).as("U+%04X", i).isEqualTo(tracked ? 1 : 3);
      assertThat(NumberScanner.nextTracked(a, 1, 2)).as("U+%04X", i).isEqualTo(tracked ? 1 : 2);
    }
  }

  /** {@link Subjects#isWhitespace} is {@link Character#isWhitespace(char)} for every unit. */
  @Test
  void subjectsWhitespaceIsTheJdksForEveryUnit() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertThat(Subjects.isWhitespace(c)).as("U+%04X", i).isEqualTo(Character.isWhitespace(c));
    }
  }
}
