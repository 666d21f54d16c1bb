package dev.fazhi.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import java.util.Objects;

/**
 * A Jackson 2 module through which an {@code ObjectMapper} of the application's own reads and writes
 * {@link Report}s (also inside objects of its own) exactly as {@link ReportJson} does: the same
 * strict rules, whatever the mapper's settings, and the same errors.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ReportJsonModule()).build();
 * }</pre>
 *
 * <p>Without it a plain mapper sees the model's Jackson annotations, which only serve
 * {@code ReportJson}, and reads loosely (its own coercions, its own unknown-field setting). A failure
 * is a {@link com.fasterxml.jackson.databind.JsonMappingException} whose cause is the
 * {@link dev.fazhi.core.ReportFormatException}: its path is relative to the report value, its line and
 * column are those of the offending token in the mapper's input. For Jackson 3 ({@code tools.jackson})
 * the same module is {@code dev.fazhi.jackson3.ReportJacksonModule} of {@code fazhi-jackson3}.
 * Immutable and thread-safe.
 */
public final class ReportJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module with {@link ReportJson#defaults()}. */
  public ReportJsonModule() {
    this(ReportJson.defaults());
  }

  /**
   * A module with the given reader and writer (its indentation ignored: the mapper lays out).
   *
   * @param json the reader and writer of the JSON form
   */
  public ReportJsonModule(ReportJson json) {
    super("fazhi-report");
    Objects.requireNonNull(json, "json");
    addDeserializer(Report.class, new ModuleDeserializer<>(json, report -> report));
    addDeserializer(ImmutableReport.class, new ModuleDeserializer<>(json, ImmutableReport::copyOf));
    ModuleSerializer serializer = new ModuleSerializer(json);
    addSerializer(Report.class, serializer);
    addSerializer(ImmutableReport.class, serializer);
  }
}
