/**
 * A deterministic generator of synthetic 法治政府建设年度报告 texts, with the model each was written
 * from and the faults planted in it: input for benchmarks, batch runs and property tests.
 */
package dev.fazhi.benchmarks.gen;
