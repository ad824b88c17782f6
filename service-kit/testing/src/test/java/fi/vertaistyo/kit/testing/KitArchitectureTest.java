package fi.vertaistyo.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The kit (core, outbox and this harness) knows no domain, and its packages form no cycle. */
class KitArchitectureTest {

    static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureRules.KIT);

    @Test
    void theKitImportsNothingFromAnyService() {
        ArchitectureRules.kitImportsNoService().check(KIT);
    }

    @Test
    void theKitsPackagesFormNoCycle() {
        ArchitectureRules.featurePackagesFormNoCycle(ArchitectureRules.KIT).check(KIT);
    }
}
