package dev.fieldcrm.mobile.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The mobile core runs on any JVM and is tested without a UI: no JavaFX, Gluon, Quarkus or AWS SDK in it. */
@AnalyzeClasses(packages = "dev.fieldcrm.mobile.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.gluonhq..", "io.quarkus..", "software.amazon..", "jakarta.ws.rs..");
}
