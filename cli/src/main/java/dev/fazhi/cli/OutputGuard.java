package dev.fazhi.cli;

import dev.fazhi.cli.result.OutputFiles;
import dev.fazhi.cli.result.PageWords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keeps {@code --output} from destroying what fazhi did not write. A directory may be written into
 * when it does not exist, is empty, or holds the marker file of an earlier fazhi site; a file may be
 * replaced when it does not exist or is an earlier fazhi page (its generator tag) or workbook (its
 * document property). Anything else is refused, unless {@code --force}.
 */
final class OutputGuard {

  private final PageWords words;
  private final boolean force;

  OutputGuard(PageWords words, boolean force) {
    this.words = words;
    this.force = force;
  }

  /**
   * Why a site may not be written into a directory.
   *
   * @param directory the directory
   * @return the reason, or empty when it may
   */
  Optional<String> directory(Path directory) {
    if (!Files.exists(directory)) {
      return Optional.empty();
    }
    if (!Files.isDirectory(directory)) {
      return Optional.of(words.format("output.not-a-directory", directory));
    }
    if (force || Files.isRegularFile(directory.resolve(OutputFiles.MARKER))) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      if (entries.iterator().hasNext()) {
        return Optional.of(words.format("output.directory-not-ours", directory));
      }
    } catch (IOException e) {
      return Optional.of(words.format("output.unreadable", directory, String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  /**
   * Why a file may not be written.
   *
   * @param file the file
   * @param workbook whether it is to be a workbook (else a page)
   * @return the reason, or empty when it may
   */
  Optional<String> file(Path file, boolean workbook) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      return Optional.of(words.format("output.is-a-directory", file));
    }
    if (force || (workbook ? isFazhiWorkbook(file) : isFazhiPage(file))) {
      return Optional.empty();
    }
    return Optional.of(words.format("output.file-not-ours", file));
  }

  /**
   * Whether a file is a page fazhi wrote: its head holds fazhi's generator tag.
   *
   * @param file the file
   * @return true when it is
   */
  static boolean isFazhiPage(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
      return head.contains("<meta name=\"generator\" content=\"" + OutputFiles.GENERATOR);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether a file is a workbook fazhi wrote: it carries fazhi's custom document property.
   *
   * @param file the file
   * @return true when it is
   */
  static boolean isFazhiWorkbook(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry custom = zip.getEntry("docProps/custom.xml");
      if (custom == null) {
        return false;
      }
      try (InputStream in = zip.getInputStream(custom)) {
        return new String(in.readNBytes(65_536), StandardCharsets.UTF_8).contains(OutputFiles.WORKBOOK_PROPERTY);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
