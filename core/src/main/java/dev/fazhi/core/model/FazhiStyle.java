package dev.fazhi.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by every generated model type.
 *
 * <p>Abstract types declare JavaBeans accessors ({@code getIssuer()}, {@code isApproximate()}) so that
 * Jakarta Validation and Jackson see properties named as in the JSON form ({@code issuer},
 * {@code approximate}); the generated {@code Immutable*} classes carry builders whose methods use those
 * property names. Generated code depends on the JDK only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = true,
    forceJacksonPropertyNames = true,
    // No @Generated or other class-path annotations: users compile against the generated types
    // without the (compile-only) Immutables annotations on their class path.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false),
    // Every @Value.Default of the model is a constant that reads no other attribute, so defaults are
    // set in the constructor in declaration order, without the "init shim" Immutables otherwise makes
    // to order them: an extra object and two volatile writes per figure, heading and residue, and a
    // getter too large for the client compiler to inline. Safe only while no default or derived
    // attribute reads another one: a new attribute that does must not rely on this style.
    unsafeDefaultAndDerived = true)
public @interface FazhiStyle {}
