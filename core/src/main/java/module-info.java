/**
 * KTGS core (kiểm tra, giám sát): the domain model, its rules and the in-memory ports. Exports the API packages;
 * {@code vn.ktgs.internal} is not exported. The packages whose commands carry Bean Validation constraints are also
 * opened, so that the host's validator (Hibernate Validator) may read their private record fields; Java's
 * reflection is the only access that gives.
 */
module vn.ktgs.core {
    requires transitive jakarta.validation;
    requires transitive org.jspecify;
    requires org.slf4j;

    exports vn.ktgs;
    exports vn.ktgs.access;
    exports vn.ktgs.activity;
    exports vn.ktgs.common;
    exports vn.ktgs.document;
    exports vn.ktgs.followup;
    exports vn.ktgs.organisation;
    exports vn.ktgs.plan;
    exports vn.ktgs.report;
    exports vn.ktgs.scoring;
    exports vn.ktgs.spi;

    opens vn.ktgs.activity;
    opens vn.ktgs.common;
    opens vn.ktgs.document;
    opens vn.ktgs.organisation;
    opens vn.ktgs.plan;
    opens vn.ktgs.report;
    opens vn.ktgs.scoring;

    uses vn.ktgs.spi.CriteriaSetLoader;
}
