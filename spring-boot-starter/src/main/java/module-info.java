/**
 * Fazhi's Spring Boot 4 starter. Exports {@code dev.fazhi.spring}, its auto-configuration and the types
 * an application may inject or replace. Spring reads the configuration classes, binds
 * {@code FazhiProperties} and subclasses the configuration classes with CGLIB, so the package is opened
 * to the Spring modules that do so, and to nothing else. Spring Boot's modules are automatic modules;
 * Spring MVC and the servlet API are optional, as in the POM.
 */
module dev.fazhi.spring {
  requires transitive dev.fazhi.validation;
  requires transitive dev.fazhi.jackson3;
  requires spring.beans;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.context;
  requires spring.core;
  requires spring.web;
  requires static spring.webmvc;
  requires static jakarta.servlet;

  exports dev.fazhi.spring;

  opens dev.fazhi.spring to spring.core, spring.beans, spring.context, spring.boot;
}
