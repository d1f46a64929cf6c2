package io.contacts.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's own, as Maven wrote it into the manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"contacts " + (version == null ? "(development build)" : version)};
    }
}
