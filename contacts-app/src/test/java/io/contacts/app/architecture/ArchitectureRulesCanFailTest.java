package io.contacts.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule, run on a small fixture that breaks exactly that rule, reports the breach: a rule that cannot fail
 * would pass on the real code for the wrong reason.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "io.contacts.app.architecture.fixture";
    private static final Layout LAYOUT = Layout.under(FIXTURE);
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aDomainClassUsingAJdkPackageOutsideJavaBaseIsCaught() {
        assertViolation(ArchitectureRules::domainDependsOnlyOnJavaBaseAndItself, "LeakyEntity", "javax.xml");
    }

    @Test
    void jdbcOutsideThePersistenceAdapterIsCaught() {
        assertViolation(ArchitectureRules::persistenceLibrariesOnlyInPersistence, "Wiring", "java.sql.Connection");
    }

    @Test
    void undertowOutsideTheHttpAdapterIsCaught() {
        assertViolation(ArchitectureRules::httpLibrariesOnlyInHttp, "Wiring", "io.undertow");
    }

    @Test
    void jsonOutsideTheDrivingAdaptersIsCaught() {
        assertViolation(ArchitectureRules::jsonOnlyInTheDrivingAdapters, "Wiring", "com.fasterxml.jackson");
    }

    @Test
    void aUseCaseImplementedOutsideTheServicesIsCaught() {
        assertViolation(ArchitectureRules::useCasesAreImplementedOnlyInService, "RogueUseCaseImpl", "service");
    }

    @Test
    void anAdapterDrivingADomainServiceIsCaught() {
        assertViolation(ArchitectureRules::adaptersUseTheDomainOnlyThroughItsPortsAndModel, "Handler", "FixtureService");
    }

    @Test
    void aModelTypeKnowingAUseCaseIsCaught() {
        assertViolation(ArchitectureRules::modelDependsOnNeitherPortsNorServices, "FixtureEntity", "FixtureUseCase");
    }

    @Test
    void aDrivingPortNamingADrivenPortIsCaught() {
        assertViolation(ArchitectureRules::drivingAndDrivenPortsAreIndependent, "LeakyQuery", "FixtureStore");
    }

    @Test
    void oneApiVersionUsingTheOtherIsCaught() {
        assertViolation(ArchitectureRules::apiVersionsAreIndependent, "V2Route", "V1Route");
    }

    @Test
    void theSharedPipelineNamingAnApiVersionIsCaught() {
        assertViolation(ArchitectureRules::sharedHttpKnowsNoApiVersion, "Gate", "V1Route");
    }

    @Test
    void aTransportReachingAStoreIsCaught() {
        assertViolation(ArchitectureRules::adaptersNeverReachPastTheUseCases, "V2Route", "FixtureStore");
    }

    @Test
    void aPackageCycleIsCaught() {
        assertViolation(ArchitectureRules::packagesAreFreeOfCycles, "Handler", "Repository");
    }

    private static void assertViolation(Function<Layout, ArchRule> rule, String culprit, String reason) {
        EvaluationResult result = rule.apply(LAYOUT).evaluate(BAD);

        assertThat(result.hasViolation()).as("the rule reports the fixture's breach").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains(culprit).contains(reason));
    }
}
