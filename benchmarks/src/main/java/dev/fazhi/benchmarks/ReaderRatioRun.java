package dev.fazhi.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link RatioRun}'s reading comparison with several builds of the reader in one JVM, each loaded from
 * its own class loader, all alternating with the regex pass in 0.2 s rounds of process CPU time, so
 * that a change to the reader can be measured against the builds before it on a loaded machine, where
 * runs in separate JVMs move by a third.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.fazhi.benchmarks.ReaderRatioRun 5 \
 *     before=/tmp/before/benchmarks.jar after=core/target/classes,/tmp/before/benchmarks.jar
 * </pre>
 *
 * <p>Each argument after the seconds names a build and its class path (a benchmarks jar, with a
 * build's {@code core/target/classes} before it to try other reader classes). The texts come from the
 * first build's {@code TextCorpus}. {@code --warmup S} (anywhere after the seconds) sets the CPU
 * seconds of warm-up per side, 2 by default: process CPU time counts the JIT compiler's threads, and
 * with several readers C2 is still compiling each of them well into the measured rounds after 2 s, so a
 * reader with more code to compile is charged for it there; a longer warm-up measures reading alone.
 */
public final class ReaderRatioRun {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static long sink;

  private ReaderRatioRun() {}

  /** One operation: reads or scans every text, returns a checksum. */
  private interface Op {
    long run() throws Throwable;
  }

  /**
   * Measures every build.
   *
   * @param args CPU seconds per side, then {@code name=classpath[,classpath...]} for each build, and
   *     optionally {@code --warmup S}
   * @throws Throwable if a build cannot be loaded or its reader fails
   */
  public static void main(String[] args) throws Throwable {
    double seconds = Double.parseDouble(args[0]);
    double warmup = 2;
    List<String> builds = new java.util.ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--warmup") && i + 1 < args.length) {
        warmup = Double.parseDouble(args[++i]);
      } else {
        builds.add(args[i]);
      }
    }
    int n = builds.size();
    String[] names = new String[n];
    Op[] ops = new Op[n + 1];
    List<String> texts = null;
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      String[] kv = builds.get(i).split("=", 2);
      names[i] = kv[0];
      String[] parts = kv[1].split(",");
      URL[] urls = new URL[parts.length];
      for (int k = 0; k < parts.length; k++) urls[k] = Path.of(parts[k]).toUri().toURL();
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      if (texts == null) {
        Class<?> corpus = cl.loadClass("dev.fazhi.benchmarks.TextCorpus");
        Object c = corpus.getMethod("of", int.class).invoke(null, 64);
        @SuppressWarnings("unchecked") List<String> t = (List<String>) corpus.getMethod("getTexts").invoke(c);
        texts = t;
        bytes = ((Number) corpus.getMethod("getUtf8Bytes").invoke(c)).longValue();
      }
      Class<?> readerClass = cl.loadClass("dev.fazhi.core.read.ReportReader");
      Object reader = readerClass.getMethod("defaults").invoke(null);
      Class<?> reportClass = cl.loadClass("dev.fazhi.core.model.Report");
      MethodHandle read = MethodHandles.publicLookup().findVirtual(readerClass, "read",
          MethodType.methodType(reportClass, String.class)).bindTo(reader);
      MethodHandle figures = MethodHandles.publicLookup().findVirtual(reportClass, "allFigures",
          MethodType.methodType(List.class));
      List<String> tx = texts;
      ops[i] = () -> { long s = 0; for (String t : tx) s += ((List<?>) figures.invoke(read.invoke(t))).size(); return s; };
    }
    Pattern figure = Pattern.compile("(\\d+(?:\\.\\d+)?)(件|宗|家|起|项|人次|万元|元|%)");
    List<String> tx = texts;
    ops[n] = () -> { long s = 0; for (String t : tx) { Matcher m = figure.matcher(t); while (m.find()) s += m.end() - m.start(); } return s; };
    for (Op op : ops) measure(op, warmup);
    double[] cpu = new double[n + 1];
    long[] count = new long[n + 1];
    boolean more = true;
    while (more) {
      more = false;
      for (int i = 0; i <= n; i++) {
        double[] r = measure(ops[i], 0.2);
        cpu[i] += r[0]; count[i] += (long) r[1];
      }
      for (int i = 0; i <= n; i++) if (cpu[i] < seconds) more = true;
    }
    double mb = bytes / 1e6;
    double regex = cpu[n] / count[n];
    System.out.printf(Locale.ROOT, "regex %.3f ms/op %.1f MB/s%n", regex * 1e3, mb / regex);
    double first = cpu[0] / count[0];
    for (int i = 0; i < n; i++) {
      double per = cpu[i] / count[i];
      System.out.printf(Locale.ROOT, "%-6s read %.2f ms/op %.1f MB/s | reader/regex %.3f | speed vs %s %.3f%n",
          names[i], per * 1e3, mb / per, regex / per, names[0], first / per);
    }
  }

  private static double[] measure(Op op, double seconds) throws Throwable {
    long start = OS.getProcessCpuTime(); long limit = (long) (seconds * 1e9); long ops = 0; long used;
    do { sink += op.run(); ops++; used = OS.getProcessCpuTime() - start; } while (used < limit);
    return new double[] {used / 1e9, ops};
  }
}
