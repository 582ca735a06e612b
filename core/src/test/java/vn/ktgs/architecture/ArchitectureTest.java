package vn.ktgs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the core: what it may depend on, and how its feature packages relate. */
@AnalyzeClasses(packages = "vn.ktgs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnlyOnTheJdkValidationLoggingAndJSpecify = classes()
            .that().resideInAPackage("vn.ktgs..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java.lang..", "java.util..", "java.time..", "java.text..", "java.io..", "java.nio..",
                    "java.math..", "java.lang.invoke..", "java.lang.annotation..", "java.lang.reflect..",
                    "jakarta.validation..", "org.slf4j..", "org.jspecify.annotations..", "vn.ktgs..");

    @ArchTest
    static final ArchRule coreNeverSeesSqlJsonOrHttp = noClasses()
            .that().resideInAPackage("vn.ktgs..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "com.fasterxml..", "jakarta.ws..", "java.net.http..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("vn.ktgs.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theKernelKnowsNoFeature = noClasses()
            .that().resideInAnyPackage("vn.ktgs.common..", "vn.ktgs.internal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.ktgs.organisation..", "vn.ktgs.document..", "vn.ktgs.plan..", "vn.ktgs.activity..",
                    "vn.ktgs.report..", "vn.ktgs.scoring..", "vn.ktgs.access..");

    @ArchTest
    static final ArchRule organisationsKnowNothingOfTheWorkDoneOnThem = noClasses()
            .that().resideInAPackage("vn.ktgs.organisation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.ktgs.document..", "vn.ktgs.plan..", "vn.ktgs.activity..", "vn.ktgs.report..",
                    "vn.ktgs.scoring..");

    @ArchTest
    static final ArchRule nothingCallsTheSystemClock = noClasses()
            .that().resideInAPackage("vn.ktgs..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis");
}
