package dev.fazhi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the command's PATH arguments into the files to check, sorted by path: a file stands for
 * itself, a directory for every report file below it (hidden directories skipped): {@code .txt},
 * {@code .json}, {@code .html}, {@code .htm}, {@code .docx}, {@code .pdf}, and {@code .doc},
 * {@code .wps}, {@code .ofd}, which are named with the reason they cannot be read. A path that does
 * not exist, cannot be listed, or holds no report file becomes an input with a problem, so that it is
 * named in the output rather than lost.
 */
final class InputCollector {

  private final Messages messages;

  InputCollector(Messages messages) {
    this.messages = messages;
  }

  List<Input> collect(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      expand(path, inputs);
    }
    sortBySource(inputs);
    if (paths.size() == 1) {
      // One path names every file once: a walk meets each entry once and follows no link to a
      // directory, and its paths are the root's path and distinct entry names (never "." or ".."),
      // which stay distinct once made absolute and normalized.
      return inputs;
    }
    // The same file named twice (directly and through its directory) is checked once.
    Set<Path> seen = new HashSet<>();
    List<Input> unique = new ArrayList<>(inputs.size());
    for (Input input : inputs) {
      if (seen.add(input.path().toAbsolutePath().normalize())) {
        unique.add(input);
      }
    }
    return unique;
  }

  /**
   * Sorts inputs as {@link Input#compareTo} orders them, stably as {@link List#sort} does, with each
   * input's {@link Input#source} made once (a comparison of two inputs makes both anew; the command's
   * 20 000 files took some 300 000 comparisons, before any report is read).
   */
  static void sortBySource(List<Input> inputs) {
    Keyed[] keyed = new Keyed[inputs.size()];
    for (int i = 0; i < keyed.length; i++) {
      Input input = inputs.get(i);
      keyed[i] = new Keyed(input.source(), input);
    }
    Arrays.sort(keyed);
    for (int i = 0; i < keyed.length; i++) {
      inputs.set(i, keyed[i].input());
    }
  }

  /** An input with its sort key. */
  private record Keyed(String source, Input input) implements Comparable<Keyed> {
    @Override
    public int compareTo(Keyed other) {
      return source.compareTo(other.source);
    }
  }

  private void expand(Path path, List<Input> out) {
    if (!Files.exists(path)) {
      String reason = Files.isSymbolicLink(path) ? brokenLink(path) : messages.get("error.no-such-file");
      out.add(Input.failed(path, reason));
    } else if (Files.isDirectory(path)) {
      int before = out.size();
      walk(path, out);
      if (out.size() == before) {
        out.add(Input.failed(path, messages.get("error.empty-directory")));
      }
    } else if (Files.isRegularFile(path)) {
      out.add(Input.file(path));
    } else {
      // A pipe would block the reader until someone writes to it; a device is no report either.
      out.add(Input.failed(path, messages.get("error.not-regular-file")));
    }
  }

  /** Why a symbolic link whose target is missing cannot be read, naming the target. */
  private String brokenLink(Path link) {
    try {
      return messages.format("error.broken-link", Files.readSymbolicLink(link));
    } catch (IOException e) {
      return messages.get("error.no-such-file");
    }
  }

  private void walk(Path root, List<Input> out) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path name = dir.getFileName();
          boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
          return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (isReportFile(file)) {
            visitReportFile(file, attrs, out);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          out.add(Input.failed(file, describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.add(Input.failed(root, describe(e)));
    }
  }

  /**
   * A file named like a report, found while walking a directory: a regular file or a link to one is
   * checked; a link to a directory is not followed; a broken link or a special file (pipe, device,
   * socket) is a failed input, so that it is named rather than silently skipped.
   */
  private void visitReportFile(Path file, BasicFileAttributes attrs, List<Input> out) {
    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
      out.add(Input.file(file));
    } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
      out.add(Input.failed(file, brokenLink(file)));
    } else if (!attrs.isDirectory() && !Files.isDirectory(file)) {
      out.add(Input.failed(file, messages.get("error.not-regular-file")));
    }
  }

  static boolean isReportFile(Path file) {
    // The path's text ends with its file name (a name holds no separator, and a suffix holds none):
    // no file name is made for each file of a walk. Walked paths are never a bare root.
    return isReportName(file.toString());
  }

  /**
   * Whether a file name (or a path ending with it) ends with a report suffix: documents fazhi reads,
   * and those it cannot read but must name with the reason (.doc, .wps, .ofd). The same answer as
   * {@code name.toLowerCase(Locale.ROOT).endsWith(suffix)} for each suffix: the suffix is what follows
   * the last dot (a suffix holds one dot, at its start), and its letters compare without ASCII case,
   * since no other character lowercases to one of them ({@code InputCollectorTest} checks random
   * names against the former test).
   *
   * @param name the file name or path
   * @return true for a report file's name
   */
  static boolean isReportName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.length() - dot > 5) {
      return false;
    }
    char[] suffix = new char[name.length() - dot - 1];
    for (int i = 0; i < suffix.length; i++) {
      char c = name.charAt(dot + 1 + i);
      suffix[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    switch (new String(suffix)) {
      case "txt", "json", "html", "htm", "docx", "pdf", "doc", "wps", "ofd":
        return true;
      default:
        return false;
    }
  }

  String describe(IOException e) {
    return describe(e, messages);
  }

  /**
   * Says in the user's language why a file could not be read, without a stack trace.
   *
   * @param e the failure
   * @param messages the language
   * @return the reason
   */
  static String describe(IOException e, Messages messages) {
    if (e instanceof NoSuchFileException) {
      return messages.get("error.no-such-file");
    }
    if (e instanceof AccessDeniedException) {
      return messages.get("error.access-denied");
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return messages.format("error.io", detail);
  }
}
