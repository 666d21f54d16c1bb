package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.EmbeddedPart;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import dev.fazhi.core.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled samples are valid reports in the JSON form, and their locations are true to their texts. */
class BundledSamplesTest {

  static List<String> samples() {
    return SampleReports.bundledNames();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonIsExactlyWhatReportJsonWritesAndRoundTrips(String name) throws IOException {
    String json = resource(name + ".json");
    Report report = ReportJson.defaults().read(json);

    String written = ReportJson.defaults().write(report);
    assertThat(ReportJson.defaults().read(written)).isEqualTo(report);
    assertThat(written).isEqualTo(json.stripTrailing());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textIsAReportSizedUtf8File(String name) throws IOException {
    byte[] bytes = bytes(name + ".txt");

    assertThat(bytes.length).isBetween(8 * 1024, 15 * 1024);
    assertThat(SampleReports.bundledText(name)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFigureLocationPointsAtItsQuote(String name) {
    Report report = SampleReports.bundled(name);
    String text = SampleReports.bundledText(name);

    assertThat(report.allFigures()).hasSizeGreaterThan(30);
    for (Figure figure : report.allFigures()) {
      assertThat(figure.getQuote()).as("quote of %s", figure).isPresent();
      SourceLocation where = figure.getLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset())).as("text at %s", where).startsWith(figure.getQuote().get());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyFigureStandsInsideItsParagraph(String name) {
    Report report = SampleReports.bundled(name);
    String text = SampleReports.bundledText(name);

    for (Paragraph paragraph : report.allParagraphs()) {
      SourceLocation where = paragraph.getLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset())).startsWith(paragraph.getText());
      for (Figure figure : paragraph.getFigures()) {
        int offset = figure.getLocation().orElseThrow().getOffset();
        assertThat(offset).as("offset of %s", figure.getQuote())
            .isBetween(where.getOffset(), where.getOffset() + paragraph.getText().length() - 1);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void headingsDatesAndEmbeddedPartsPointAtTheirText(String name) {
    Report report = SampleReports.bundled(name);
    String text = SampleReports.bundledText(name);

    for (Section section : report.allSections()) {
      SourceLocation where = section.getLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset())).startsWith(section.getHeading().fullText());
    }
    for (EmbeddedPart embedded : report.getEmbeddedParts().values()) {
      SourceLocation where = embedded.getLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset())).startsWith(embedded.getQuote().orElseThrow());
    }
    report.getSignedOn().ifPresent(date -> {
      SourceLocation where = report.getSignedOnLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset()))
          .startsWith(date.format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
    });
    report.getPublishedOn().ifPresent(date -> {
      SourceLocation where = report.getPublishedOnLocation().orElseThrow();
      assertConsistent(text, where);
      assertThat(text.substring(where.getOffset())).startsWith(date.toString());
    });
    assertThat(text).contains(report.getIssuer().orElseThrow().getName());
    assertThat(report.getSource()).hasValue(name + ".txt");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void topLevelSectionsAllBelongToAPart(String name) {
    Report report = SampleReports.bundled(name);

    for (Section section : report.getSections()) {
      assertThat(section.getPart()).as("part of %s", section.getHeading().fullText()).isPresent();
    }
    assertThat(report.partsWithSections()).contains(Part.MEASURES_AND_RESULTS, Part.NEXT_YEAR_PLAN);
  }

  /** Line and column must name the same character as the offset. */
  private static void assertConsistent(String text, SourceLocation where) {
    assertThat(where.getOffset()).as("offset of %s", where).isBetween(0, text.length() - 1);
    int lineStart = text.lastIndexOf('\n', where.getOffset() - 1) + 1;
    long line = text.substring(0, where.getOffset()).chars().filter(c -> c == '\n').count() + 1;
    assertThat(where.getLine()).as("line of %s", where).isEqualTo((int) line);
    assertThat(where.getColumn()).as("column of %s", where).isEqualTo(where.getOffset() - lineStart + 1);
  }

  private static String resource(String file) throws IOException {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String file) throws IOException {
    String name = SampleReports.BUNDLED_FOLDER + file;
    // through the class, not its loader: in the module, the samples are this module's own resources
    try (InputStream in = BundledSamplesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
