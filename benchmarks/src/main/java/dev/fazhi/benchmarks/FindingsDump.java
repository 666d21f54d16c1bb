package dev.fazhi.benchmarks;

import dev.fazhi.benchmarks.gen.GeneratedReport;
import dev.fazhi.benchmarks.gen.ReportTextGenerator;
import dev.fazhi.core.model.ImmutableReport;
import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import dev.fazhi.validation.Finding;
import dev.fazhi.validation.ReportValidator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints every finding of generated reports, so that two builds of the validator can be compared
 * byte for byte: run it with each build's jar on the class path and compare the files (or the
 * digests it prints). Each report is validated in four models (the generator's model without and
 * with the source text, the reader's model of the text with it, and that model without it), in
 * Chinese and in English.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.FindingsDump [reports] [out file]
 * </pre>
 */
public final class FindingsDump {

  private FindingsDump() {}

  /**
   * Writes the findings.
   *
   * @param args optional: the number of reports (default 3 000) and the output file (default
   *     {@code findings.txt})
   * @throws IOException if the file cannot be written
   * @throws NoSuchAlgorithmException never
   */
  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    Path out = Path.of(args.length > 1 ? args[1] : "findings.txt");
    ReportTextGenerator generator = ReportTextGenerator.withSeed(20261203L);
    ReportReader reader = ReportReader.defaults();
    List<ReportValidator> validators = List.of(
        ReportValidator.builder().locale(Locale.CHINA).build(),
        ReportValidator.builder().locale(Locale.ENGLISH).build());
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long findings = 0;
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
        StandardCharsets.UTF_8))) {
      for (int i = 0; i < count; i++) {
        GeneratedReport generated = generator.generate(i);
        Report read = reader.read(generated.getText());
        List<Report> models = List.of(generated.toReport(false), generated.toReport(true), read,
            ImmutableReport.copyOf(read).withSourceText(Optional.empty()));
        for (int m = 0; m < models.size(); m++) {
          for (ReportValidator validator : validators) {
            StringBuilder text = new StringBuilder();
            text.append("# report ").append(i).append(" model ").append(m).append(' ')
                .append(validator.getLocale()).append('\n');
            for (Finding finding : validator.validate(models.get(m)).getFindings()) {
              text.append(finding.getSeverity()).append(' ').append(finding.getRule()).append(" | ")
                  .append(finding.getMessage()).append(" | key=").append(finding.getMessageKey())
                  .append(" args=").append(finding.getArguments())
                  .append(" expected=").append(finding.getExpected())
                  .append(" actual=").append(finding.getActual())
                  .append(" imbalance=").append(finding.getImbalance())
                  .append(" part=").append(finding.getPart())
                  .append(" location=").append(finding.getLocation())
                  .append(" section=").append(finding.getSection())
                  .append(" quote=").append(finding.getQuote()).append('\n');
              findings++;
            }
            String s = text.toString();
            writer.write(s);
            digest.update(s.getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
    System.out.println(count + " reports, " + findings + " findings, sha256 "
        + HexFormat.of().formatHex(digest.digest()));
  }
}
