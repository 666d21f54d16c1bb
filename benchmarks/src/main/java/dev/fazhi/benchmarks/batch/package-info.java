/**
 * The batch driver: runs a processing stage over many generated texts on a fixed number of threads and
 * reports wall time, bytes per second and peak heap, for the national-year and batch-scaling targets.
 */
package dev.fazhi.benchmarks.batch;
