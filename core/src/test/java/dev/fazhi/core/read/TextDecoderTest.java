package dev.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fazhi.core.ReportFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encodings are detected; what is none of them, empty or binary gets a clear error naming the source. */
class TextDecoderTest {

  private static final String TEXT = "某县卫生健康局2023年法治政府建设情况报告\n一、主要举措和成效\n全年办理案件１２件。\n";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aReplacementCharacterWrittenAsSuchIsValidUtf8AndMalformedBytesAreNot() {
    String withReplacement = TEXT + "无法识别的字符\uFFFD保留原样。\n";
    assertThat(TextDecoder.decode(withReplacement.getBytes(StandardCharsets.UTF_8), "a.txt"))
        .isEqualTo(withReplacement);
    // 0xC3 0x28 is neither UTF-8 nor GB18030: refused, not read with a U+FFFD in its place
    byte[] malformed = concat(TEXT.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28});
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.decode(malformed, "a.txt"));
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("a.txt").contains("UTF-8");
  }

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(plain, "a.txt")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain), "a.txt"))
        .isEqualTo(TEXT);
  }

  @Test
  void utf16WithBom() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le, "a.txt")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(be, "a.txt")).isEqualTo(TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB18030", "GBK"})
  void gb18030AndGbk(String charset) {
    assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName(charset)), "a.txt")).isEqualTo(TEXT);
  }

  @Test
  void utf16WithoutBomIsRefusedWithAHint() {
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.decode("abcdefgh report".getBytes(StandardCharsets.UTF_16LE), "u16.txt"));
    assertThat(e.getSource()).hasValue("u16.txt");
    assertThat(e.getReason(Locale.ENGLISH)).isEqualTo(Messages.get("utf16NoBom"));
  }

  @Test
  void chineseUtf16WithoutBomIsRecognisedNotCalledBinary() {
    String chinese = "青山区司法局2024年法治政府建设年度报告\n一、2024年推进法治政府建设的主要举措和成效\n"
        + "全面落实行政执法责任制，严格规范公正文明执法。\n";
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] bytes = chinese.getBytes(charset);
      ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
          () -> TextDecoder.decode(bytes, "u16.txt"));
      assertThat(e.getReason(Locale.ENGLISH)).as("%s", charset).isEqualTo(Messages.get("utf16NoBom"))
          .contains("UTF-16 without a byte-order mark").contains("save it as UTF-8");
      assertThat(e.getReason(java.util.Locale.CHINESE)).contains("不带字节顺序标记的 UTF-16")
          .contains("另存为 UTF-8");
    }
    // NUL bytes on both parities stay binary data
    byte[] mixed = {'a', 0, 0, 'b', 'c', 'd'};
    assertThat(catchThrowableOfType(ReportFormatException.class, () -> TextDecoder.decode(mixed, "m.bin"))
        .getReason(Locale.ENGLISH)).isEqualTo(Messages.get("binary"));
  }

  @Test
  void emptyInputIsAnError() {
    for (byte[] empty : new byte[][] {new byte[0], " \n\u3000\n".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
      ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
          () -> TextDecoder.decode(empty, "empty.txt"));
      assertThat(e.getReason(Locale.ENGLISH)).isEqualTo(Messages.get("empty"));
      assertThat(e.getMessage(Locale.ENGLISH)).startsWith("empty.txt: ");
    }
  }

  @Test
  void binaryInputIsAnError() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.decode(png, "image.png"));
    assertThat(e.getSource()).hasValue("image.png");
    assertThat(e.getReason(Locale.ENGLISH)).isIn(Messages.get("binary"), Messages.get("utf16NoBom"));
  }

  @Test
  void controlCharactersMakeTextBinary() {
    StringBuilder s = new StringBuilder("报告");
    for (int i = 0; i < 50; i++) {
      s.append((char) 1).append('x');
    }
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.checkText(s.toString(), "ctl.txt"));
    assertThat(e.getReason(Locale.ENGLISH)).isEqualTo(Messages.get("binary"));
  }

  @Test
  void bytesThatAreNoSupportedEncodingAreAnError() {
    // invalid UTF-8 and invalid GB18030: a lone lead byte at the end, 0xFF bytes
    byte[] bad = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a', (byte) 0x81};
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.decode(bad, "bad.txt"));
    assertThat(e.getReason(Locale.ENGLISH)).isEqualTo(Messages.get("encoding"));
    assertThat(e.getSource()).hasValue("bad.txt");
  }

  @Test
  void randomBytesNeverEndInAnythingButAClearError() {
    Random random = new Random(20240101L);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      try {
        String text = TextDecoder.decode(bytes, "random.bin");
        assertThat(text).isNotNull();
      } catch (ReportFormatException e) {
        assertThat(e.getSource()).hasValue("random.bin");
      }
    }
  }

  @Test
  void aStreamOverTheLimitIsRefusedNamingTheLimit() throws IOException {
    ReportFormatException e = catchThrowableOfType(ReportFormatException.class,
        () -> TextDecoder.readAll(new ByteArrayInputStream(new byte[5000]), 4096, "big.txt"));
    assertThat(e.getReason(Locale.ENGLISH)).contains("4096");
    assertThat(TextDecoder.readAll(new ByteArrayInputStream(new byte[4096]), 4096, "ok.txt")).hasSize(4096);
  }
}
