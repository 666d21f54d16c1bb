package dev.fazhi.cli;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed once, on first use, by whichever thread needs it first: the validator is built
 * only when a report has been read, never for {@code --help}, {@code rules} or a batch of unreadable
 * files.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<? extends T> factory;
  private volatile T value;

  Lazy(Supplier<? extends T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = Objects.requireNonNull(factory.get(), "factory result");
          value = result;
        }
      }
    }
    return result;
  }

  boolean isComputed() {
    return value != null;
  }
}
