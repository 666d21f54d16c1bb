package dev.fazhi.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4 service that checks the reports posted to it, with nothing of Fazhi's but the
 * starter on its class path and a few lines in {@code application.properties}.
 *
 * <pre>
 * curl -H 'Content-Type: application/json' -H 'Accept-Language: en' \
 *      --data-binary @samples/yunxi-market-2023-webcopy.json http://127.0.0.1:8080/reports
 * </pre>
 */
@SpringBootApplication
public class ReportCheckApplication {

  /** Started by {@link #main}. */
  public ReportCheckApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(ReportCheckApplication.class, args);
  }
}
