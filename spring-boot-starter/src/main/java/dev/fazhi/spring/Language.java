package dev.fazhi.spring;

import java.util.Locale;

/**
 * The two languages Fazhi speaks, and how a requested locale maps onto them: any Chinese locale to
 * Simplified Chinese, anything else to English. Every message of one answer is rendered in the one
 * locale this gives, so no answer mixes languages.
 */
final class Language {

  private Language() {}

  /**
   * The supported locale closest to a requested one.
   *
   * @param requested the requested locale
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  static Locale supported(Locale requested) {
    return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
