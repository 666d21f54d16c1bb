package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A digest made once the common wording is known (its passages fingerprinted and packed as the text is
 * read) is the digest made while learning and fingerprinted afterwards, field by field.
 */
class PackedDigestTest {

  private static final Path SAMPLES = Path.of("../corpus-samples");

  @Test
  void fingerprintingAsReadIsFingerprintingAfterwards() throws Exception {
    ReportReader reader = ReportReader.builder().build();
    List<Report> reports = new ArrayList<>();
    for (String year : List.of("2022", "2023", "2024")) {
      try (Stream<Path> files = Files.list(SAMPLES.resolve(year))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          reports.add(reader.read(file));
        }
      }
    }
    OrganTable table = OrganTable.builtIn();
    CommonWording common = new CommonWording(reports.size(), 2, 0.1);
    for (Report report : reports) {
      common.count(ReportDigest.of(report, "x", Role.HISTORY, table, null, 50, new ReportDigest.Scratch()).distinctShingles);
    }
    common.freeze();
    int passages = 0;
    for (int minimumOwn : new int[] {1, 10, 50}) {
      for (int i = 0; i < reports.size(); i++) {
        Role role = i % 2 == 0 ? Role.CHECKED : Role.HISTORY;
        ReportDigest later = ReportDigest.of(reports.get(i), "r" + i, role, table, null, minimumOwn, new ReportDigest.Scratch());
        later.fingerprintPassages(common, minimumOwn);
        ReportDigest asRead = ReportDigest.of(reports.get(i), "r" + i, role, table, common, minimumOwn, new ReportDigest.Scratch());
        assertThat(DigestSameness.describe(asRead)).isEqualTo(DigestSameness.describe(later));
        assertThat(DigestSameness.sameFigures(asRead, later)).isTrue();
        passages += asRead.passageCount;
      }
    }
    assertThat(passages).as("passages kept and compared").isPositive();
  }
}
