package dev.fazhi.documents.html;

import dev.fazhi.documents.DocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's charset and its decoded text. In order: a byte-order mark; else the charset the page
 * declares in its first 4 KB ({@code <meta charset>} or the {@code http-equiv} content type), where
 * {@code gb2312} and {@code gbk} are decoded as GB18030, their superset, so that characters outside
 * GB2312 in names (䶮, 堃, 犇) that browsers show survive; else sniffed: UTF-8 if the bytes are wholly
 * UTF-8, GB18030 otherwise. Decoding is strict. A page whose declaration is wrong (UTF-8 declared, GBK
 * bytes, or the reverse), common on old sites, is decoded in the other of the two when its bytes are
 * wholly valid there; bytes valid in neither are an error naming the byte.
 */
final class HtmlCharset {

  static final Charset GB18030 = Charset.forName("GB18030");

  /** Where a declaration may stand: browsers prescan 1 024 bytes; CMS templates sometimes need more. */
  private static final int PRESCAN = 4096;

  private static final Pattern DECLARED =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> GB_NAMES = Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312",
      "cp936", "windows-936", "ms936", "gb18030", "euc-cn", "x-euc-cn", "hz-gb-2312");

  private HtmlCharset() {}

  static String decode(byte[] b, String source) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return strictOrFail(StandardCharsets.UTF_8, b, 3, source);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return strictOrFail(StandardCharsets.UTF_16LE, b, 2, source);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return strictOrFail(StandardCharsets.UTF_16BE, b, 2, source);
    }
    Charset declared = declared(b);
    if (declared != null) {
      String text = strict(declared, b, 0);
      if (text != null) {
        return text;
      }
      Charset other = declared.equals(StandardCharsets.UTF_8) ? GB18030
          : declared.equals(GB18030) ? StandardCharsets.UTF_8 : null;
      if (other != null) {
        text = strict(other, b, 0);
        if (text != null) {
          return text;
        }
      }
      throw malformed(source, declared, b, "html.declaredCharset");
    }
    String text = strict(StandardCharsets.UTF_8, b, 0);
    if (text == null) {
      text = strict(GB18030, b, 0);
    }
    if (text == null) {
      throw malformed(source, GB18030, b, "html.noCharset");
    }
    return text;
  }

  /** The declared charset, or null when none is declared or Java does not know the name. */
  static Charset declared(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (GB_NAMES.contains(name)) {
      return GB18030;
    }
    if (name.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strictOrFail(Charset cs, byte[] b, int from, String source) {
    String text = strict(cs, b, from);
    if (text == null) {
      throw malformed(source, cs, b, "html.bomCharset");
    }
    return text;
  }

  private static DocumentException malformed(String source, Charset cs, byte[] b, String key) {
    return DocumentException.of(DocumentException.Kind.MALFORMED, source, 0, null, key, cs.name(),
        firstBad(cs, b));
  }

  private static long firstBad(Charset cs, byte[] b) {
    var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    var out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return b.length;
      }
      out.clear();
    }
  }

  static String strict(Charset cs, byte[] b, int from) {
    if (cs.equals(GB18030)) {
      String fast = TwoByteGb.decode(b, from);
      if (fast != null) {
        return fast;
      }
    }
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * GB18030 for the common case, a page of ASCII and two-byte (GBK) characters, by table: the JDK's
   * decoder looks each two-byte code up through a string of its mapping, which was a quarter of the
   * cost of reading a GBK page. The table is the JDK decoder's own answer for every two-byte code,
   * asked once, so the result is the same; anything else (a four-byte sequence, a byte no code starts
   * with, a code with no mapping, a cut-off last character) gives null and is left to the JDK decoder,
   * which decides it strictly as before.
   */
  static final class TwoByteGb {

    private static final char NONE = '\uFFFF';
    private static final int TRAILS = 0xFE - 0x40 + 1;
    private static final char[] TABLE = table();

    private TwoByteGb() {}

    private static char[] table() {
      char[] t = new char[(0xFE - 0x81 + 1) * TRAILS];
      java.util.Arrays.fill(t, NONE);
      var decoder = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      byte[] pair = new byte[2];
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4);
      for (int lead = 0x81; lead <= 0xFE; lead++) {
        for (int trail = 0x40; trail <= 0xFE; trail++) {
          pair[0] = (byte) lead;
          pair[1] = (byte) trail;
          decoder.reset();
          out.clear();
          var result = decoder.decode(ByteBuffer.wrap(pair), out, true);
          if (!result.isError()) {
            result = decoder.flush(out);
          }
          if (!result.isError() && out.position() == 1 && out.get(0) != NONE) {
            t[(lead - 0x81) * TRAILS + trail - 0x40] = out.get(0);
          }
        }
      }
      return t;
    }

    /** The text, or null when the JDK decoder must decide. */
    static String decode(byte[] b, int from) {
      char[] out = new char[b.length - from];
      int n = 0;
      int i = from;
      while (i < b.length) {
        int x = b[i] & 0xFF;
        if (x < 0x80) {
          out[n++] = (char) x;
          i++;
          continue;
        }
        if (x == 0x80 || x == 0xFF || i + 1 >= b.length) {
          return null;
        }
        int y = b[i + 1] & 0xFF;
        if (y < 0x40 || y > 0xFE) {
          return null;
        }
        char c = TABLE[(x - 0x81) * TRAILS + y - 0x40];
        if (c == NONE) {
          return null;
        }
        out[n++] = c;
        i += 2;
      }
      return new String(out, 0, n);
    }
  }
}
