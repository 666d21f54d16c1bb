/**
 * Test support for users of Fazhi: {@link dev.fazhi.testing.FazhiAssertions AssertJ assertions} on
 * reports, on validation results and on single findings (also
 * {@link dev.fazhi.testing.FazhiSoftAssertions soft}), and {@link dev.fazhi.testing.SampleReports loaders}
 * for reports on the test class path, in the JSON form or as published texts, and for the sample reports
 * bundled in this module under {@code dev/fazhi/testing/samples/}.
 */
package dev.fazhi.testing;
