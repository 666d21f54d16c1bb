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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
    inputs.sort(null);
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
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    // documents fazhi reads, and those it cannot read but must name with the reason (.doc, .wps, .ofd)
    return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".html") || name.endsWith(".htm")
        || name.endsWith(".docx") || name.endsWith(".pdf") || name.endsWith(".doc") || name.endsWith(".wps")
        || name.endsWith(".ofd");
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
