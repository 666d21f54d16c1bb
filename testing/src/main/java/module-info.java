/**
 * Fazhi's AssertJ assertions for reports, results and findings, and the bundled sample reports.
 * Exports its one package. AssertJ's soft assertions ({@code FazhiSoftAssertions}) subclass these
 * assert classes at run time with Byte Buddy and define the proxies beside them, in this package, by a
 * private lookup: so the package is opened to AssertJ and to Byte Buddy, and to nothing else. The
 * bundled samples are read by this module's own classes, so nothing is opened for them. Byte Buddy is
 * required, though no class here uses it, because AssertJ requires it only statically: without this,
 * a modular test would not resolve it and soft assertions would fail.
 */
module dev.fazhi.testing {
  requires transitive dev.fazhi.validation;
  // SampleReports reads web pages, Word files and PDFs, and hands out a DocumentReport
  requires transitive dev.fazhi.documents;
  requires transitive org.assertj.core;
  requires net.bytebuddy;

  exports dev.fazhi.testing;

  opens dev.fazhi.testing to org.assertj.core, net.bytebuddy;
}
