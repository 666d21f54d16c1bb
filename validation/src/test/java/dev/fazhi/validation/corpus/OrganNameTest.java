package dev.fazhi.validation.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issuer names are matched as organs: region, function in full, and kind of organ. */
class OrganNameTest {

  private static String key(String name) {
    return OrganName.parse(name, OrganTable.builtIn()).key();
  }

  @Test
  void shortFormsAndEndingsNameTheSameOrgan() {
    assertThat(key("花都区卫健局")).isEqualTo(key("花都区卫生健康局")).isEqualTo(key("花都区卫生健康委员会"))
        .isEqualTo(key("广州市花都区卫生健康局")).isEqualTo("花都区|卫生健康|局");
    assertThat(key("青溪市发展和改革委员会")).isEqualTo(key("青溪市发改委"));
    assertThat(key("花溪区住房和城乡建设局")).isEqualTo(key("花溪区住建局"));
    assertThat(key("花溪区市场监管局")).isEqualTo(key("花溪区市场监督管理局"));
  }

  @Test
  void aPeoplesGovernmentIsItsRegionsGovernment() {
    assertThat(key("花溪区人民政府")).isEqualTo(key("花溪区政府")).isEqualTo("花溪区||政府");
    assertThat(key("花溪区人民政府")).isNotEqualTo(key("花溪区人民政府办公室"));
  }

  @Test
  void differentRegionsOrFunctionsAreDifferentOrgans() {
    assertThat(key("花溪区卫生健康局")).isNotEqualTo(key("青山区卫生健康局"));
    assertThat(key("花溪区卫生健康局")).isNotEqualTo(key("花溪区教育局"));
    assertThat(key("花溪区教育局")).isNotEqualTo(key("花溪区教育局办公室"));
  }

  @Test
  void theRegionIsItsLastUnitAndAMarketIsNoCity() {
    assertThat(OrganName.lastUnit("广东省广州市花都区")).isEqualTo("花都区");
    assertThat(OrganName.lastUnit("杭州市")).isEqualTo("杭州市");
    assertThat(OrganName.parse("市场监督管理局", OrganTable.builtIn()).hasRegion()).isFalse();
    assertThat(OrganName.parse("卫健局", OrganTable.builtIn()).key()).isEqualTo("|卫生健康|局");
    assertThat(key("松岭县林草中心")).isEqualTo("松岭县|林草中心|");
  }
}
