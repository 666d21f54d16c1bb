package dev.fazhi.documents;

/**
 * The time limit of one read, checked between units of work: no thread is stopped from outside, so a
 * read ends with a clear error at the next check after its time has run out.
 */
public final class Deadline {

  private final long end;
  private final long limitMillis;
  private final String source;
  private int calls;

  /**
   * Starts a deadline now.
   *
   * @param limits the limits (their time limit)
   * @param source the source name for the error
   */
  public Deadline(DocumentLimits limits, String source) {
    this.limitMillis = limits.getMaxTime().toMillis();
    this.end = System.nanoTime() + limits.getMaxTime().toNanos();
    this.source = source;
  }

  /**
   * Fails if the time has run out. Cheap: reads the clock on every 64th call only.
   *
   * @param page the page being read, or 0
   * @throws DocumentException if the time limit is over
   */
  public void check(int page) {
    if ((++calls & 63) == 0) {
      checkNow(page);
    }
  }

  /**
   * Fails if the time has run out, reading the clock on this call.
   *
   * @param page the page being read, or 0
   * @throws DocumentException if the time limit is over
   */
  public void checkNow(int page) {
    if (System.nanoTime() - end > 0) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, page, null, "timeLimit", limitMillis);
    }
  }
}
