package dev.fazhi.testing;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.core.model.Report;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentReader;
import dev.fazhi.documents.DocumentReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Loads reports for tests in one line: a report in the library's JSON form, a published text, a web
 * page, a Word file or a PDF from the caller's test class path, or one of the sample reports bundled
 * with this module.
 *
 * <pre>{@code
 * Report any  = SampleReports.read("reports/my-bureau-2024.docx");      // .docx, .html, .pdf, .txt, .json
 * DocumentReport doc = SampleReports.document("reports/my-bureau-2024.pdf"); // with pages and residue
 * Report mine = SampleReports.json("reports/my-bureau-2024.json");      // src/test/resources/reports/...
 * Report near = SampleReports.json(MyTest.class, "my-bureau-2024.json"); // next to MyTest
 * Report read = SampleReports.text("reports/my-bureau-2024.txt");       // a published text, read
 * Report clean = SampleReports.bundled("qingshan-justice-2024-clean");   // shipped in fazhi-testing
 * Report again = SampleReports.bundledTextReport("qingshan-justice-2024-clean"); // its text, read
 * }</pre>
 *
 * <p>Texts are read with {@link ReportReader#defaults()}, which detects the encoding (UTF-8, UTF-16 with a
 * byte-order mark, GB18030). {@link #read} and {@link #document} tell the format by the content, never
 * by the name, as the command does: JSON by its opening brace, anything else through
 * {@link DocumentReader#defaults()} of {@code fazhi-documents} (a zip holding {@code word/document.xml},
 * {@code %PDF-}, markup, else text). {@code fazhi-documents} is a normal dependency of this module, so
 * these work with nothing more on the test class path; a document that cannot be read is a
 * {@link DocumentException}, a {@link ReportFormatException}, naming the resource. A missing resource is an {@link IllegalArgumentException} that names it and
 * where it was looked for; a resource that is not a valid report is a {@link ReportFormatException}
 * naming the resource and, for JSON, the JSON path, line and column.
 *
 * <p>All methods are thread-safe.
 */
public final class SampleReports {

  /** The class path folder holding the bundled samples. */
  static final String BUNDLED_FOLDER = "dev/fazhi/testing/samples/";

  /**
   * The bundled samples, by base name; see the samples' README for the faults each one carries.
   */
  private static final List<String> BUNDLED = List.of(
      "qingshan-justice-2024-clean",
      "yunxi-market-2023-webcopy",
      "linjiang-ecology-2022-thematic");

  /** The bundled texts of the repository's shapes/ folder, by base name. */
  private static final List<String> SHAPES = List.of(
      "baisha-market-2023-brackets",
      "chenghu-health-2023-pdfpages",
      "donghu-street-2023-splittitle",
      "fengqiao-street-2023-tasks",
      "fengyang-health-2024-variants",
      "huangling-town-2023-celltable",
      "lanxi-ecology-2023-coverletter",
      "lanxi-ecology-2023-letteronly",
      "mingshui-market-2023-tables",
      "nanping-city-2023-cms",
      "notitle-bureau-2023",
      "pingchuan-county-2023-pdftext",
      "qinghe-2024-plan-notice",
      "qinghe-justice-2023-webpage",
      "songlin-justice-2024-plan",
      "tanghe-transport-2023-lettertable",
      "xiling-town-2023-pdfheader",
      "yunshan-market-2023-table");

  private SampleReports() {}

  /**
   * Loads a report in the JSON form from the class path of the calling thread's context class loader,
   * which in a test is the test class path ({@code src/test/resources}).
   *
   * @param resourceName the resource, such as {@code reports/my-bureau-2024.json}; a leading {@code /}
   *     is ignored
   * @return the report
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is not a report in the JSON form
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report json(String resourceName) {
    Resource resource = contextResource(resourceName);
    return readJson(resource.in(), resource.name());
  }

  /**
   * Loads a report in the JSON form from a resource found relative to a class, as
   * {@link Class#getResourceAsStream(String)} does: a plain name is looked up in the class's package,
   * a name starting with {@code /} from the class path root.
   *
   * @param anchor the class the name is relative to, usually the test class
   * @param resourceName the resource, such as {@code my-bureau-2024.json}
   * @return the report
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is not a report in the JSON form
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report json(Class<?> anchor, String resourceName) {
    Resource resource = anchoredResource(anchor, resourceName);
    return readJson(resource.in(), resource.name());
  }

  /**
   * Reads a report in any format fazhi reads from the class path of the calling thread's context class
   * loader, which in a test is the test class path ({@code src/test/resources}), telling the format by
   * the content: the JSON form, or a web page, Word file, PDF or published text read as the command
   * reads them. The report's source is the resource name.
   *
   * @param resourceName the resource, such as {@code reports/my-bureau-2024.docx}; a leading {@code /}
   *     is ignored
   * @return the report
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is no readable report: a {@link DocumentException}
   *     for a document that cannot be read (a legacy .doc, an encrypted or scanned file, a damaged one)
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report read(String resourceName) {
    Resource resource = contextResource(resourceName);
    return readAny(resource.in(), resource.name());
  }

  /**
   * Reads a report in any format fazhi reads from a resource found relative to a class, as
   * {@link Class#getResourceAsStream(String)} does, telling the format by the content.
   *
   * @param anchor the class the name is relative to, usually the test class
   * @param resourceName the resource, such as {@code my-bureau-2024.pdf}
   * @return the report
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is no readable report
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report read(Class<?> anchor, String resourceName) {
    Resource resource = anchoredResource(anchor, resourceName);
    return readAny(resource.in(), resource.name());
  }

  /**
   * Reads a web page, Word file, PDF or published text from the class path of the calling thread's
   * context class loader with {@link DocumentReader#defaults()}, keeping the document: its lines' map
   * back to the original (page, paragraph, source line), metadata and residue.
   *
   * @param resourceName the resource, such as {@code reports/my-bureau-2024.pdf}; a leading {@code /}
   *     is ignored
   * @return the report with its document
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is no readable document or no report (the JSON form
   *     is no document: load it with {@link #json(String)} or {@link #read(String)})
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static DocumentReport document(String resourceName) {
    Resource resource = contextResource(resourceName);
    return readDocument(resource.in(), resource.name());
  }

  /**
   * Reads a web page, Word file, PDF or published text found relative to a class, as
   * {@link Class#getResourceAsStream(String)} does, keeping the document.
   *
   * @param anchor the class the name is relative to, usually the test class
   * @param resourceName the resource, such as {@code my-bureau-2024.html}
   * @return the report with its document
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource is no readable document or no report
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static DocumentReport document(Class<?> anchor, String resourceName) {
    Resource resource = anchoredResource(anchor, resourceName);
    return readDocument(resource.in(), resource.name());
  }

  /**
   * Reads a published report text from the class path of the calling thread's context class loader,
   * which in a test is the test class path ({@code src/test/resources}), with the text reader of
   * fazhi-core. The report's source is the resource name.
   *
   * @param resourceName the resource, such as {@code reports/my-bureau-2024.txt}; a leading {@code /}
   *     is ignored
   * @return the report, holding the decoded text as its source text
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource cannot be read as an annual report (empty, binary,
   *     undecodable, too large, or not such a report)
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report text(String resourceName) {
    Resource resource = contextResource(resourceName);
    return readText(resource.in(), resource.name());
  }

  /**
   * Reads a published report text from a resource found relative to a class, as
   * {@link Class#getResourceAsStream(String)} does, with the text reader of fazhi-core.
   *
   * @param anchor the class the name is relative to, usually the test class
   * @param resourceName the resource, such as {@code my-bureau-2024.txt}
   * @return the report, holding the decoded text as its source text
   * @throws IllegalArgumentException if no such resource exists
   * @throws ReportFormatException if the resource cannot be read as an annual report
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Report text(Class<?> anchor, String resourceName) {
    Resource resource = anchoredResource(anchor, resourceName);
    return readText(resource.in(), resource.name());
  }

  /**
   * Reads the published text of a bundled sample with the text reader of fazhi-core, as a user's
   * application would read the file. Compare it with {@link #bundled(String)}, the report as the
   * samples' README says a correct reader models it.
   *
   * @param name the sample's base name, such as {@code qingshan-justice-2024-clean}; a trailing
   *     {@code .txt} is accepted
   * @return the report; its source is {@code NAME.txt}, as in the JSON form
   * @throws IllegalArgumentException if no sample has that name; the message lists the names
   * @throws ReportFormatException if the reader cannot read the sample
   */
  public static Report bundledTextReport(String name) {
    String base = baseName(name, ".txt");
    return ReportReader.defaults().read(bundledText(base), base + ".txt");
  }

  /**
   * Loads one of the sample reports bundled with this module: its JSON form, with the published text it
   * was modelled from attached as {@link Report#getSourceText() source text}, as a reader of the text
   * would give it. The validator's text rules ({@code text.*}) look at the source text, so validating
   * the loaded report finds what the samples' README lists.
   *
   * @param name the sample's base name, such as {@code qingshan-justice-2024-clean}; a trailing
   *     {@code .json} is accepted
   * @return the report
   * @throws IllegalArgumentException if no sample has that name; the message lists the names
   */
  public static Report bundled(String name) {
    String base = baseName(name, ".json");
    // by the class, not its loader: in a named module only the module's own classes can see its
    // resources
    InputStream in = SampleReports.class.getResourceAsStream("/" + BUNDLED_FOLDER + base + ".json");
    if (in == null) {
      throw unknownSample(name);
    }
    Report model = readJson(in, BUNDLED_FOLDER + base + ".json");
    return Report.builder().from(model).sourceText(bundledText(base)).build();
  }

  /**
   * Returns the published text of a bundled sample, unread: as a file of that name would hold it. Use it
   * to feed a text reader or to check locations against the text.
   *
   * @param name the sample's base name, such as {@code qingshan-justice-2024-clean}; a trailing
   *     {@code .txt} is accepted
   * @return the text, decoded from UTF-8
   * @throws IllegalArgumentException if no sample has that name; the message lists the names
   */
  public static String bundledText(String name) {
    String base = baseName(name, ".txt");
    String resource = BUNDLED_FOLDER + base + ".txt";
    try (InputStream in = SampleReports.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw unknownSample(name);
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("bundled sample '" + resource + "' is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled sample '" + resource + "'", e);
    }
  }

  /**
   * The base names of the bundled samples, each available as {@code NAME.json} (the model) and
   * {@code NAME.txt} (the published text).
   *
   * @return the names, in a fixed order: the clean report first
   */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * The base names of the bundled texts in the shapes reports are really published in (the page around
   * a report, its metadata block, a cover letter, no title, text taken out of a PDF, flattened tables,
   * and plans that are no report), each available as {@code shapes/NAME.txt} with its expected result
   * in {@code shapes/expected/NAME.json}; see {@link #shapeText(String)}.
   *
   * @return the names, sorted
   */
  public static List<String> shapeNames() {
    return SHAPES;
  }

  /**
   * Returns a bundled text in one of the shapes reports are published in, unread.
   *
   * @param name the text's base name, such as {@code qinghe-justice-2023-webpage}; a trailing
   *     {@code .txt} is accepted
   * @return the text, decoded from UTF-8
   * @throws IllegalArgumentException if no such text is bundled; the message lists the names
   */
  public static String shapeText(String name) {
    String base = baseName(name, ".txt");
    if (!SHAPES.contains(base)) {
      throw new IllegalArgumentException("no bundled shape named '" + name + "'; the shapes are "
          + String.join(", ", SHAPES));
    }
    return bundledText("shapes/" + base);
  }

  /**
   * Reads a bundled text in one of the shapes reports are published in, as an application would read
   * the file.
   *
   * @param name the text's base name, such as {@code qinghe-justice-2023-webpage}
   * @return the report; its source is {@code NAME.txt}
   * @throws IllegalArgumentException if no such text is bundled
   * @throws ReportFormatException if the reader refuses the text (the plans among the shapes are no
   *     reports, and are refused)
   */
  public static Report shapeTextReport(String name) {
    String base = baseName(name, ".txt");
    return ReportReader.defaults().read(shapeText(base), base + ".txt");
  }

  private static String baseName(String name, String extension) {
    Objects.requireNonNull(name, "name");
    return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
  }

  private static IllegalArgumentException unknownSample(String name) {
    return new IllegalArgumentException("no bundled sample named '" + name + "' (looked for "
        + BUNDLED_FOLDER + "...); the bundled samples are " + String.join(", ", BUNDLED));
  }

  /** A class path resource opened for reading, with the name errors and the report show. */
  private record Resource(InputStream in, String name) {}

  private static Resource contextResource(String resourceName) {
    Objects.requireNonNull(resourceName, "resourceName");
    String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
    InputStream in = contextLoader().getResourceAsStream(name);
    if (in == null) {
      throw missing(name);
    }
    return new Resource(in, name);
  }

  private static Resource anchoredResource(Class<?> anchor, String resourceName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resourceName, "resourceName");
    InputStream in = anchor.getResourceAsStream(resourceName);
    String shown = describe(anchor, resourceName);
    if (in == null) {
      throw missing(shown, anchor);
    }
    return new Resource(in, shown);
  }

  private static String describe(Class<?> anchor, String resourceName) {
    if (resourceName.startsWith("/")) {
      return resourceName.substring(1);
    }
    String pkg = anchor.getPackageName();
    return pkg.isEmpty() ? resourceName : pkg.replace('.', '/') + "/" + resourceName;
  }

  private static ClassLoader contextLoader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader == null ? SampleReports.class.getClassLoader() : loader;
  }

  private static IllegalArgumentException missing(String name) {
    return new IllegalArgumentException("no class path resource '" + name
        + "' (looked up with the context class loader; put the file under src/test/resources/" + name + ")");
  }

  private static IllegalArgumentException missing(String shown, Class<?> anchor) {
    return new IllegalArgumentException("no class path resource '" + shown + "' (relative to "
        + anchor.getName() + ")");
  }

  private static Report readText(InputStream in, String sourceName) {
    try (InputStream stream = in) {
      return ReportReader.defaults().read(stream, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource '" + sourceName + "'", e);
    }
  }

  private static byte[] bytes(InputStream in, String sourceName) {
    try (InputStream stream = in) {
      // no more than the document reader accepts, plus one byte so that it names the limit
      return stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          DocumentReader.defaults().limits().getMaxBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource '" + sourceName + "'", e);
    }
  }

  private static Report readAny(InputStream in, String sourceName) {
    byte[] bytes = bytes(in, sourceName);
    if (isJson(bytes)) {
      return readJson(new java.io.ByteArrayInputStream(bytes), sourceName);
    }
    return DocumentReader.defaults().readReport(bytes, sourceName).getReport();
  }

  private static DocumentReport readDocument(InputStream in, String sourceName) {
    return DocumentReader.defaults().readReport(bytes(in, sourceName), sourceName);
  }

  /** The JSON form: after a UTF-8 byte-order mark and white space, an opening brace. */
  private static boolean isJson(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    return i < b.length && b[i] == '{';
  }

  private static Report readJson(InputStream in, String sourceName) {
    try (InputStream stream = in) {
      return ReportJson.defaults().read(stream, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource '" + sourceName + "'", e);
    }
  }
}
