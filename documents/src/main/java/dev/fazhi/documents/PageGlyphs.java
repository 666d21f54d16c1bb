package dev.fazhi.documents;

import org.immutables.value.Value;

/** How many of a PDF page's glyphs could be turned into characters. */
@Value.Immutable
public interface PageGlyphs {

  /**
   * Obtains a page's counts.
   *
   * @param page the 1-based page
   * @param glyphs the glyphs shown on it
   * @param unmapped those with no Unicode mapping
   * @param images whether the page draws images
   * @return the counts
   */
  static PageGlyphs of(int page, int glyphs, int unmapped, boolean images) {
    return ImmutablePageGlyphs.builder().page(page).glyphs(glyphs).unmapped(unmapped).images(images)
        .build();
  }

  /**
   * The 1-based page.
   *
   * @return the page
   */
  int getPage();

  /**
   * The glyphs the page shows.
   *
   * @return the count
   */
  int getGlyphs();

  /**
   * The glyphs with no Unicode mapping: text lost to the check.
   *
   * @return the count
   */
  int getUnmapped();

  /**
   * Whether the page draws images (a scanned page is an image).
   *
   * @return true if it does
   */
  boolean isImages();

  /**
   * Whether the page's text could not be read, wholly or in part: some glyphs have no mapping, or the
   * page shows images and no text at all.
   *
   * @return true if some of the page is lost to the check
   */
  default boolean isUnreadable() {
    return getUnmapped() > 0 || (getGlyphs() == 0 && isImages());
  }
}
