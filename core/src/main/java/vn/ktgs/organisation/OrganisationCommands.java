package vn.ktgs.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ktgs.common.ValidText;

/** The commands of {@link OrganisationService}, validated with Jakarta Bean Validation at the boundary. */
public final class OrganisationCommands {

    private OrganisationCommands() {
    }

    /** The pattern of organisation and member codes: letters, digits, dot, dash and underscore. */
    public static final String CODE_PATTERN = "[\\p{L}\\p{N}._-]+";

    /** Đăng ký tổ chức đảng: register an organisation in the tree. */
    public record RegisterOrganisation(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN) @ValidText @Nullable String code,
            @NotBlank @Size(max = 300) @ValidText @Nullable String name,
            @NotNull @Nullable OrganisationKind kind,
            @Nullable OrganisationId parent,
            @NotNull @Nullable LocalDate established) {
    }

    /** Đăng ký đảng viên: register a Party member. */
    public record RegisterMember(
            @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN) @ValidText @Nullable String code,
            @NotBlank @Size(max = 200) @ValidText @Nullable String fullName) {
    }

    /** Chuyển sinh hoạt đến: a member joins a cell on a day with a status. */
    public record Enrol(
            @NotNull @Nullable MemberId member,
            @NotNull @Nullable OrganisationId cell,
            @NotNull @Nullable LocalDate from,
            @NotNull @Nullable MembershipStatus status) {
    }

    /** Chuyển sinh hoạt đi: a member leaves a cell; {@code lastDay} is the last day they belong to it. */
    public record Leave(
            @NotNull @Nullable MemberId member,
            @NotNull @Nullable OrganisationId cell,
            @NotNull @Nullable LocalDate lastDay) {
    }

    /** Công nhận đảng viên chính thức: a probationary member becomes a full member from a day. */
    public record AdmitAsFull(
            @NotNull @Nullable MemberId member,
            @NotNull @Nullable LocalDate from) {
    }

    /** Phân công chức vụ: a member takes a role in an organisation from a day, until a day or open-ended. */
    public record Appoint(
            @NotNull @Nullable MemberId member,
            @NotNull @Nullable OrganisationId organisation,
            @NotNull @Nullable RoleKind role,
            @NotNull @Nullable LocalDate from,
            @Nullable LocalDate to) {
    }

    /** Phân công BCH theo dõi chi bộ (S6): an executive committee member is assigned to a cell. */
    public record Assign(
            @NotNull @Nullable MemberId member,
            @NotNull @Nullable OrganisationId cell,
            @NotNull @Nullable LocalDate from,
            @Nullable LocalDate to) {
    }
}
