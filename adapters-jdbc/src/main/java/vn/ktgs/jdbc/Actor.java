package vn.ktgs.jdbc;

import java.util.Objects;

/**
 * Người thực hiện: who the audit trail records for a change. The host supplies it (usually from its own security
 * context); it is asked once per saved change, on the thread that saves.
 */
@FunctionalInterface
public interface Actor {

    /** The current caller's name or id as the host knows it, at most 200 characters; never blank. */
    String current();

    /** Always the same caller, for batch jobs and tests. */
    static Actor fixed(String name) {
        Objects.requireNonNull(name, "name");
        return () -> name;
    }
}
