/**
 * JMH benchmarks of Fazhi: what reading, validating and JSON cost, measured against baselines that
 * need no Fazhi code (a regular-expression pass over the same texts). Run them from
 * {@code benchmarks/target/benchmarks.jar}; see {@code docs/performance.md}.
 */
package dev.fazhi.benchmarks;
