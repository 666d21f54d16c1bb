package dev.fazhi.validation;

/**
 * Where a rule comes from.
 */
public enum RuleSource {
  /** The central regulation on law-based government supervision (法治政府建设与责任落实督察工作规定, 2019). */
  REG,
  /** The national standard for official-document format GB/T 9704-2012. */
  GB,
  /** Arithmetic: the report's own figures must agree with each other. */
  ARITH,
  /** Editing residue that no published report should carry. */
  EDIT,
  /** A rule a user added; not part of the built-in catalog. */
  USER
}
