package io.contacts.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.contacts.app.architecture.Layout.tree;

/**
 * The hexagon's boundaries as ArchUnit rules, parameterised by layout so a bad fixture can prove each can fail.
 *
 * <p>Only what Maven's module graph cannot see is here: the adapters cannot reach each other because neither
 * module depends on the other, but nothing in the poms keeps JDBC out of the app, a JDK-only domain off
 * {@code java.sql}, an adapter off the domain's services, or packages free of cycles.
 */
final class ArchitectureRules {

    /** Database access libraries: the persistence adapter's business alone. */
    static final String[] PERSISTENCE_LIBRARIES = {"org.jooq..", "java.sql..", "org.flywaydb..", "org.h2..",
        "org.postgresql.."};
    /** Web and XML binding libraries: the HTTP adapter's business alone. */
    static final String[] HTTP_LIBRARIES = {"io.undertow..", "org.xnio..", "jakarta.xml.bind.."};
    /** JSON: what the driving adapters write for their clients — the HTTP APIs, and the command line's lists. */
    static final String[] JSON_LIBRARIES = {"com.fasterxml.jackson.."};

    /** The packages of the JDK's {@code java.base} module that the domain may use. */
    static final String[] JAVA_BASE_PACKAGES = {"java.lang..", "java.util..", "java.time..", "java.math..",
        "java.io..", "java.nio..", "java.net..", "java.security..", "javax.crypto.."};

    private ArchitectureRules() {
    }

    static List<ArchRule> all(Layout layout) {
        return List.of(domainDependsOnlyOnJavaBaseAndItself(layout), persistenceLibrariesOnlyInPersistence(layout),
                httpLibrariesOnlyInHttp(layout), jsonOnlyInTheDrivingAdapters(layout),
                useCasesAreImplementedOnlyInService(layout),
                adaptersUseTheDomainOnlyThroughItsPortsAndModel(layout), modelDependsOnNeitherPortsNorServices(layout),
                drivingAndDrivenPortsAreIndependent(layout), packagesAreFreeOfCycles(layout),
                apiVersionsAreIndependent(layout), sharedHttpKnowsNoApiVersion(layout),
                adaptersNeverReachPastTheUseCases(layout));
    }

    static ArchRule domainDependsOnlyOnJavaBaseAndItself(Layout layout) {
        return classes().that().resideInAPackage(tree(layout.domain()))
                .should().onlyDependOnClassesThat().resideInAnyPackage(and(JAVA_BASE_PACKAGES, tree(layout.domain())))
                .because("the domain is embeddable anywhere: java.base is all it may need (the module path cannot"
                        + " catch java.sql or java.xml on the class path)");
    }

    static ArchRule persistenceLibrariesOnlyInPersistence(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(tree(layout.persistence()))
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_LIBRARIES)
                .because("jOOQ and JDBC types stay in the persistence adapter");
    }

    static ArchRule httpLibrariesOnlyInHttp(Layout layout) {
        return noClasses().that().resideOutsideOfPackage(tree(layout.http()))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_LIBRARIES)
                .because("Undertow and JAXB types stay in the HTTP adapter");
    }

    static ArchRule jsonOnlyInTheDrivingAdapters(Layout layout) {
        return noClasses().that().resideOutsideOfPackages(tree(layout.http()), tree(layout.cli()))
                .should().dependOnClassesThat().resideInAnyPackage(JSON_LIBRARIES)
                .because("JSON is how the HTTP APIs and the command line's lists answer; the domain, the store and "
                        + "the wiring never see it");
    }

    static ArchRule useCasesAreImplementedOnlyInService(Layout layout) {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(layout.domainPortIn())
                .and(simpleNameEndingWith("UseCase").or(simpleNameEndingWith("Query")))
                .as("a use case of " + layout.domainPortIn());
        return classes().that().implement(useCase)
                .should().resideInAPackage(layout.domainService())
                .because("business rules live in the domain's services, not in an adapter");
    }

    private static String[] and(String[] packages, String more) {
        String[] all = Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = more;
        return all;
    }

    static ArchRule adaptersUseTheDomainOnlyThroughItsPortsAndModel(Layout layout) {
        return noClasses().that().resideInAnyPackage(tree(layout.http()), tree(layout.persistence()))
                .should().dependOnClassesThat().resideInAPackage(tree(layout.domainService()))
                .because("an adapter drives use cases and implements ports; which service answers is the app's"
                        + " choice");
    }

    static ArchRule modelDependsOnNeitherPortsNorServices(Layout layout) {
        return noClasses().that().resideInAPackage(tree(layout.domainModel()))
                .should().dependOnClassesThat()
                .resideInAnyPackage(tree(layout.domainPort()), tree(layout.domainService()))
                .because("the model is the core of the hexagon: ports and services are built on it, not under it");
    }

    static ArchRule drivingAndDrivenPortsAreIndependent(Layout layout) {
        return slices().matching(layout.domainPort() + ".(*)..").should().notDependOnEachOther()
                .because("a use case's contract must not change when a store's does, nor the other way round");
    }

    static ArchRule apiVersionsAreIndependent(Layout layout) {
        return slices().matching(layout.http() + ".(v*)..").should().notDependOnEachOther()
                .because("Harvest v1 and v2 are two transports over the same use cases: neither may change when the"
                        + " other does");
    }

    static ArchRule sharedHttpKnowsNoApiVersion(Layout layout) {
        return noClasses().that().resideInAnyPackage(layout.http(), tree(layout.http() + ".web"),
                        tree(layout.http() + ".security"))
                .and().doNotHaveSimpleName("ContactsHttpServer")
                .should().dependOnClassesThat().resideInAnyPackage(tree(layout.http() + ".v1"),
                        tree(layout.http() + ".v2"))
                .because("the pipeline both APIs share learns what differs through their dialects; only the server"
                        + " that wires them names them");
    }

    static ArchRule adaptersNeverReachPastTheUseCases(Layout layout) {
        return noClasses().that().resideInAPackage(tree(layout.http()))
                .should().dependOnClassesThat().resideInAPackage(tree(layout.domainPort() + ".out"))
                .because("a transport drives use cases; the stores behind them are not its business");
    }

    static ArchRule packagesAreFreeOfCycles(Layout layout) {
        // jOOQ's generated schema classes refer to each other by design; they are not ours to arrange.
        DescribedPredicate<JavaClass> generated = resideInAPackage(tree(layout.persistence() + ".schema"));
        return slices().matching(layout.root() + ".(**)").should().beFreeOfCycles()
                .ignoreDependency(generated, generated)
                .because("a package that needs the one that needs it is one package in two places");
    }
}
