package dev.fazhi.spring;

import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes a {@link Report} body (JSON, UTF-8) with {@link ReportJson}: the library's strict
 * rules, whatever the application's {@code JsonMapper} is set to. A body that breaks them ends in a
 * {@link MalformedReportException} naming the JSON path, line and column. Thread-safe.
 */
public final class ReportHttpMessageConverter extends AbstractHttpMessageConverter<Report> {

  private final ReportJson json;

  /**
   * A converter with the given reader and writer.
   *
   * @param json the JSON form's reader and writer
   */
  public ReportHttpMessageConverter(ReportJson json) {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return Report.class.isAssignableFrom(clazz);
  }

  @Override
  protected Report readInternal(Class<? extends Report> clazz, HttpInputMessage input)
      throws IOException {
    try {
      return json.read(input.getBody(), null);
    } catch (ReportFormatException e) {
      throw new MalformedReportException(e, input);
    }
  }

  @Override
  protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
    Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    json.write(report, out);
    out.flush();
  }
}
