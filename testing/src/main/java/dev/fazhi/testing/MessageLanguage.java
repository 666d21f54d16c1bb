package dev.fazhi.testing;

import dev.fazhi.core.model.Part;
import dev.fazhi.validation.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message is in one language, the one of its locale: what a test of message bundles or of
 * an answer to a request checks, so that no user reads half a sentence in the other language.
 *
 * <p>Quoted text (“…”, ‘…’, "…", '…', 「…」), text in parentheses ((…), （…）: examples, glosses and
 * quotes of a report), placeholders ({@code {0}}, {@code {heading}}) and, in English, a Chinese term
 * followed by its English gloss in parentheses ({@code 法治政府建设年度报告 (annual report on …)}) are
 * left out: they may hold either language. What remains must be, for English, free of Chinese
 * characters; for Chinese, hold Chinese and no lower-case English word of three letters or more (the
 * JSON literals {@code true}, {@code false} and {@code null} aside). Neither may name a part of a
 * report in the other language. Stateless and thread-safe.
 */
public final class MessageLanguage {

  private static final Pattern GLOSSED_TERM = Pattern.compile("\\p{IsHan}+ \\([A-Za-z][^)]*\\)");
  private static final Pattern SET_APART = Pattern.compile(
      "“[^”]*”|‘[^’]*’|\"[^\"]*\"|'[^']*'|「[^」]*」|\\([^)]*\\)|（[^）]*）|\\{[^}]*}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Set<String> JSON_LITERALS = Set.of("true", "false", "null");
  private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

  private MessageLanguage() {}

  /**
   * The parts of a message that are not in the language of a locale.
   *
   * @param message the message
   * @param locale its locale: Chinese for any Chinese locale, English otherwise
   * @return the foreign fragments, empty when the message is in one language
   */
  public static List<String> foreignFragments(String message, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    List<String> out = new ArrayList<>();
    Locale other = chinese ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    for (Part part : Part.values()) {
      String name = RuleCatalog.partName(part, other);
      if (message.contains(name)) {
        out.add(name);
      }
    }
    String rest = SET_APART.matcher(chinese ? message
        : GLOSSED_TERM.matcher(message).replaceAll(" ")).replaceAll(" ");
    if (chinese) {
      Matcher word = ENGLISH_WORD.matcher(rest);
      while (word.find()) {
        if (!JSON_LITERALS.contains(word.group())) {
          out.add(word.group());
        }
      }
      String words = ENGLISH_WORD.matcher(rest).replaceAll(w -> JSON_LITERALS.contains(w.group()) ? " " : w.group());
      if (!HAN.matcher(message).find() && words.chars().anyMatch(Character::isLetter)) {
        out.add(message);
      }
    } else {
      Matcher han = HAN.matcher(rest);
      while (han.find()) {
        out.add(han.group());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Fails unless a message is in one language, the one of its locale.
   *
   * @param message the message
   * @param locale its locale
   * @throws AssertionError naming the foreign fragments
   */
  public static void assertInOneLanguage(String message, Locale locale) {
    List<String> foreign = foreignFragments(message, locale);
    if (!foreign.isEmpty()) {
      throw new AssertionError("the " + (locale.getLanguage().equals("zh") ? "Chinese" : "English")
          + " message mixes languages: " + foreign + " in: " + message);
    }
  }
}
