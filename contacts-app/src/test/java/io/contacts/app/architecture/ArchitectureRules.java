package io.contacts.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.contacts.app.architecture.Layout.tree;

/** The hexagon's boundaries as ArchUnit rules, parameterised by layout so a bad fixture can prove each can fail. */
final class ArchitectureRules {

    /** Database access libraries: the persistence adapter's business alone. */
    static final String[] PERSISTENCE_LIBRARIES = {"org.jooq..", "java.sql..", "org.flywaydb..", "org.h2..",
        "org.postgresql.."};
    /** Web and serialisation libraries: the HTTP adapter's business alone. */
    static final String[] HTTP_LIBRARIES = {"io.undertow..", "org.xnio..", "jakarta.xml.bind..",
        "com.fasterxml.jackson.."};

    private ArchitectureRules() {
    }

    static List<ArchRule> all(Layout layout) {
        return List.of(domainDependsOnlyOnJavaAndItself(layout), httpDoesNotDependOnPersistence(layout),
                persistenceDoesNotDependOnHttp(layout), persistenceLibrariesOnlyInPersistence(layout),
                httpLibrariesOnlyInHttp(layout), useCasesAreImplementedOnlyInService(layout));
    }

    static ArchRule domainDependsOnlyOnJavaAndItself(Layout layout) {
        return classes().that().resideInAPackage(tree(layout.domain()))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", tree(layout.domain()))
                .because("the domain is embeddable anywhere: the JDK's java.* is all it may need");
    }

    static ArchRule httpDoesNotDependOnPersistence(Layout layout) {
        return noClasses().that().resideInAPackage(tree(layout.http()))
                .should().dependOnClassesThat().resideInAPackage(tree(layout.persistence()))
                .because("adapters meet only in the app, through the domain's ports");
    }

    static ArchRule persistenceDoesNotDependOnHttp(Layout layout) {
        return noClasses().that().resideInAPackage(tree(layout.persistence()))
                .should().dependOnClassesThat().resideInAPackage(tree(layout.http()))
                .because("adapters meet only in the app, through the domain's ports");
    }

    static ArchRule persistenceLibrariesOnlyInPersistence(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(tree(layout.persistence()))
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_LIBRARIES)
                .because("jOOQ and JDBC types stay in the persistence adapter");
    }

    static ArchRule httpLibrariesOnlyInHttp(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(tree(layout.http()))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_LIBRARIES)
                .because("Undertow, JAXB and JSON types stay in the HTTP adapter");
    }

    static ArchRule useCasesAreImplementedOnlyInService(Layout layout) {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(layout.domainPortIn())
                .and(simpleNameEndingWith("UseCase").or(simpleNameEndingWith("Query")))
                .as("a use case of " + layout.domainPortIn());
        return classes().that().implement(useCase)
                .should().resideInAPackage(layout.domainService())
                .because("business rules live in the domain's services, not in an adapter");
    }
}
