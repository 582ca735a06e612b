package vn.ktgs.rest.api;

/** A view of an aggregate with its optimistic-concurrency version, answered as the {@code ETag}. */
public interface Versioned {

    long version();

    /** The path of the resource, relative to the application root, for example {@code /plans/{id}}. */
    String self();
}
