package dev.fazhi.validation.internal;

import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.RateBound;
import java.util.Locale;

/** Localised names used as message arguments: parts and rate bounds. */
public final class Names {

  private Names() {}

  /**
   * The name of a part.
   *
   * @param part the part
   * @param locale the locale
   * @return the name, Chinese for {@code zh}, English otherwise
   */
  public static String part(Part part, Locale locale) {
    return CatalogEntry.descriptions(locale).getString("part." + part.name());
  }

  /**
   * The words that qualify a rate with a bound ({@code 以上}); empty for an exact rate.
   *
   * @param bound the bound
   * @param locale the locale
   * @return the words
   */
  public static String bound(RateBound bound, Locale locale) {
    return bound == RateBound.EXACT ? ""
        : CatalogEntry.descriptions(locale).getString("bound." + bound.name());
  }
}
