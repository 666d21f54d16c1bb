package dev.fazhi.validation.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The findings JSON: what {@code fazhi check --format json} prints, what the Spring Boot starter
 * answers a report with findings with, and what a service of one's own can write for its callers.
 *
 * <pre>{@code
 * {
 *   "reports": [
 *     {"source": "…", "issuer": "…", "reportingYear": 2023, "signedOn": "2024-03-20", "publishedOn": null,
 *      "parts": {"MEASURES_AND_RESULTS": {"heading": "…", "line": 3}, "OTHER_MATTERS": null, …},
 *      "metrics": [{"kind": "RATE", "subject": "…", "numerator": 3, "denominator": 4, "ratePercent": "75", "line": 9, "quote": "…"}],
 *      "findings": [{"rule": "outline.part-missing", "severity": "ERROR", "message": "…", "part": "…",
 *                    "line": null, "column": null, "section": null, "quote": null}]}
 *   ],
 *   "errors": [{"source": "…", "message": "…"}]
 * }
 * }</pre>
 *
 * <p>The field names and their meaning are a contract, specified in the project's {@code cli.md}
 * and as a JSON Schema (draft 2020-12) shipped in this jar at {@link #SCHEMA_RESOURCE}. Every field is
 * always written, {@code null} when absent; rates and amounts are decimal strings so that nothing is
 * rounded; lines and columns are 1-based. Messages are written as the findings hold them: the
 * language is the one the {@link dev.fazhi.validation.ReportValidator} was built with.
 *
 * <p>The layout is fixed (two-space indent, {@code \n} line ends), so that the same input gives the
 * same bytes. This class has static methods only and is thread-safe; to write a long batch a report
 * at a time, use {@link FindingsJsonWriter}.
 */
public final class FindingsJson {

  /** Where the JSON Schema of the findings JSON lies in this jar (read it with {@link #schema()}). */
  public static final String SCHEMA_RESOURCE = "dev/fazhi/validation/json/findings.schema.json";

  private FindingsJson() {}

  /**
   * Writes a whole findings JSON document.
   *
   * @param reports the checked reports, in the order to write them
   * @param errors the inputs that could not be checked
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(List<CheckedReport> reports, List<CheckError> errors, Writer out)
      throws IOException {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(errors, "errors");
    FindingsJsonWriter writer = FindingsJsonWriter.open(out);
    for (CheckedReport report : reports) {
      writer.report(report);
    }
    for (CheckError error : errors) {
      writer.error(error);
    }
    writer.finish();
  }

  /**
   * The findings JSON document of some reports and errors.
   *
   * @param reports the checked reports, in the order to write them
   * @param errors the inputs that could not be checked
   * @return the document, ending with a line end
   */
  public static String toJson(List<CheckedReport> reports, List<CheckError> errors) {
    StringWriter out = new StringWriter();
    try {
      write(reports, errors, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The findings JSON document of one checked report and no errors.
   *
   * @param report the checked report
   * @return the document, ending with a line end
   */
  public static String toJson(CheckedReport report) {
    return toJson(List.of(report), List.of());
  }

  /**
   * The JSON Schema (draft 2020-12) of the findings JSON, as shipped in this jar.
   *
   * @return the schema's location on the class path
   */
  public static URL schema() {
    // Through the class, not its loader: in a named module the resource is encapsulated.
    URL url = FindingsJson.class.getResource("findings.schema.json");
    if (url == null) {
      throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
    }
    return url;
  }
}
