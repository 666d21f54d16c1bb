package dev.fazhi.core.model;

/**
 * How a stated rate bounds the true value.
 */
public enum RateBound {
  /** The rate as written, rounded to the decimals written ({@code 46.2%}). */
  EXACT,
  /** A lower bound: {@code 以上}, {@code 超过}, {@code 不低于}. */
  AT_LEAST,
  /** An upper bound: {@code 以下}, {@code 不超过}. */
  AT_MOST
}
