package dev.fazhi.documents.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table decoder of GBK pages gives what the JDK's GB18030 decoder gives, or leaves it to it. */
class HtmlCharsetTest {

  private static String jdk(byte[] b) {
    try {
      return HtmlCharset.GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void everyTwoByteCodeDecodesAsTheJdkDecodesIt() {
    int byTable = 0;
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int trail = 0x00; trail <= 0xFF; trail++) {
        byte[] b = {'a', (byte) lead, (byte) trail, 'z'};
        String fast = HtmlCharset.TwoByteGb.decode(b, 0);
        if (fast != null) {
          byTable++;
          assertThat(fast).as("%02X%02X", lead, trail).isEqualTo(jdk(b));
        }
        assertThat(HtmlCharset.strict(HtmlCharset.GB18030, b, 0)).as("%02X%02X", lead, trail).isEqualTo(jdk(b));
      }
    }
    assertThat(byTable).as("two-byte codes the table decodes").isGreaterThan(20_000);
  }

  @Test
  void mixedAndDamagedTextsDecodeAsTheJdkDecodesThem() {
    Random random = new Random(20261203);
    byte[] gbk = "法治政府建设年度报告（二〇二四年）：䶮堃犇，①②；ＡＢＣ abc".getBytes(HtmlCharset.GB18030);
    for (int round = 0; round < 5_000; round++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = switch (random.nextInt(4)) {
          case 0 -> (byte) random.nextInt(0x80);
          case 1 -> (byte) random.nextInt(256);
          default -> gbk[random.nextInt(gbk.length)];
        };
      }
      assertThat(HtmlCharset.strict(HtmlCharset.GB18030, b, 0)).isEqualTo(jdk(b));
    }
    assertThat(HtmlCharset.strict(HtmlCharset.GB18030, gbk, 0)).isEqualTo(new String(gbk, HtmlCharset.GB18030));
    assertThat(HtmlCharset.strict(StandardCharsets.UTF_8, "页".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo("页");
  }
}
