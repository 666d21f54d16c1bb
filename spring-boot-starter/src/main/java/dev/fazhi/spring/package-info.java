/**
 * Spring Boot 4 auto-configuration for Fazhi: the shared validators from {@code fazhi.*} properties
 * ({@link dev.fazhi.spring.FazhiProperties}), strict reading of report bodies
 * ({@link dev.fazhi.spring.ReportHttpMessageConverter}), {@code @Valid Report} with the configured rules
 * ({@link dev.fazhi.spring.ReportBinding}), and RFC 9457 problems and findings in the request's language
 * ({@link dev.fazhi.spring.ReportProblemHandler}, {@link dev.fazhi.spring.RequestLanguage}).
 */
package dev.fazhi.spring;
