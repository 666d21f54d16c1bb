/**
 * Checks across a set of reports ({@code corpus.*} in the rule catalog): who on a roster has not
 * published, one report in two files, text reused from an issuer's earlier report or from another
 * issuer's, changes on the previous year that disagree with last year's report.
 *
 * <p>{@link dev.fazhi.validation.corpus.CorpusCheck} takes reports one at a time, keeps a small
 * {@link dev.fazhi.validation.corpus.ReportDigest digest} of each (never the text) and gives a
 * {@link dev.fazhi.validation.corpus.CorpusResult}: findings in the reports they concern, each with the
 * {@link dev.fazhi.validation.corpus.RelatedPlace other place} it relates to, and findings of the set
 * as a whole. Near-duplicate passages are found with shingles, one-permutation MinHash and
 * locality-sensitive hashing, not by comparing all pairs; wording most reports share is learned from
 * the set by document frequency. This package knows nothing of files.
 */
package dev.fazhi.validation.corpus;
