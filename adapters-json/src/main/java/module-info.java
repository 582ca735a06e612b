/**
 * KTGS JSON adapter: criteria sets, rule cases, follow-up rules and datasets as JSON files, each read against the
 * JSON Schema shipped beside it. Exports its one package; opens it to Jackson databind, which binds the records of
 * a file (some of them package-private) by reflection.
 */
module vn.ktgs.json {
    requires transitive vn.ktgs.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.networknt.schema;

    exports vn.ktgs.json;

    opens vn.ktgs.json to com.fasterxml.jackson.databind;
}
