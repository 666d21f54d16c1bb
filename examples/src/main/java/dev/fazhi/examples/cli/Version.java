package dev.fazhi.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The command's version, from the jar manifest ({@code Implementation-Version}). */
final class Version implements IVersionProvider {

  static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version != null ? version : "0.1.0-SNAPSHOT";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"fazhi " + current()};
  }
}
