package dev.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.read.NotAReportException;
import dev.fazhi.core.read.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Errors of the JSON form and of the reader come in English and Chinese, chosen per instance; where
 * none is chosen, {@link Language#defaultLocale()} follows the JVM's default locale.
 */
class MessageLanguageTest {

  private static final String BAD_JSON = "{\"title\": \"t\", \"sections\": [\n  {\"heading\": {\"text\": \"x\"}}]}";

  @Test
  void jsonErrorsAreInTheLanguageAsked() {
    ReportFormatException english = catchThrowableOfType(ReportFormatException.class,
        () -> ReportJson.builder().locale(Locale.ENGLISH).build().read(BAD_JSON));
    assertThat(english.getReason()).isEqualTo("missing required field 'level'");
    assertThat(english.getMessage()).isEqualTo("line 2:27 at $.sections[0].heading: missing required field 'level'");

    ReportFormatException chinese = catchThrowableOfType(ReportFormatException.class,
        () -> ReportJson.builder().locale(Locale.SIMPLIFIED_CHINESE).build().read(BAD_JSON));
    assertThat(chinese.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(chinese.getReason()).isEqualTo("缺少必填字段 'level'");
    assertThat(chinese.getMessage()).isEqualTo("第 2 行第 27 列 $.sections[0].heading：缺少必填字段 'level'");
    // the same error in the other language, on demand
    assertThat(chinese.getMessage(Locale.ENGLISH)).isEqualTo(english.getMessage());
    assertThat(english.getReason(Locale.CHINESE)).isEqualTo(chinese.getReason());
  }

  @Test
  void composedJsonReasonsAreTranslatedPieceByPiece() {
    ReportJson chinese = ReportJson.builder().locale(Locale.CHINESE).build();
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> chinese.read("{\"title\": \"t\", \"signedOn\": \"2020年4月9日\"}"));
    assertThat(e.getReason()).isEqualTo("值 '2020年4月9日' 无效，应为日期（ISO 格式，如“2020-04-09”）");
    assertThat(e.getReason(Locale.ENGLISH))
        .isEqualTo("invalid value '2020年4月9日' for a date (ISO form, such as \"2020-04-09\")");
    ReportFormatException wrongShape = catchThrowableOfType(ReportFormatException.class,
        () -> chinese.read("[]"));
    assertThat(wrongShape.getReason()).isEqualTo("应为对象，实际为数组");
    assertThat(wrongShape.getReason(Locale.ROOT)).isEqualTo("expected an object, found an array");
  }

  @Test
  void readerErrorsAreInTheLanguageAsked() throws IOException {
    NotAReportException english = catchThrowableOfType(NotAReportException.class,
        () -> ReportReader.builder().locale(Locale.UK).build().read("某县2023年政府信息公开工作年度报告\n一、总体情况\n内容。\n", "x.txt"));
    assertThat(english.getMessage()).isEqualTo("x.txt: this is a 政府信息公开工作年度报告 (government "
        + "information disclosure report), not a 法治政府建设年度报告 (annual report on building a "
        + "law-based government)");

    ReportReader chinese = ReportReader.builder().locale(Locale.CHINA).build();
    assertThat(chinese.locale()).isEqualTo(Locale.CHINA);
    NotAReportException zh = catchThrowableOfType(NotAReportException.class,
        () -> chinese.read("某县2023年政府信息公开工作年度报告\n一、总体情况\n内容。\n", "x.txt"));
    assertThat(zh.getMessage()).isEqualTo("x.txt：这是政府信息公开工作年度报告，不是法治政府建设年度报告");

    InputStream empty = new ByteArrayInputStream(new byte[0]);
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class, () -> chinese.read(empty, "e.txt"));
    assertThat(e.getReason()).isEqualTo("文本为空：没有可读取的内容");
    assertThat(e.getReason(Locale.ENGLISH)).isEqualTo("the text is empty: there is nothing to read");
    assertThat(e.withLocale(Locale.ENGLISH).getMessage()).isEqualTo("e.txt: the text is empty: there is nothing to read");
  }

  @Test
  void onlyChineseLocalesGetChinese() {
    assertThat(Language.supported(Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.supported(Locale.TAIWAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.supported(Locale.forLanguageTag("zh-Hant-HK"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.supported(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(Language.supported(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
    assertThat(Language.supported(Locale.ROOT)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theDefaultFollowsTheJvmDefaultLocale() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.CHINA);
      assertThat(Language.defaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
      assertDefaultsSpeak("输入为空：应为一个 JSON 对象",
          "这是政府信息公开工作年度报告", Locale.SIMPLIFIED_CHINESE);

      Locale.setDefault(Locale.FRANCE);
      assertThat(Language.defaultLocale()).isEqualTo(Locale.ENGLISH);
      assertDefaultsSpeak("empty input: expected a JSON object",
          "this is a 政府信息公开工作年度报告", Locale.ENGLISH);

      Locale.setDefault(Locale.forLanguageTag("zh-TW"));
      assertThat(Language.defaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** Every entry point of this module that takes no locale speaks the JVM default's language. */
  private static void assertDefaultsSpeak(String emptyJson, String disclosure, Locale expected)
      throws IOException {
    for (ReportJson json : new ReportJson[] {ReportJson.defaults(), ReportJson.builder().build()}) {
      assertThat(json.locale()).isEqualTo(expected);
      ReportFormatException e = catchThrowableOfType(ReportFormatException.class, () -> json.read(""));
      assertThat(e.getLocale()).isEqualTo(expected);
      assertThat(e.getReason()).isEqualTo(emptyJson);
    }
    for (ReportReader reader : new ReportReader[] {ReportReader.defaults(), ReportReader.builder().build()}) {
      assertThat(reader.locale()).isEqualTo(expected);
      NotAReportException e = catchThrowableOfType(NotAReportException.class,
          () -> reader.read("某县2023年政府信息公开工作年度报告\n一、总体情况\n内容。\n", "x.txt"));
      assertThat(e.getMessage()).startsWith("x.txt").contains(disclosure);
    }
    ReportFormatException plain = new ReportFormatException("a.txt", Reason.of("json.empty"));
    assertThat(plain.getLocale()).isEqualTo(expected);
    assertThat(plain.getReason()).isEqualTo(emptyJson);
  }

  @Test
  void everyMessageExistsInBothLanguages() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh.properties");
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      // every pattern formats without error in both languages
      Object[] args = {"1", "2", "$.x", "reason", "src"};
      assertThat(Reason.of(key, args).in(Locale.ROOT)).isNotBlank();
      assertThat(Reason.of(key, args).in(Locale.CHINESE)).isNotBlank();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Reason.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
