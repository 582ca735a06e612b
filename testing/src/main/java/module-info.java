/**
 * KTGS testing: the contract suite of every port, rule-case tests and a movable clock, for a host's own tests.
 * The suites are opened to JUnit, which runs their test methods in the host's subclasses by reflection.
 */
module vn.ktgs.testing {
    requires transitive vn.ktgs.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires vn.ktgs.json;

    exports vn.ktgs.testing;
    exports vn.ktgs.testing.contract;
    exports vn.ktgs.testing.rules;

    opens vn.ktgs.testing.contract to org.junit.platform.commons;
    opens vn.ktgs.testing.rules to org.junit.platform.commons;
}
