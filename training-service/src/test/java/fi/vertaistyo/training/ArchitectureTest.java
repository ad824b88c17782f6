package fi.vertaistyo.training;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.vertaistyo.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** Rules a reviewer would otherwise have to remember (written once, in the kit's test harness). */
class ArchitectureTest {

    static final String ROOT = "fi.vertaistyo.training";

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        ArchitectureRules.everyEndpointDeclaresWhoMayCallIt().check(CLASSES);
    }

    @Test
    void entitiesAreNeverApiBodies() {
        ArchitectureRules.entitiesAreNeverApiBodies().check(CLASSES);
    }

    @Test
    void noCodeOfAnotherServiceIsUsed() {
        ArchitectureRules.usesNoCodeOfAnotherService(ROOT).check(CLASSES);
    }

    @Test
    void featurePackagesFormNoCycle() {
        ArchitectureRules.featurePackagesFormNoCycle(ROOT).check(CLASSES);
    }
}
