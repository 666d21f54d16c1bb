package dev.fazhi.documents.html;

/** The test pages, for tests in other packages. */
public final class HtmlSamplesAccess {

  private HtmlSamplesAccess() {}

  /**
   * The TRS-shaped page of the clean sample.
   *
   * @return the page's HTML
   */
  public static String trsGbk() {
    return HtmlPages.trsGbk();
  }
}
