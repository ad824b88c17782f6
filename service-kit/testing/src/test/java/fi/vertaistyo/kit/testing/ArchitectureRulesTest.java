package fi.vertaistyo.kit.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fi.vertaistyo.kit.testing.fixture.importing.KitClassUsingAService;
import org.junit.jupiter.api.Test;

/** The rules fail where they must: shown on classes made to break them. */
class ArchitectureRulesTest {

    @Test
    void aKitClassThatUsesAServiceClassFailsTheKitRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(KitClassUsingAService.class);
        assertThatThrownBy(() -> ArchitectureRules.kitImportsNoService().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SomeServiceClass");
    }

    @Test
    void twoPackagesThatUseEachOtherFailTheCycleRule() {
        JavaClasses classes = new ClassFileImporter().importPackages("fi.vertaistyo.kit.testing.fixture.cycle");
        assertThatThrownBy(() -> ArchitectureRules.featurePackagesFormNoCycle("fi.vertaistyo.kit.testing.fixture.cycle")
                .check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }
}
