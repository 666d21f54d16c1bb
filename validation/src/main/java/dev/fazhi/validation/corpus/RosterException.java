package dev.fazhi.validation.corpus;

import dev.fazhi.core.Language;
import java.util.Locale;

/**
 * A roster that cannot be used: not valid CSV, an issuer listed twice, an empty name. Names the line
 * and says what is wrong, in Chinese or English: {@link #getMessage()} in
 * {@link Language#defaultLocale()} (the JVM's default locale, Chinese if its language is {@code zh},
 * else English), {@link #getMessage(Locale)} in the language asked for.
 */
public final class RosterException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The roster line, from 1. */
  private final int line;
  /** The message key. */
  private final String key;
  private final transient Object[] arguments;

  RosterException(int line, String key, Object... arguments) {
    super(CorpusMessages.format(Language.defaultLocale(), key, withLine(line, arguments)));
    this.line = line;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /**
   * The line of the roster the problem is on, from 1.
   *
   * @return the line
   */
  public int getLine() {
    return line;
  }

  /**
   * What is wrong, with the line, in a language.
   *
   * @param locale Chinese for {@code zh}, English otherwise
   * @return the message
   */
  public String getMessage(Locale locale) {
    return CorpusMessages.format(locale, key, withLine(line, arguments));
  }

  private static Object[] withLine(int line, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = Integer.toString(line);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
