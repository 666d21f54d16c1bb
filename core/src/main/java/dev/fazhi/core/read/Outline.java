package dev.fazhi.core.read;

import java.util.List;
import java.util.Map;

/**
 * The outline step's result: the paragraphs before the first heading and the top-level sections, as
 * drafts the reader turns into the model.
 *
 * @param preamble the paragraphs before the first heading, in order
 * @param roots the top-level section drafts, in order
 * @param tables the cells of each paragraph that is a flattened table, by identity of the paragraph
 *     ({@link TableTotals} reads its total row)
 */
record Outline(List<MappedText> preamble, List<SectionDraft> roots,
    Map<MappedText, List<MappedText>> tables) {}
