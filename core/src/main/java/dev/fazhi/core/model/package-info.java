/**
 * The immutable model of a 法治政府建设年度报告: the {@link dev.fazhi.core.model.Report}, its
 * {@link dev.fazhi.core.model.Section section tree} and the {@link dev.fazhi.core.model.Figure figures}
 * it states.
 *
 * <p>The model holds any report as it is written, including wrong ones: a completed count larger than
 * the assigned one, a duplicated heading number or a date before the reporting period ended are all
 * representable; finding them is the job of {@code fazhi-validation}. Builders reject only what cannot
 * be a report at all, a missing required attribute. Every type is immutable and thread-safe.
 */
@FazhiStyle
package dev.fazhi.core.model;
