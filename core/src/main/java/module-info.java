/**
 * Fazhi's report model, reader and JSON form. Exports only its public packages; opens the model to
 * Jackson, which builds the generated {@code Immutable*} classes reflectively. The Immutables
 * annotations are needed at compile time only.
 */
module dev.fazhi.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports dev.fazhi.core;
  exports dev.fazhi.core.json;
  exports dev.fazhi.core.model;
  exports dev.fazhi.core.model.constraints;
  exports dev.fazhi.core.read;

  opens dev.fazhi.core.model to com.fasterxml.jackson.databind;
}
