package io.contacts.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The project's own main classes, from every module, wherever Maven put them (directories or jars). */
final class ProductionClasses {

    private ProductionClasses() {
    }

    static JavaClasses load() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ProductionClasses::isNotATestJar)
                .importPackages("io.contacts");
    }

    /** Outside a reactor build the domain's contract kit arrives as a {@code -tests.jar}: test code too. */
    private static boolean isNotATestJar(Location location) {
        return !location.contains("-tests.jar");
    }
}
