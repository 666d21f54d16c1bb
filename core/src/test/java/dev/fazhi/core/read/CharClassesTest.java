package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The class table of {@link Chars} agrees, for every UTF-16 unit, with the definitions it stands for. */
class CharClassesTest {

  @Test
  void everyCharacterIsClassedAsItsDefinitionSays() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean space = c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u000B';
      boolean invisible = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD';
      boolean sentenceEnd = Chars.SENTENCE_END.indexOf(c) >= 0;
      boolean boundary = sentenceEnd || Chars.CLAUSE_SEPARATORS.indexOf(c) >= 0;
      String at = "U+%04X".formatted(i);
      assertThat(Chars.isSpace(c)).as(at).isEqualTo(space);
      assertThat(Chars.isInvisible(c)).as(at).isEqualTo(invisible);
      assertThat(Chars.isSentenceEnd(c)).as(at).isEqualTo(sentenceEnd);
      assertThat(Chars.isClauseBoundary(c)).as(at).isEqualTo(boundary);
      int classes = Chars.classes(c);
      assertThat((classes & Chars.BOUNDARY) != 0).as(at).isEqualTo(boundary);
      assertThat((classes & Chars.SCAN_MARK) != 0).as(at).isEqualTo("《〔[》〕]“「”」上".indexOf(c) >= 0);
      assertThat((classes & Chars.ASCII_DIGIT) != 0).as(at).isEqualTo(c >= '0' && c <= '9');
      assertThat((classes & Chars.OPENER) != 0).as(at).isEqualTo("（(“《「‘".indexOf(c) >= 0);
      assertThat((classes & Chars.CLOSING) != 0).as(at).isEqualTo("）)”》」’".indexOf(c) >= 0);
      boolean copiedAsIs = c >= 0x20 && !invisible && (!space || c == ' ') && "[&<".indexOf(c) < 0;
      assertThat((classes & Chars.RAW_SPECIAL) == 0).as(at).isEqualTo(copiedAsIs);
      assertThat(Chars.isPlainInLine(c)).as(at).isEqualTo(copiedAsIs && c != ' ');
    }
  }

  @Test
  void foldingInPlaceFoldsAsTheStringFormDoes() {
    String text = "２０１９年，受理１２．５％、－３～＋４，ｑ。";
    char[] chars = text.toCharArray();
    assertThat(Chars.foldInPlace(chars, chars.length)).isTrue();
    assertThat(new String(chars)).isEqualTo(Chars.fold(text)).isEqualTo("2019年，受理12.5%、-3~+4，ｑ。");
    char[] plain = "受理12件".toCharArray();
    assertThat(Chars.foldInPlace(plain, plain.length)).isFalse();
    assertThat(Chars.fold("受理12件")).isSameAs("受理12件");
  }
}
