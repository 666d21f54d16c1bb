package dev.fazhi.spring;

import dev.fazhi.core.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language of the answer to a request: the best supported match of its {@code Accept-Language},
 * or {@code fazhi.locale} when it names none. Every message of the answer (problem details, findings,
 * part names) is rendered in this one locale. Immutable and thread-safe.
 */
public final class RequestLanguage {

  private final Locale defaultLocale;

  /**
   * The language policy with a default.
   *
   * @param defaultLocale the language of a request without {@code Accept-Language}
   */
  public RequestLanguage(Locale defaultLocale) {
    this.defaultLocale = Language.supported(defaultLocale);
  }

  /**
   * The language of the answer to a request.
   *
   * @param request the request
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  public Locale of(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return defaultLocale;
    }
    return Language.supported(request.getLocale());
  }

  /**
   * The language of the answer to the request being handled on this thread, or the default outside
   * a request.
   *
   * @return the locale
   */
  public Locale current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      return of(servlet.getRequest());
    }
    return defaultLocale;
  }
}
