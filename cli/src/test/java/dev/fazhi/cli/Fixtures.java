package dev.fazhi.cli;

import dev.fazhi.core.json.ReportJson;
import dev.fazhi.core.model.Heading;
import dev.fazhi.core.model.Issuer;
import dev.fazhi.core.model.NumberingStyle;
import dev.fazhi.core.model.Paragraph;
import dev.fazhi.core.model.Part;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Report files for the command's tests, written into a temporary directory. */
public final class Fixtures {

  /** The bundled sample reports, relative to the cli module. */
  public static final Path SAMPLES = Path.of("..", "samples");

  private Fixtures() {}

  public static Section section(int number, Part part, String text, String body) {
    return Section.builder()
        .heading(Heading.numbered(1, NumberingStyle.CHINESE_COMMA, number, text))
        .part(part)
        .addParagraphs(Paragraph.of(body))
        .build();
  }

  /**
   * A report in order except that it lacks the principal-responsibility part (an ERROR) and is
   * signed on 15 March of the following year (late only under a 1 March deadline).
   *
   * @return the report
   */
  public static Report lacksPrincipalPart() {
    return Report.builder()
        .title("东湖区交通运输局2024年法治政府建设年度报告")
        .issuer(Issuer.named("东湖区交通运输局"))
        .reportingYear(2024)
        .signedOn(LocalDate.of(2025, 3, 15))
        .addSections(
            section(1, Part.MEASURES_AND_RESULTS, "2024年推进法治政府建设的主要举措和成效",
                "全年办理行政许可120件，其中当场办结80件、限时办结40件。"),
            section(2, Part.SHORTCOMINGS_AND_CAUSES, "存在的不足和原因",
                "执法人员培训不足，主要是由于人员调整频繁。"),
            section(3, Part.NEXT_YEAR_PLAN, "2025年推进法治政府建设的主要安排",
                "继续完善行政执法制度。"))
        .build();
  }

  public static Path writeJson(Path dir, String name, Report report) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    ReportJson.defaults().write(report, file);
    return file;
  }

  public static Path writeText(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
