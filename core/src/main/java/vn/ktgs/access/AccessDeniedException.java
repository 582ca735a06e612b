package vn.ktgs.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.OrganisationId;

/**
 * Không có quyền: the caller may not take the action the command or query needs (see {@link Action} and the rules of
 * {@link AccessRules}), or is not known to the library at all. Nothing was read or stored. Thrown by the guarded view
 * of the library ({@link vn.ktgs.Ktgs#as(Caller)}); a front end answers it as "forbidden" (the REST adapter: 403).
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the caller was refused. */
    public enum Reason {
        /** The rules do not give the caller the action on the organisation. */
        NOT_ALLOWED,
        /**
         * The caller is neither granted {@link Authority#ADMINISTRATOR} nor a stored member (a well-formed member id
         * that names no member).
         */
        UNKNOWN_CALLER
    }

    private final Reason reason;
    private final Action action;
    private final @Nullable OrganisationId organisation;
    private final String organisationName;

    private AccessDeniedException(Reason reason, Action action, @Nullable OrganisationId organisation,
                                  String organisationName) {
        super(reason == Reason.UNKNOWN_CALLER ? "the caller is not known to the library"
                : "the caller may not " + action.label(Locale.ENGLISH) + " for " + organisationName);
        this.reason = reason;
        this.action = action;
        this.organisation = organisation;
        this.organisationName = organisationName;
    }

    /**
     * The caller may not take {@code action} on the records of {@code organisation} ({@code name} is how a message
     * names it: its name, or its id when it is not stored).
     */
    public static AccessDeniedException notAllowed(Action action, OrganisationId organisation, String name) {
        return new AccessDeniedException(Reason.NOT_ALLOWED, Objects.requireNonNull(action, "action"),
                Objects.requireNonNull(organisation, "organisation"), Objects.requireNonNull(name, "name"));
    }

    /** The caller is not granted {@link Authority#ADMINISTRATOR}, which the command needs; no organisation is named. */
    public static AccessDeniedException notAdministrator() {
        return new AccessDeniedException(Reason.NOT_ALLOWED, Action.ADMINISTER, null, "KTGS");
    }

    /** The caller is neither an administrator nor a stored member. */
    public static AccessDeniedException unknownCaller() {
        return new AccessDeniedException(Reason.UNKNOWN_CALLER, Action.READ, null, "KTGS");
    }

    public Reason reason() {
        return reason;
    }

    /** The action refused ({@link Action#READ} for an unknown caller). */
    public Action action() {
        return action;
    }

    /** The organisation whose records the action was refused on; empty for an administrator's command. */
    public Optional<OrganisationId> organisation() {
        return Optional.ofNullable(organisation);
    }

    /** How a message names the organisation: its name, its id when not stored, {@code KTGS} when there is none. */
    public String organisationName() {
        return organisationName;
    }

    /**
     * The refusal as a violation of the input as a whole, to render in any language: {@code ktgs.access.denied}
     * (with {@code action} and {@code organisation}) or {@code ktgs.access.unknownCaller}.
     */
    public Violation violation() {
        return reason == Reason.UNKNOWN_CALLER ? Violation.of("", "ktgs.access.unknownCaller")
                : Violation.of("", "ktgs.access.denied", "action", action, "organisation", organisationName);
    }
}
