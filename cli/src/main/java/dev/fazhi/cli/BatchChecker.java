package dev.fazhi.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Checks many inputs on several threads and hands the outcomes to one consumer, on the calling
 * thread, in input order.
 *
 * <p>Streaming: at most {@code 2 × threads} outcomes (each holding one report) exist at a time, so a
 * batch of any size runs in bounded memory. Every input yields exactly one outcome: the work function
 * turns failures into {@link Outcome.Failed}, and anything it lets escape becomes one here.
 */
final class BatchChecker {

  /** Consumes outcomes in input order. */
  interface Sink {
    /**
     * Takes the next outcome.
     *
     * @param outcome the outcome
     * @throws Exception if writing it fails; the batch stops and rethrows
     */
    void accept(Outcome outcome) throws Exception;
  }

  private final int threads;
  private final Function<Input, Outcome> work;
  private final Function<Throwable, String> internalError;

  /**
   * Creates a batch.
   *
   * @param threads how many inputs to check at once, at least 1
   * @param work checks one input; should not throw
   * @param internalError describes a failure that escaped {@code work}
   */
  BatchChecker(int threads, Function<Input, Outcome> work, Function<Throwable, String> internalError) {
    this.threads = Math.max(1, threads);
    this.work = work;
    this.internalError = internalError;
  }

  void run(List<Input> inputs, Sink sink) throws Exception {
    if (threads == 1 || inputs.size() < 2) {
      for (Input input : inputs) {
        sink.accept(safely(input));
      }
      return;
    }
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), daemons());
    try {
      int window = 2 * threads;
      Deque<Future<Outcome>> pending = new ArrayDeque<>(window);
      Deque<Input> pendingInputs = new ArrayDeque<>(window);
      for (Input input : inputs) {
        if (pending.size() == window) {
          sink.accept(next(pending, pendingInputs));
        }
        pending.add(executor.submit(() -> safely(input)));
        pendingInputs.add(input);
      }
      while (!pending.isEmpty()) {
        sink.accept(next(pending, pendingInputs));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private Outcome next(Deque<Future<Outcome>> pending, Deque<Input> inputs) throws InterruptedException {
    Future<Outcome> future = pending.removeFirst();
    Input input = inputs.removeFirst();
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new Outcome.Failed(input, internalError.apply(e.getCause()));
    }
  }

  private Outcome safely(Input input) {
    try {
      Outcome outcome = work.apply(input);
      return outcome != null ? outcome : new Outcome.Failed(input, internalError.apply(null));
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(input, internalError.apply(e));
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "fazhi-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
