package dev.fazhi.benchmarks.gen;

/** Residue of web pages and word processors that a generated text may carry. */
public enum Noise {
  /** A navigation line before the title: {@code 当前位置：首页 > 政务公开}. */
  NAVIGATION,
  /** A publication line after the title: {@code 发布时间：2021-01-20 字体：【大 中 小】}. */
  PUBLICATION_LINE,
  /** Paragraphs indented with no-break spaces (U+00A0). */
  NO_BREAK_SPACES,
  /** Paragraphs indented with ideographic spaces (U+3000). */
  IDEOGRAPHIC_SPACES,
  /** {@code [bookmark: _GoBack]} at the start of a paragraph. */
  BOOKMARK,
  /** The title broken across two lines. */
  TITLE_BROKEN,
  /** A paragraph broken in the middle of a sentence, with a blank line in the break. */
  PARAGRAPH_BROKEN,
  /** A salutation before the body: {@code 区委、区政府：}. */
  SALUTATION,
  /** A numbered heading run onto the end of the previous line after a long run of spaces. */
  RUN_ON_HEADING,
  /** A heading that goes straight on into body text after its first full stop. */
  HEADING_RUN_INTO_BODY,
  /** Blank lines between all paragraphs and headings. */
  BLANK_LINES
}
