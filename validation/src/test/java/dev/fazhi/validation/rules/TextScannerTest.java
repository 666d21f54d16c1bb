package dev.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.validation.internal.CatalogEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  private static List<TextScanner.Hit> scan(String text, CatalogEntry rule) {
    return TextScanner.scan(text).stream().filter(h -> h.rule() == rule).toList();
  }

  @Test
  void repeatedPhrasesOfTwoToEightCharactersButNoSingleCharacters() {
    assertThat(scan("执法执法", CatalogEntry.REPEATED_PHRASE)).singleElement()
        .extracting(TextScanner.Hit::argument).isEqualTo("执法");
    assertThat(scan("推进依法行政推进依法行政工作", CatalogEntry.REPEATED_PHRASE)).singleElement()
        .extracting(TextScanner.Hit::argument).isEqualTo("推进依法行政");
    assertThat(scan("执法执法执法", CatalogEntry.REPEATED_PHRASE)).hasSize(1);
    assertThat(scan("常常人人哈哈哈哈天天", CatalogEntry.REPEATED_PHRASE)).isEmpty();
    assertThat(scan("2019201920192019", CatalogEntry.REPEATED_PHRASE)).isEmpty();
  }

  @Test
  void doubledPunctuationOnceARun() {
    assertThat(scan("甲、、乙，，，丙", CatalogEntry.DOUBLED_PUNCTUATION))
        .extracting(TextScanner.Hit::argument).containsExactly("、、", "，，，");
    assertThat(scan("省略……破折——", CatalogEntry.DOUBLED_PUNCTUATION)).isEmpty();
  }

  @Test
  void lettersInNumbers() {
    assertThat(scan("〔20I9〕、2O19年、〔202l〕", CatalogEntry.LETTER_IN_NUMBER))
        .extracting(TextScanner.Hit::argument).containsExactly("20I9", "2O19", "202l");
    assertThat(scan("H7N9、ISO9001、O2O、5G、10Ox、3O、1l号", CatalogEntry.LETTER_IN_NUMBER)).isEmpty();
  }

  @Test
  void residue() {
    assertThat(scan("[bookmark: _GoBack]正文\n当前位置：首页 发布时间:2021 字体:【", CatalogEntry.EDITOR_RESIDUE))
        .extracting(TextScanner.Hit::argument)
        .containsExactlyInAnyOrder("[bookmark: _GoBack]", "当前位置", "字体:【");
  }

  @Test
  void scanningIsLinearOnAdversarialText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append(i % 7 == 0 ? "执" : "法").append(i % 11 == 0 ? "、" : "").append(i % 13 == 0 ? "1I" : "");
    }
    String big = text.toString();
    long start = System.nanoTime();
    TextScanner.scan(big);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
  }
}
