package dev.fazhi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fazhi.core.model.Breakdown;
import dev.fazhi.core.model.Figure;
import dev.fazhi.core.model.Rate;
import dev.fazhi.core.model.Subset;
import dev.fazhi.core.model.TaskCompletion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the samples honest: exactly the arithmetic faults the samples' README lists are in the JSON
 * models, and every other checkable figure agrees. An independent, deliberately simple check, not the
 * validator.
 */
class SampleArithmeticTest {

  @Test
  void cleanSampleHasNoArithmeticFault() {
    assertThat(faults("qingshan-justice-2024-clean")).isEmpty();
  }

  @Test
  void webCopyHasAnOverCompletionAndABreakdownThatDoesNotAddUp() {
    assertThat(faults("yunxi-market-2023-webcopy")).containsExactly(
        "completed exceeds assigned: 承接“双随机、一公开”抽查任务86个，完成抽查任务84个（免检5个），完成率100%",
        "breakdown sum 207 != 215: 共办理行政处罚案件215件，其中食品安全类96件、药品医疗器械类31件、特种设备类18件、价格和计量类27件、其他类35件");
  }

  @Test
  void thematicSampleHasARateThatDisagreesWithItsCounts() {
    assertThat(faults("linjiang-ecology-2022-thematic")).containsExactly(
        "rate 97.6 != 95.2: 立案查处环境违法案件124件，结案118件，结案率97.6%");
  }

  private static List<String> faults(String sample) {
    List<String> out = new ArrayList<>();
    for (Figure figure : SampleReports.bundled(sample).allFigures()) {
      String quote = figure.getQuote().orElseThrow();
      if (figure instanceof TaskCompletion task) {
        long done = task.getCompleted() + task.getClosed().orElse(0);
        if (done > task.getAssigned()) {
          out.add("completed exceeds assigned: " + quote);
        } else if (task.getRatePercent().isPresent()
            && !rounded(done, task.getAssigned(), task.getRatePercent().get()).equals(task.getRatePercent().get())) {
          out.add("completion rate: " + quote);
        }
      } else if (figure instanceof Rate rate) {
        BigDecimal computed = rounded(rate.getNumerator(), rate.getDenominator(), rate.getRatePercent());
        if (!computed.equals(rate.getRatePercent())) {
          out.add("rate " + rate.getRatePercent() + " != " + computed + ": " + quote);
        }
      } else if (figure instanceof Breakdown breakdown) {
        if (breakdown.partsSum() != breakdown.getTotal()) {
          out.add("breakdown sum " + breakdown.partsSum() + " != " + breakdown.getTotal() + ": " + quote);
        }
        assertThat(breakdown.getPartNames()).as(quote).hasSameSizeAs(breakdown.getParts());
      } else if (figure instanceof Subset subset && subset.getSubset() > subset.getTotal()) {
        out.add("subset exceeds total: " + quote);
      }
    }
    return out;
  }

  /** numerator / denominator in percent, rounded half-up to the decimals the stated rate was written with. */
  private static BigDecimal rounded(long numerator, long denominator, BigDecimal stated) {
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
  }
}
