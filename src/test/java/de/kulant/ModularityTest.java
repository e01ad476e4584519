package de.kulant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of architecture.md: no cycles, no reach into another module's internals, a pure law module. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(KulantApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kulant");

    @Test
    void modulesOnlyUseEachOthersPublicApis() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    @Test
    void theLawModuleIsPureJava() {
        classes().that().resideInAPackage("de.kulant.law..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "de.kulant.law..",
                        "de.kulant.platform.money..", "de.focus_shift.jollyday..")
                .because("law is pure functions and data: no Spring, no database, no web")
                .check(CLASSES);
    }

    @Test
    void domainCodeKnowsNothingOfTheWeb() {
        noClasses().that().resideInAnyPackage("de.kulant.law..", "de.kulant.platform.money..", "de.kulant.claims.internal..",
                        "de.kulant.claims.csv..", "de.kulant.creditors.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWebEdgeOfEachModuleKnowsHttp() {
        noClasses().that().resideInAPackage("de.kulant..")
                .and().resideOutsideOfPackages("..web..", "de.kulant.platform.security..",
                        "de.kulant.platform.idempotency..", "de.kulant.platform.replica..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                        "org.springframework.http..", "org.springframework.ui..", "org.springframework.security.web..")
                .because("module APIs take typed values; requests, responses and text are read at the web edge")
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverADouble() {
        noClasses().that().resideInAPackage("de.kulant..")
                .should().callMethod(java.math.BigDecimal.class, "valueOf", double.class)
                .orShould().callConstructor(java.math.BigDecimal.class, double.class)
                .check(CLASSES);
    }
}
