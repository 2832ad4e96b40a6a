package org.jaga.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md and STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(
        packages = "org.jaga",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Leaves out the test jars other modules share (test fixtures, not production code). */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule coreKnowsNoWebFrameworkNorPlatformSdk = noClasses()
            .that()
            .resideInAPackage("org.jaga.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.telegram..",
                    "com.whatsapp..",
                    "org.jaga.channels..",
                    "org.jaga.hotline..",
                    "org.jaga.server..");

    @ArchTest
    static final ArchRule coreUsesLettuceOnlyInItsRedisAdapters = noClasses()
            .that()
            .resideInAPackage("org.jaga.core..")
            .and()
            .resideOutsideOfPackage("org.jaga.core.redis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.lettuce..");

    @ArchTest
    static final ArchRule knowledgeBaseDependsOnNothingOfJaga = noClasses()
            .that()
            .resideInAPackage("org.jaga.knowledge..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.jaga.core..",
                    "org.jaga.channels..",
                    "org.jaga.hotline..",
                    "org.jaga.server..",
                    "org.springframework..");

    @ArchTest
    static final ArchRule channelsAndHotlineDoNotKnowEachOther = noClasses()
            .that()
            .resideInAPackage("org.jaga.channels..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jaga.hotline..", "org.jaga.server..");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should()
            .notBeAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .andShould()
            .notBeAnnotatedWith("jakarta.inject.Inject");

    @ArchTest
    static final ArchRule noLayerPackages = noClasses()
            .should()
            .resideInAnyPackage("..util..", "..helpers..", "..service..", "..dto..", "..controller..", "..model..");
}
