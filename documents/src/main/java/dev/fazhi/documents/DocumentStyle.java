package dev.fazhi.documents;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The Immutables style of this module's values: as the core model's, without JSON binding. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
@interface DocumentStyle {}
