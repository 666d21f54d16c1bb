/**
 * Fazhi's Jackson 3 ({@code tools.jackson}) module: {@link dev.fazhi.jackson3.ReportJacksonModule} hands
 * report values to the core's {@code ReportJson}. Exports its one package; it needs no reflective
 * access, since it registers its serializers as instances. The name keeps the one this jar had as an
 * automatic module, digit and all, so that nothing that requires it breaks.
 */
@SuppressWarnings("module") // "jackson3" ends in a digit: it names Jackson 3, as the artifact does
module dev.fazhi.jackson3 {
  requires transitive dev.fazhi.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports dev.fazhi.jackson3;
}
