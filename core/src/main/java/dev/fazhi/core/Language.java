package dev.fazhi.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Fazhi's one language policy, used by every entry point of every module.
 *
 * <p>Fazhi speaks Simplified Chinese and English. A locale whose language is {@code zh} (any country
 * or script) gets Chinese, any other locale English ({@link #supported(Locale)}). Where the caller
 * names no locale, the default is the JVM's default locale taken the same way
 * ({@link #defaultLocale()}): Chinese when its language is {@code zh}, English otherwise. The
 * readers ({@code ReportReader}, {@code ReportJson}), {@link ReportFormatException}, the validator, the
 * document reader, the Spring Boot starter's fallback and the {@code fazhi} command all take this
 * default; each reads the JVM's default locale when it is built (or, for an exception, created), not
 * later.
 *
 * <p>Stateless and thread-safe.
 */
public final class Language {

  private Language() {}

  /**
   * The language used where the caller names none: the JVM's default locale
   * ({@link Locale#getDefault()}) taken through {@link #supported(Locale)}.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} when the default locale's language is {@code zh},
   *     {@link Locale#ENGLISH} otherwise
   */
  public static Locale defaultLocale() {
    return supported(Locale.getDefault());
  }

  /**
   * The language Fazhi speaks for a requested locale.
   *
   * @param requested any locale
   * @return {@link Locale#SIMPLIFIED_CHINESE} when its language is {@code zh}, {@link Locale#ENGLISH}
   *     otherwise
   * @throws NullPointerException if {@code requested} is null
   */
  public static Locale supported(Locale requested) {
    return isChinese(requested) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /**
   * Whether a locale gets Chinese.
   *
   * @param locale any locale
   * @return true when its language is {@code zh}
   * @throws NullPointerException if {@code locale} is null
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }
}
