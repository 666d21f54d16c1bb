package dev.fazhi.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fazhi.core.Language;
import dev.fazhi.core.Reason;
import dev.fazhi.core.ReportFormatException;
import dev.fazhi.core.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes reports in the library's JSON form.
 *
 * <p>The field names are those of the model's properties and of the command's JSON output
 * ({@code issuer}, {@code reportingYear}, {@code signedOn}, {@code metrics} kinds
 * {@code TASK_COMPLETION} … {@code AMOUNT}); rates and amounts are written as decimal strings, so a
 * round trip is lossless: {@code read(write(r)).equals(r)}.
 *
 * <p>Reading is strict: unknown fields, duplicate fields, trailing content, a number where a string
 * belongs (or the reverse), a missing required field and oversized input all end in a
 * {@link ReportFormatException} that names the JSON path, line and column, in the builder's
 * {@link Builder#locale(Locale) locale}, by default {@link Language#defaultLocale()} (the JVM's default
 * locale, Chinese if its language is {@code zh}, else English). Instances are immutable and
 * thread-safe; build one once and share it.
 *
 * <p>The form is also described by a JSON Schema (draft 2020-12) shipped in this jar at
 * {@link #SCHEMA_RESOURCE}, for tools of other languages. A report without {@code sourceText} carries
 * no text, so the rules that read the text are skipped when it is validated.
 */
public final class ReportJson {

  /** Where the JSON Schema of the report form lies in this jar (read it with {@link #schema()}). */
  public static final String SCHEMA_RESOURCE = "dev/fazhi/core/json/report.schema.json";

  /** The default instances, one per language, built when first asked for. */
  private static final class Defaults {
    static final ReportJson CHINESE = builder().locale(Locale.SIMPLIFIED_CHINESE).build();
    static final ReportJson ENGLISH = builder().locale(Locale.ENGLISH).build();
  }

  private final ObjectReader reader;
  private final ObjectWriter writer;

  private final Locale locale;

  private ReportJson(Builder builder) {
    this.locale = builder.locale != null ? builder.locale : Language.defaultLocale();
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(builder.maxNestingDepth)
        .maxStringLength(builder.maxStringLength)
        .maxDocumentLength(builder.maxDocumentLength)
        .maxNumberLength(builder.maxNumberLength)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, builder.failOnUnknownFields)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .configure(SerializationFeature.INDENT_OUTPUT, builder.prettyPrint)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
    // Rates and amounts are written as strings so that no digit is lost; read them back from strings.
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    // Text fields take strings only: a number where a name belongs is a mistake to report.
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    this.reader = mapper.readerFor(Report.class);
    this.writer = mapper.writerFor(Report.class);
  }

  /**
   * The reader and writer with default settings: unknown fields rejected, nesting at most 256 deep,
   * strings at most 20 000 000 characters, documents at most 100 000 000 characters; error messages in
   * the default language, {@link Language#defaultLocale()} (the JVM's default locale, Chinese if its
   * language is {@code zh}, else English), as it is at this call.
   *
   * @return a shared default instance of that language
   */
  public static ReportJson defaults() {
    return Language.isChinese(Language.defaultLocale()) ? Defaults.CHINESE : Defaults.ENGLISH;
  }

  /**
   * The language of this instance's error messages.
   *
   * @return the locale given to the builder, or {@link Language#defaultLocale()} as it was when the
   *     instance was built
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The JSON Schema (draft 2020-12) of the report form, as shipped in this jar.
   *
   * @return the schema's location on the class path
   */
  public static URL schema() {
    // Through the class, not its loader: in a named module the resource is encapsulated.
    URL url = ReportJson.class.getResource("report.schema.json");
    if (url == null) {
      throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
    }
    return url;
  }

  /**
   * Starts a builder for non-default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a report from a JSON string.
   *
   * @param json the JSON text
   * @return the report
   * @throws ReportFormatException if the text is not a valid report in the JSON form
   */
  public Report read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * Reads a report from characters.
   *
   * @param in the characters; not closed
   * @param sourceName the name to put in error messages, such as a file name, or null
   * @return the report
   * @throws ReportFormatException if the input is not a valid report in the JSON form
   * @throws IOException if reading fails
   */
  public Report read(Reader in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser parser = reader.createParser(in)) {
      try {
        Report report = reader.readValue(parser);
        if (report == null) {
          // A document that is just "null" is valid JSON but no report.
          throw new ReportFormatException(sourceName, "$", 1, 1, Reason.of("json.nullReport"), locale,
              null);
        }
        return report;
      } catch (JsonProcessingException e) {
        // Translated while the parser is open: the error reads the token it stopped at.
        throw JsonErrors.translate(e, sourceName, locale);
      }
    } catch (CharacterCodingException e) {
      throw new ReportFormatException(sourceName, null, 0, 0, Reason.of("json.notUtf8"), locale, null);
    }
  }

  /**
   * Reads a report from UTF-8 bytes; malformed UTF-8 is an error, not replaced.
   *
   * @param in the bytes; not closed
   * @param sourceName the name to put in error messages, or null
   * @return the report
   * @throws ReportFormatException if the input is not a valid report in the JSON form
   * @throws IOException if reading fails
   */
  public Report read(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Reader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return read(decoded, sourceName);
  }

  /**
   * Reads a report from a UTF-8 JSON file; errors name the file.
   *
   * @param file the file
   * @return the report
   * @throws ReportFormatException if the file is not a valid report in the JSON form
   * @throws IOException if the file cannot be read
   */
  public Report read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Writes a report as JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public String write(Report report) {
    Objects.requireNonNull(report, "report");
    try {
      return writer.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report model could not be written as JSON", e);
    }
  }

  /**
   * Writes a report as JSON to characters.
   *
   * @param report the report
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(Report report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, report);
  }

  /**
   * Writes a report as a UTF-8 JSON file, replacing any file there.
   *
   * @param report the report
   * @param file the file
   * @throws IOException if writing fails
   */
  public void write(Report report, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(report, out);
    }
  }

  /** Settings for a {@link ReportJson}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private int maxNestingDepth = 256;
    private int maxStringLength = 20_000_000;
    private long maxDocumentLength = 100_000_000L;
    private int maxNumberLength = 1_000;
    private boolean failOnUnknownFields = true;
    private boolean prettyPrint = true;
    private Locale locale;

    private Builder() {}

    /**
     * The deepest nesting of arrays and objects accepted (default 256).
     *
     * @param depth the depth, at least 8
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast(depth, 8, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string value accepted, in characters (default 20 000 000).
     *
     * @param length the length, at least 1 000
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeast(length, 1_000, "maxStringLength");
      return this;
    }

    /**
     * The longest document accepted, in characters (default 100 000 000).
     *
     * @param length the length, at least 1 000
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1_000) {
        throw new IllegalArgumentException("maxDocumentLength must be at least 1000: " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * The longest number accepted, in digits (default 1 000).
     *
     * @param length the length, at least 20
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeast(length, 20, "maxNumberLength");
      return this;
    }

    /**
     * Whether an unknown field is an error (default true: a typo must not silently drop data).
     *
     * @param fail false to ignore unknown fields
     * @return this builder
     */
    public Builder failOnUnknownFields(boolean fail) {
      this.failOnUnknownFields = fail;
      return this;
    }

    /**
     * Whether written JSON is indented (default true).
     *
     * @param pretty false for compact output
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.prettyPrint = pretty;
      return this;
    }

    /**
     * The language of error messages ({@link ReportFormatException#getMessage()} and
     * {@link ReportFormatException#getReason()}): Chinese for a Chinese locale such as
     * {@link Locale#CHINESE}, English otherwise. The default, when this is not called, is
     * {@link Language#defaultLocale()}: the JVM's default locale at {@link #build()}, Chinese if its
     * language is {@code zh}, else English. Every exception can also be rendered in another language
     * with {@link ReportFormatException#getMessage(Locale)}.
     *
     * @param messages the language of messages
     * @return this builder
     */
    public Builder locale(Locale messages) {
      this.locale = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the immutable instance
     */
    public ReportJson build() {
      return new ReportJson(this);
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
      }
      return value;
    }
  }
}
