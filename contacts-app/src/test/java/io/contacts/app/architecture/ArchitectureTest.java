package io.contacts.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real modules keep the hexagon's boundaries. */
class ArchitectureTest {

    private static final Layout LAYOUT = Layout.under("io.contacts");
    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = ProductionClasses.load();
    }

    @Test
    void everyModuleIsImported() {
        for (String root : new String[] {LAYOUT.domain(), LAYOUT.persistence(), LAYOUT.http(), LAYOUT.app()}) {
            assertThat(classes.stream().anyMatch(type -> type.getPackageName().startsWith(root)))
                    .as("classes of %s were imported", root).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return ArchitectureRules.all(LAYOUT).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
