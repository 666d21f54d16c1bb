package dev.fazhi.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One file to check, or a path that could not even be listed.
 *
 * @param path the file as found (relative when the user named it relatively)
 * @param problem why the path cannot be checked, or null for a file to read
 */
record Input(Path path, String problem) implements Comparable<Input> {

  Input {
    Objects.requireNonNull(path, "path");
  }

  static Input file(Path path) {
    return new Input(path, null);
  }

  static Input failed(Path path, String problem) {
    return new Input(path, Objects.requireNonNull(problem, "problem"));
  }

  /**
   * The name shown to the user and written as {@code source}: the path with forward slashes.
   *
   * @return the display name
   */
  String source() {
    return path.toString().replace('\\', '/');
  }

  boolean isJson() {
    return path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  @Override
  public int compareTo(Input other) {
    return source().compareTo(other.source());
  }
}
