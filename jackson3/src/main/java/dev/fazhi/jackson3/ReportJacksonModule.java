package dev.fazhi.jackson3;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import java.util.Objects;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 ({@code tools.jackson}) module through which an {@code ObjectMapper} reads and writes
 * {@link Report}s in the library's JSON form, with exactly the rules and errors of {@link ReportJson}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReportJacksonModule()).build();
 * Report report = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <p>The model carries no Jackson 3 annotations: this module hands every report value to
 * {@link ReportJson}, which is the one implementation of the form. So a report read here rejects the
 * same unknown and duplicate fields, type mismatches and missing fields as {@code ReportJson} does,
 * whatever the mapper's own settings. A failure is a {@link tools.jackson.databind.DatabindException}
 * whose cause is the {@link dev.fazhi.core.ReportFormatException}: its path is relative to the report
 * value, its line and column are those of the mapper's input, and
 * {@link dev.fazhi.core.ReportFormatException#getMessage(java.util.Locale) getMessage(locale)} renders
 * it in any supported language. Spring Boot 4 adds a module bean like this one to its
 * {@code JsonMapper} by itself. Immutable and thread-safe.
 */
public final class ReportJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with {@link ReportJson#defaults()}. */
  public ReportJacksonModule() {
    this(ReportJson.defaults());
  }

  /**
   * A module with the given reader and writer (limits, message language, indentation ignored: the
   * mapper's own generator lays the output out).
   *
   * @param json the reader and writer of the JSON form
   */
  public ReportJacksonModule(ReportJson json) {
    super("fazhi-report");
    Objects.requireNonNull(json, "json");
    addDeserializer(Report.class, new ReportDeserializer<>(json, report -> report));
    addDeserializer(ImmutableReport.class, new ReportDeserializer<>(json, ImmutableReport::copyOf));
    ReportSerializer serializer = new ReportSerializer(json);
    addSerializer(Report.class, serializer);
    addSerializer(ImmutableReport.class, serializer);
  }
}
