package org.mastervoice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core/domain is plain Java: frameworks and transports stay in adapters, so the domain runs anywhere. */
class DomainIsFrameworkFreeTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mastervoice");

    @Test
    void domainDependsOnNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "software.amazon..", "com.amazonaws..", "io.netty..",
                        "javax.sip..", "gov.nist..", "jakarta..", "org.jitsi..", "org.bouncycastle..",
                        "tools.jackson..", "com.fasterxml..", "graphql..")
                .because("core/domain holds pure logic and ports; adapters live in core/aws, functions and media-node")
                .check(domain);
    }

    @Test
    void domainUsesOnlyJavaAndSlf4j() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax.crypto..", "org.mastervoice..", "org.slf4j..")
                .check(domain);
    }
}
