package dev.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of format sniffing and plain-text decoding, against the simple code they replace, on
 * seeded random byte strings made of the bytes those paths look at.
 */
class SniffingFastPathsTest {

  /** Bytes that matter: NUL, blanks, markup, the PDF signature, byte-order marks, UTF-8 of 中. */
  private static final int[] ALPHABET = {0x00, ' ', '\t', '\n', 0x0B, 0x1C, 0x85, 0xA0, '<', 'p', 'h',
    'b', '>', '!', '%', 'P', 'D', 'F', '-', 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xE4, 0xB8, 0xAD, 'a'};

  private static final String[] PIECES = {"<html", "<p>", "%PDF-", "<!doctype html", "<div", "  \\t"};

  private static byte[] random(SplittableRandom random) {
    int length = random.nextInt(random.nextInt(10) == 0 ? 3000 : 40);
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) ALPHABET[random.nextInt(ALPHABET.length)];
    }
    if (length > 20 && random.nextBoolean()) { // a whole tag or signature somewhere
      byte[] piece = PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.ISO_8859_1);
      int at = random.nextInt(length - piece.length + 1);
      System.arraycopy(piece, 0, b, at, Math.min(piece.length, length - at));
    }
    return b;
  }

  @Test
  void markupAndSignatureSearchAgreeWithTheSimpleCode() {
    SplittableRandom random = new SplittableRandom(20261204L);
    for (int t = 0; t < 50_000; t++) {
      byte[] b = random(random);
      String hex = HexFormat.of().formatHex(b);
      assertThat(FormatSniffer.isMarkup(b)).as(hex).isEqualTo(simpleIsMarkup(b));
      assertThat(FormatSniffer.indexOf(b, "%PDF-", 1024)).as(hex).isEqualTo(simpleIndexOf(b, "%PDF-", 1024));
    }
  }

  @Test
  void aTextWithANulIsRefusedAsBinaryWhateverElseItHolds() {
    SplittableRandom random = new SplittableRandom(20261205L);
    int refused = 0;
    for (int t = 0; t < 50_000; t++) {
      byte[] b = random(random);
      if (b.length == 0 || FormatSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF)
          || FormatSniffer.startsWith(b, 0, 0xFF, 0xFE) || FormatSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
        continue; // a byte-order mark decides the encoding before NUL bytes are looked for
      }
      boolean nul = false;
      for (byte x : b) {
        nul |= x == 0;
      }
      DocumentException.Kind kind = null;
      try {
        PlainText.text(b, "t", DocumentLimits.DEFAULTS);
      } catch (DocumentException e) {
        kind = e.getKind(); // NOT_A_DOCUMENT is only "binary" here; others are MALFORMED
      }
      String hex = HexFormat.of().formatHex(b);
      if (nul) {
        refused++;
        assertThat(kind).as(hex).isEqualTo(DocumentException.Kind.NOT_A_DOCUMENT);
      } else {
        assertThat(kind).as(hex).isNotEqualTo(DocumentException.Kind.NOT_A_DOCUMENT);
      }
    }
    assertThat(refused).isGreaterThan(10_000);
  }

  /** {@link FormatSniffer#isMarkup} as it was: the first 2 KB as a string, stripped, searched. */
  private static boolean simpleIsMarkup(byte[] b) {
    int n = Math.min(b.length, 2048);
    String head;
    if (FormatSniffer.startsWith(b, 0, 0xFF, 0xFE)) {
      head = new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
    } else if (FormatSniffer.startsWith(b, 0, 0xFE, 0xFF)) {
      head = new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
    } else {
      int from = FormatSniffer.startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      head = new String(b, from, Math.max(0, n - from), StandardCharsets.ISO_8859_1);
    }
    String s = head.stripLeading();
    if (!s.startsWith("<")) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String tag : new String[] {"<!doctype html", "<html", "<head", "<meta", "<body", "<div", "<p>",
        "<p ", "<table", "<title"}) {
      if (lower.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  /** {@link FormatSniffer#indexOf} as it was: every position, every character. */
  private static int simpleIndexOf(byte[] b, String ascii, int window) {
    int n = Math.min(b.length, window) - ascii.length();
    outer:
    for (int i = 0; i <= n; i++) {
      for (int k = 0; k < ascii.length(); k++) {
        if (b[i + k] != ascii.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
