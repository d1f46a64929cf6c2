package io.contacts.app.cli;

import io.contacts.app.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the build's, the same that {@code GET /version} answers. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"contacts " + BuildInfo.current().version()};
    }
}
