package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link WordTable} answers exactly as trying every word in order would. */
class WordTableTest {

  @Test
  void findsTheLongestWordStartingOrEndingHere() {
    WordTable table = WordTable.of("人", "人次", "件", "万元", "元");
    assertThat(table.longestAt("检查37人次，", 4)).isEqualTo("人次");
    assertThat(table.longestAt("检查37人，", 4)).isEqualTo("人");
    assertThat(table.longestAt("检查37家，", 4)).isNull();
    assertThat(table.longestEndingAt("共计5万元", 5)).isEqualTo("万元");
    assertThat(table.longestEndingAt("共计5元", 4)).isEqualTo("元");
    assertThat(table.longestEndingAt("元", 1)).isEqualTo("元");
  }

  @Test
  void aLongerWordWinsOverItsPrefixOrSuffix() {
    WordTable table = WordTable.of("ab", "ac", "abc", "abd", "bc");
    assertThat(table.longestAt("abd", 0)).isEqualTo("abd");
    assertThat(table.longestAt("ab", 0)).isEqualTo("ab");
    assertThat(table.longestEndingAt("xbc", 3)).isEqualTo("bc");
    assertThat(table.longestEndingAt("abc", 3)).isEqualTo("abc");
  }

  @Test
  void positionsOutsideTheTextFindNothing() {
    WordTable table = WordTable.of("件");
    assertThat(table.longestAt("件", -1)).isNull();
    assertThat(table.longestAt("件", 1)).isNull();
    assertThat(table.longestEndingAt("件", 0)).isNull();
    assertThat(table.longestEndingAt("件", 2)).isNull();
    assertThat(table.longestAt("", 0)).isNull();
  }

  @Test
  void staysTheListItWasMadeOf() {
    List<String> words = List.of("以上", "左右", "余");
    WordTable table = WordTable.of(words);
    assertThat(table).containsExactlyElementsOf(words);
    assertThat(WordTable.of(table)).isSameAs(table);
    assertThatThrownBy(() -> WordTable.of("件", "")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Seeded: random words and texts over a small alphabet, against the plain loop over every word. */
  @Test
  void agreesWithTryingEveryWordInOrder() {
    SplittableRandom random = new SplittableRandom(20261123L);
    String alphabet = "件人次万元余多以上";
    for (int round = 0; round < 300; round++) {
      String[] words = new String[1 + random.nextInt(12)];
      for (int w = 0; w < words.length; w++) {
        words[w] = randomString(random, alphabet, 1 + random.nextInt(3));
      }
      WordTable table = WordTable.of(words);
      String text = randomString(random, alphabet, random.nextInt(12));
      for (int at = -1; at <= text.length() + 1; at++) {
        assertThat(table.longestAt(text, at)).as("%s at %d in %s", List.of(words), at, text)
            .isEqualTo(plainStartingWith(text, at, words));
        assertThat(table.longestEndingAt(text, at)).as("%s ending %d in %s", List.of(words), at, text)
            .isEqualTo(plainEndingWith(text, at, words));
      }
    }
  }

  private static String randomString(SplittableRandom random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String plainStartingWith(String text, int at, String[] words) {
    String best = null;
    for (String word : words) {
      if (text.startsWith(word, at) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return best;
  }

  private static String plainEndingWith(String text, int end, String[] words) {
    String best = null;
    for (String word : words) {
      int from = end - word.length();
      if (from >= 0 && text.startsWith(word, from) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return best;
  }
}
