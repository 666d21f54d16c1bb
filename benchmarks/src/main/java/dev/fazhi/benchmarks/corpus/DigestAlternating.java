package dev.fazhi.benchmarks.corpus;

import dev.fazhi.core.model.Report;
import dev.fazhi.core.read.ReportReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares the digest of two builds in one JVM: reads the texts once (with this jar's reader, which
 * both builds share), then digests and adds them, in path order, with each build's
 * {@code dev.fazhi.validation} classes in turn, loaded from its own jar by a class loader of its own,
 * and times only the digest calls by the thread's CPU clock. The builds alternate round by round, so
 * that both see the same load; each build's first round includes its compilation.
 *
 * <pre>java -cp benchmarks.jar dev.fazhi.benchmarks.corpus.DigestAlternating DIR COUNT ROUNDS JAR...</pre>
 *
 * <p>Prints per round and build the digests' CPU time and, in the first round, the corpus findings
 * (which must agree between builds).
 */
public final class DigestAlternating {

  private DigestAlternating() {}

  /** Loads {@code dev.fazhi.validation} classes from its own jar, everything else from the parent. */
  private static final class ValidationFirst extends URLClassLoader {
    ValidationFirst(URL jar, ClassLoader parent) {
      super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.fazhi.validation.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }

  /** One build's entry points, found by reflection. */
  private static final class Build {
    final String name;
    final Method builder;
    final Method build;
    final Method digest;
    final Method add;
    final Method finish;
    final Method byReport;
    final Object checked;
    final java.lang.reflect.Field[] fields;

    Build(String jar) throws Exception {
      name = jar;
      ClassLoader loader = new ValidationFirst(Path.of(jar).toUri().toURL(),
          DigestAlternating.class.getClassLoader());
      Class<?> check = loader.loadClass("dev.fazhi.validation.corpus.CorpusCheck");
      Class<?> role = loader.loadClass("dev.fazhi.validation.corpus.Role");
      Class<?> digestType = loader.loadClass("dev.fazhi.validation.corpus.ReportDigest");
      builder = check.getMethod("builder");
      build = builder.getReturnType().getMethod("build");
      digest = check.getMethod("digest", Report.class, String.class, role);
      add = check.getMethod("add", digestType);
      finish = check.getMethod("finish");
      byReport = finish.getReturnType().getMethod("byReport");
      checked = role.getField("CHECKED").get(null);
      List<java.lang.reflect.Field> kept = new ArrayList<>();
      for (String field : new String[] {"textHash", "keptChars", "sketch", "passageCount", "passageInfo",
          "passageData", "figures", "claims"}) {
        java.lang.reflect.Field f = digestType.getDeclaredField(field);
        f.setAccessible(true);
        kept.add(f);
      }
      fields = kept.toArray(new java.lang.reflect.Field[0]);
    }

    /** A hash of the digest's fields, as made (before it is added). */
    long checksum(Object digest) throws IllegalAccessException {
      long h = 0;
      for (java.lang.reflect.Field f : fields) {
        Object v = f.get(digest);
        int x = v instanceof char[] c ? java.util.Arrays.hashCode(c)
            : v instanceof int[] i ? java.util.Arrays.hashCode(i) : java.util.Objects.hashCode(v);
        h = h * 1_000_003L + x;
      }
      return h;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args the directory, how many texts, how many rounds, the jars
   * @throws Exception if a file cannot be read or a build lacks the entry points
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Build> builds = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      builds.add(new Build(args[i]));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(Files::isRegularFile).sorted().limit(count).toList();
    }
    ReportReader reader = ReportReader.builder().figures(false).build();
    List<Report> reports = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      reports.add(reader.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
      names.add(file.toString());
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int b = 0; b < builds.size(); b++) {
        Build build = builds.get(round % 2 == 1 ? b : builds.size() - 1 - b);
        Object check = build.build.invoke(build.builder.invoke(null));
        long nanos = 0;
        long sum = 0;
        for (int r = 0; r < reports.size(); r++) {
          long t0 = bean.getCurrentThreadCpuTime();
          Object digest = build.digest.invoke(check, reports.get(r), names.get(r), build.checked);
          nanos += bean.getCurrentThreadCpuTime() - t0;
          if (round == 1) {
            sum = sum * 31 + build.checksum(digest);
          }
          build.add.invoke(check, digest);
        }
        line.append(String.format("  %s %.1f us", Path.of(build.name).getFileName(), nanos / 1e3 / reports.size()));
        if (round == 1) {
          Object result = build.finish.invoke(check);
          int findings = 0;
          for (Object list : ((Map<?, ?>) build.byReport.invoke(result)).values()) {
            findings += ((List<?>) list).size();
          }
          line.append(" (findings ").append(findings).append(", checksum ").append(Long.toHexString(sum))
              .append(')');
        }
      }
      System.out.println(line);
    }
  }
}
