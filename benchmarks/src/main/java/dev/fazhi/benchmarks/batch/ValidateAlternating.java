package dev.fazhi.benchmarks.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CPU time {@code ReportValidator.validate} costs in two builds, in one JVM: loads each build's
 * jar in a class loader of its own, reads the same texts with each build's reader (as the command
 * reads them: from the file, source text kept), then validates all of them with one build and then
 * the other, round after round, timing only the validate calls by the thread's CPU clock. Both builds
 * are compiled by the same JIT under the same load, minutes apart at most, so a difference of a few
 * per cent shows where whole commands on a shared machine hide it.
 *
 * <pre>java [JVM options] -cp benchmarks.jar dev.fazhi.benchmarks.batch.ValidateAlternating
 *     JAR_A JAR_B DIR [COUNT] [ROUNDS]</pre>
 *
 * <p>Prints each round's CPU time per build and a checksum of the findings (their count and the hash
 * of their messages and locations), which must agree between the builds.
 */
public final class ValidateAlternating {

  private ValidateAlternating() {}

  /** One build: its validator and the reports its reader made. */
  private record Build(String name, Object validator, Method validate, Method findings,
      List<Object> reports) {}

  /**
   * Runs the measurement.
   *
   * @param args the two jars, the directory of texts, how many texts (default 1 000), how many rounds
   *     (default 5)
   * @throws Exception if a jar or a text cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ValidateAlternating JAR_A JAR_B DIR [COUNT] [ROUNDS]");
      System.exit(2);
    }
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[2]))) {
      files = listing.filter(Files::isRegularFile).sorted().limit(count).toList();
    }
    Build a = load("A", Path.of(args[0]), files);
    Build b = load("B", Path.of(args[1]), files);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Build build : round % 2 == 1 ? List.of(a, b) : List.of(b, a)) {
        List<List<?>> results = new ArrayList<>(build.reports().size());
        long t0 = bean.getCurrentThreadCpuTime();
        for (Object report : build.reports()) {
          results.add((List<?>) build.findings().invoke(build.validate().invoke(build.validator(),
              report)));
        }
        long t1 = bean.getCurrentThreadCpuTime();
        long checksum = 0;
        long findings = 0;
        for (List<?> found : results) {
          findings += found.size();
          checksum = 31 * checksum + found.toString().hashCode();
        }
        line.append(String.format(Locale.ROOT, "  %s %.3f s (%.1f us each, %d findings, %x)",
            build.name(), (t1 - t0) / 1e9, (t1 - t0) / 1e3 / build.reports().size(), findings,
            checksum));
      }
      System.out.println(line);
    }
  }

  private static Build load(String name, Path jar, List<Path> files) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> readerClass = loader.loadClass("dev.fazhi.core.read.ReportReader");
    Object reader = readerClass.getMethod("defaults").invoke(null);
    Method read = readerClass.getMethod("read", Path.class);
    List<Object> reports = new ArrayList<>(files.size());
    for (Path file : files) {
      reports.add(read.invoke(reader, file));
    }
    Class<?> validatorClass = loader.loadClass("dev.fazhi.validation.ReportValidator");
    Object builder = validatorClass.getMethod("builder").invoke(null);
    builder.getClass().getMethod("locale", Locale.class).invoke(builder, Locale.ENGLISH);
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    Class<?> reportClass = loader.loadClass("dev.fazhi.core.model.Report");
    Method validate = validatorClass.getMethod("validate", reportClass);
    Method findings = loader.loadClass("dev.fazhi.validation.ValidationResult")
        .getMethod("getFindings");
    return new Build(name, validator, validate, findings, reports);
  }
}
