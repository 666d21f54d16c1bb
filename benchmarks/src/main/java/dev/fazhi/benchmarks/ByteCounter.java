package dev.fazhi.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the UTF-8 bytes a benchmark has processed; JMH reports the count per second next to the
 * operations, as the secondary result {@code bytes}, so throughputs of different benchmarks over the
 * same texts compare as MB/s. Take it as a parameter of a {@code @Benchmark} method and add to
 * {@link #bytes} in each call.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ByteCounter {

  /** The bytes processed in this iteration. */
  public long bytes;

  /** Creates a counter; JMH does this. */
  public ByteCounter() {}

  /** Starts each iteration at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
