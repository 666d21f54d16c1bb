package dev.fazhi.documents;

/** The formats a report is read from. */
public enum DocumentFormat {
  /** Plain text, read by the core reader as it stands. */
  TEXT("text"),
  /** A web page. */
  HTML("html"),
  /** A Word file (Office Open XML). */
  DOCX("docx"),
  /** A PDF. */
  PDF("pdf");

  private final String id;

  DocumentFormat(String id) {
    this.id = id;
  }

  /**
   * The format's name in the command's JSON output ({@code text}, {@code html}, {@code docx}, {@code pdf}).
   *
   * @return the name
   */
  public String id() {
    return id;
  }
}
