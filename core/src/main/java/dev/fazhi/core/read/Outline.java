package dev.fazhi.core.read;

import java.util.List;

/**
 * The outline step's result: the paragraphs before the first heading and the top-level sections, as
 * drafts the reader turns into the model.
 *
 * @param preamble the paragraphs before the first heading, in order
 * @param roots the top-level section drafts, in order
 */
record Outline(List<MappedText> preamble, List<SectionDraft> roots) {}
