package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading a roster, finding issuers in it, and naming the line of what is wrong with it. */
class RosterTest {

  @Test
  void readsEntriesWithAHeaderQuotesAndAliases() throws RosterException {
    Roster roster = Roster.parse("\uFEFFissuer,level,region,aliases\r\n"
        + "花溪区卫生健康局,区级,花溪区,卫健局|卫生健康委\r\n"
        + "\"花溪区教育局\",区级,花溪区,\n"
        + "\n"
        + "民政局,区级,花溪区\n");
    assertThat(roster.entries()).extracting(RosterEntry::issuer)
        .containsExactly("花溪区卫生健康局", "花溪区教育局", "民政局");
    assertThat(roster.entries().get(0).aliases()).containsExactly("卫健局", "卫生健康委");
    assertThat(roster.entries().get(2).line()).isEqualTo(5);
    assertThat(roster.find("花溪区卫健局")).map(RosterEntry::line).hasValue(2);
    assertThat(roster.find("卫健局")).map(RosterEntry::line).hasValue(2);
    assertThat(roster.find("花溪区民政局")).map(RosterEntry::line).hasValue(5);
    assertThat(roster.find("青山区民政局")).isEmpty();
  }

  @Test
  void anIssuerListedTwiceNamesBothLines() {
    assertThatThrownBy(() -> Roster.parse("花溪区卫生健康局\n花溪区教育局\n花溪区卫健局\n"))
        .isInstanceOf(RosterException.class)
        .satisfies(e -> {
          RosterException roster = (RosterException) e;
          assertThat(roster.getLine()).isEqualTo(3);
          assertThat(roster.getMessage(Locale.ENGLISH))
              .isEqualTo("roster line 3: 花溪区卫健局 is listed again (line 1: 花溪区卫生健康局)");
          assertThat(roster.getMessage(Locale.CHINA)).isEqualTo("名单第3行：花溪区卫健局重复列出（第1行：花溪区卫生健康局）");
        });
  }

  @Test
  void badCsvAndEmptyNamesNameTheirLine() {
    assertThatThrownBy(() -> Roster.parse("a局\n\"b局,区级\nc局\n")).isInstanceOf(RosterException.class)
        .extracting(RosterTest::english).isEqualTo("roster line 2: a quoted field is never closed");
    assertThatThrownBy(() -> Roster.parse("a局\n\"b局\"x,区级\n")).extracting(RosterTest::english).isEqualTo("roster line 2: text after a closing quote");
    assertThatThrownBy(() -> Roster.parse("a局\nb\"局\n")).extracting(RosterTest::english).isEqualTo("roster line 2: a quote inside an unquoted field");
    assertThatThrownBy(() -> Roster.parse("a局\n  ,区级\n")).extracting(RosterTest::english).isEqualTo("roster line 2: the issuer name is empty");
    assertThatThrownBy(() -> Roster.parse("a局,1,2,3,4\n"))
        .extracting(RosterTest::english).isEqualTo("roster line 1: 5 fields, at most 4 (issuer, level, region, aliases)");
    assertThatThrownBy(() -> Roster.parse("\"a局\nb局\"\nc局\nc局\n")).extracting(RosterTest::english).isEqualTo(
        "roster line 4: c局 is listed again (line 3: c局)");
  }

  /** The message in English, whatever the JVM's default locale. */
  private static String english(Throwable e) {
    return ((RosterException) e).getMessage(Locale.ENGLISH);
  }
}
