package vn.ktgs.plan;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ktgs.common.BeanValidation;
import vn.ktgs.common.ConflictException;
import vn.ktgs.common.DateRange;
import vn.ktgs.common.Entity;
import vn.ktgs.common.NotFoundException;
import vn.ktgs.common.Outcome;
import vn.ktgs.common.Texts;
import vn.ktgs.common.Violation;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.Organisation;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.organisation.OrganisationService;
import vn.ktgs.plan.PlanCommands.Adopt;
import vn.ktgs.plan.PlanCommands.Amend;
import vn.ktgs.plan.PlanCommands.DraftPlan;
import vn.ktgs.plan.PlanCommands.ItemInput;
import vn.ktgs.plan.PlanCommands.ReviseDraft;

/**
 * Xây dựng kế hoạch kiểm tra, giám sát: drafts, checks, adopts and amends the annual plan of an organisation
 * (S3), one plan per organisation and year.
 *
 * <p>Every command is checked whole: the shape of the command (Bean Validation) and every rule of every item,
 * each gap reported with its path ({@code items[2].targets[0]}); a rejected command stores nothing. Checking
 * never throws on bad input; only an unknown plan addressed directly ({@link NotFoundException}) or a stale
 * {@code expectedVersion} ({@link ConflictException}) does.
 */
public final class PlanService {

    /** The earliest day of the year before the plan's year on which the plan may be adopted. */
    static final MonthDay EARLIEST_ADOPTION = MonthDay.of(10, 1);

    private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);
    private static final String NOT_NULL = "jakarta.validation.constraints.NotNull.message";
    private static final int SHOWN_LENGTH = 60;

    private final Plans plans;
    private final OrganisationService organisations;
    private final ContentFocusCatalogue catalogue;
    private final BeanValidation validation;
    private final Clock clock;

    /**
     * @param plans where plans are stored
     * @param organisations the organisation tree and members, to check targets and people
     * @param catalogue the content focus codes items may name
     * @param validator the Bean Validation provider
     * @param clock today's date (Asia/Ho_Chi_Minh), for adoption days
     */
    public PlanService(Plans plans, OrganisationService organisations, ContentFocusCatalogue catalogue,
            Validator validator, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.validation = new BeanValidation(Objects.requireNonNull(validator, "validator"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- commands

    /**
     * Kiểm tra dự thảo: checks a draft as {@link #draft} would, and returns the items it would store. Stores
     * nothing.
     */
    public Outcome<List<PlanItem>> check(DraftPlan cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        Organisation org = organisationOrReport(cmd.organisation(), "organisation", v);
        if (org != null && validYear(cmd.year()) && plans.findFor(org.id(), cmd.year()).isPresent()) {
            v.add(Violation.of("year", "ktgs.plan.duplicate", "organisation", org.name(), "year", cmd.year()));
        }
        List<ItemInput> items = cmd.items() == null ? List.of() : cmd.items();
        checkItems(org, cmd.year(), items, Set.of(), v);
        return Outcome.of(v, () -> toItems(items));
    }

    /** Lập dự thảo: stores a new draft plan; an organisation has one plan per year. */
    public Outcome<Plan> draft(DraftPlan cmd) {
        Outcome<List<PlanItem>> checked = check(cmd);
        if (!(checked instanceof Outcome.Accepted<List<PlanItem>> ok)) {
            return Outcome.rejected(checked.violations());
        }
        Plan plan = Plan.draft(Objects.requireNonNull(cmd.organisation()), cmd.year(),
                Objects.requireNonNull(Texts.nfc(cmd.title())), ok.value());
        plans.save(plan);
        LOG.debug("drafted plan {} of {} for {}", plan.id(), plan.organisation(), plan.year());
        return Outcome.accepted(plan);
    }

    /**
     * Sửa dự thảo: replaces the title and items of a plan that is still a draft. Items given with an id of
     * the draft keep it.
     *
     * @throws NotFoundException when the plan does not exist
     * @throws ConflictException when the plan is no longer at {@code expectedVersion}
     */
    public Outcome<Plan> reviseDraft(ReviseDraft cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (cmd.planId() == null) {
            return Outcome.rejected(v);
        }
        Plan plan = current(cmd.planId(), cmd.expectedVersion());
        if (plan.isAdopted()) {
            v.add(Violation.of("", "ktgs.plan.notDraft", "status", plan.status()));
        }
        Organisation org = organisationOrReport(plan.organisation(), "organisation", v);
        List<ItemInput> items = cmd.items() == null ? List.of() : cmd.items();
        checkItems(org, plan.year(), items, idsOf(plan.draftItems()), v);
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Plan saved = plan.withDraft(Objects.requireNonNull(Texts.nfc(cmd.title())), toItems(items));
        plans.save(saved);
        return Outcome.accepted(saved);
    }

    /**
     * Thông qua: the meeting adopts the draft on {@code adoptedOn}; it becomes revision 1. The plan needs at
     * least one item, and every item is checked again (members may have left since drafting). The day may not
     * be in the future, after the plan's year, or before 1 October of the year before.
     *
     * @throws NotFoundException when the plan does not exist
     * @throws ConflictException when the plan is no longer at {@code expectedVersion}
     */
    public Outcome<Plan> adopt(Adopt cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (cmd.planId() == null) {
            return Outcome.rejected(v);
        }
        Plan plan = current(cmd.planId(), cmd.expectedVersion());
        List<ItemInput> items = plan.draftItems().stream().map(ItemInput::from).toList();
        if (plan.isAdopted()) {
            v.add(Violation.of("", "ktgs.plan.notDraft", "status", plan.status()));
        } else {
            if (items.isEmpty()) {
                v.add(Violation.of("items", "ktgs.plan.items.required"));
            }
            Organisation org = organisationOrReport(plan.organisation(), "organisation", v);
            checkItems(org, plan.year(), items, idsOf(plan.draftItems()), v);
        }
        LocalDate day = cmd.adoptedOn();
        if (day != null) {
            notInFuture(day, v);
            if (day.getYear() > plan.year()) {
                v.add(Violation.of("adoptedOn", "ktgs.plan.adoptedOn.afterYear", "day", day, "year", plan.year()));
            }
            LocalDate earliest = EARLIEST_ADOPTION.atYear(plan.year() - 1);
            if (day.isBefore(earliest)) {
                v.add(Violation.of("adoptedOn", "ktgs.plan.adoptedOn.tooEarly", "day", day, "earliest", earliest));
            }
        }
        if (!v.isEmpty()) {
            return Outcome.rejected(v);
        }
        Plan saved = plan.withRevision(new PlanRevision(1, toItems(items), Objects.requireNonNull(day), null));
        plans.save(saved);
        LOG.debug("adopted plan {} on {}", saved.id(), day);
        return Outcome.accepted(saved);
    }

    /**
     * Điều chỉnh, bổ sung: adopts a new revision of an adopted plan with its reason; earlier revisions stay
     * readable. Items given with an id the plan has had keep it; new items get new ids. The day may not be in
     * the future nor before the previous revision's.
     *
     * @throws NotFoundException when the plan does not exist
     * @throws ConflictException when the plan is no longer at {@code expectedVersion}
     */
    public Outcome<Plan> amend(Amend cmd) {
        List<Violation> v = new ArrayList<>(validation.check(cmd));
        if (cmd.planId() == null) {
            return Outcome.rejected(v);
        }
        Plan plan = current(cmd.planId(), cmd.expectedVersion());
        Optional<PlanRevision> previous = plan.current();
        if (previous.isEmpty()) {
            v.add(Violation.of("", "ktgs.plan.notAdopted"));
        }
        Organisation org = organisationOrReport(plan.organisation(), "organisation", v);
        Set<PlanItemId> known = new HashSet<>();
        plan.revisions().forEach(r -> known.addAll(idsOf(r.items())));
        List<ItemInput> items = cmd.items() == null ? List.of() : cmd.items();
        checkItems(org, plan.year(), items, known, v);
        LocalDate day = cmd.adoptedOn();
        if (day != null) {
            notInFuture(day, v);
            if (previous.isPresent() && day.isBefore(previous.get().adoptedOn())) {
                v.add(Violation.of("adoptedOn", "ktgs.plan.adoptedOn.beforePrevious", "day", day,
                        "previous", previous.get().adoptedOn()));
            }
        }
        if (!v.isEmpty() || previous.isEmpty()) {
            return Outcome.rejected(v);
        }
        PlanRevision revision = new PlanRevision(previous.get().number() + 1, toItems(items),
                Objects.requireNonNull(day), Texts.nfc(cmd.reason()));
        Plan saved = plan.withRevision(revision);
        plans.save(saved);
        LOG.debug("amended plan {}: revision {}", saved.id(), revision.number());
        return Outcome.accepted(saved);
    }

    // ---------------------------------------------------------------- queries

    /** The plan, or {@link NotFoundException}. */
    public Plan plan(PlanId id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException(Entity.PLAN, id));
    }

    /** The plan of an organisation for a year, if one was drafted. */
    public Optional<Plan> planFor(OrganisationId organisation, int year) {
        return plans.findFor(organisation, year);
    }

    /** Every plan of a year, ordered by organisation id. */
    public List<Plan> plansOf(int year) {
        return plans.ofYear(year);
    }

    // ---------------------------------------------------------------- checks

    private Plan current(PlanId id, long expectedVersion) {
        Plan plan = plan(id);
        if (plan.version() != expectedVersion) {
            throw new ConflictException("Plan", id, expectedVersion, plan.version());
        }
        return plan;
    }

    private void notInFuture(LocalDate day, List<Violation> v) {
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            v.add(Violation.of("adoptedOn", "ktgs.plan.adoptedOn.future", "day", day, "today", today));
        }
    }

    /** Every rule of every item; {@code org} is {@code null} when unknown, and the rules that need it are skipped. */
    private void checkItems(@Nullable Organisation org, int year, List<ItemInput> items, Set<PlanItemId> known,
            List<Violation> v) {
        Set<PlanItemId> seenIds = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "items[" + i + "]";
            ItemInput item = items.get(i);
            if (item == null) {
                v.add(Violation.of(path, NOT_NULL));
                continue;
            }
            List<Violation> found = new ArrayList<>();
            checkItem(org, year, item, known, seenIds, found);
            found.forEach(x -> v.add(x.under(path)));
        }
    }

    private void checkItem(@Nullable Organisation org, int year, ItemInput item, Set<PlanItemId> known,
            Set<PlanItemId> seenIds, List<Violation> v) {
        PlanItemId id = item.id();
        if (id != null && !known.contains(id)) {
            v.add(Violation.of("id", "ktgs.plan.item.id.unknown", "id", id));
        } else if (id != null && !seenIds.add(id)) {
            v.add(Violation.of("id", "ktgs.plan.item.id.duplicate", "id", id));
        }
        LocalDate from = item.from();
        LocalDate to = item.to();
        if (from != null && to != null && to.isBefore(from)) {
            v.add(Violation.of("to", "ktgs.range.endBeforeStart"));
        }
        if (validYear(year)) {
            DateRange period = DateRange.year(year);
            if (from != null && !period.contains(from)) {
                v.add(Violation.of("from", "ktgs.plan.item.window.outsideYear", "day", from, "year", year));
            }
            if (to != null && !period.contains(to)) {
                v.add(Violation.of("to", "ktgs.plan.item.window.outsideYear", "day", to, "year", year));
            }
        }
        ActivityKind kind = item.kind();
        if (kind != null && !kind.isPlannable()) {
            v.add(Violation.of("kind", "ktgs.plan.item.kind.notPlannable", "kind", kind));
        } else if (kind != null && org != null && !kind.allowedFor(org.kind())) {
            v.add(Violation.of("kind", "ktgs.plan.item.kind.notAllowed", "kind", kind,
                    "organisationKind", org.kind()));
        }
        checkTargets(org, kind, from, item.targets(), v);
        checkFocus(item.focus(), v);
        MemberId responsible = item.responsible();
        if (responsible != null) {
            checkPerson(org, from, responsible, "responsible", "ktgs.plan.item.responsible.notMember", v);
        }
        List<MemberId> team = item.team() == null ? List.of() : item.team();
        Set<MemberId> seenTeam = new HashSet<>();
        for (int j = 0; j < team.size(); j++) {
            String path = "team[" + j + "]";
            MemberId m = team.get(j);
            if (m == null) {
                v.add(Violation.of(path, NOT_NULL));
            } else if (!seenTeam.add(m)) {
                v.add(Violation.of(path, "ktgs.plan.item.team.duplicate"));
            } else {
                checkPerson(org, from, m, path, "ktgs.plan.item.team.notMember", v);
            }
        }
    }

    private void checkTargets(@Nullable Organisation org, @Nullable ActivityKind kind, @Nullable LocalDate from,
            @Nullable List<Target> targets, List<Violation> v) {
        if (targets == null) {
            return;
        }
        Set<Target> seen = new HashSet<>();
        for (int j = 0; j < targets.size(); j++) {
            String path = "targets[" + j + "]";
            Target target = targets.get(j);
            if (target == null) {
                v.add(Violation.of(path, NOT_NULL));
            } else if (!seen.add(target)) {
                v.add(Violation.of(path, "ktgs.plan.item.target.duplicate"));
            } else if (target instanceof Target.OfMember m) {
                if (kind != null && kind.targetsOrganisations()) {
                    v.add(Violation.of(path, "ktgs.plan.item.target.organisationExpected", "kind", kind));
                } else {
                    checkPerson(org, from, m.member(), path, "ktgs.plan.item.target.notMember", v);
                }
            } else if (target instanceof Target.OfOrganisation o) {
                if (kind != null && !kind.targetsOrganisations()) {
                    v.add(Violation.of(path, "ktgs.plan.item.target.memberExpected", "kind", kind));
                } else {
                    Organisation lower = organisationOrReport(o.organisation(), path, v);
                    if (lower != null && org != null && (lower.id().equals(org.id())
                            || !organisations.isWithin(lower.id(), org.id()))) {
                        v.add(Violation.of(path, "ktgs.plan.item.target.notBelow", "organisation", lower.name(),
                                "planner", org.name()));
                    }
                }
            }
        }
    }

    private void checkFocus(@Nullable List<String> focus, List<Violation> v) {
        if (focus == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < focus.size(); j++) {
            String path = "focus[" + j + "]";
            String code = Texts.nfc(focus.get(j));
            if (code == null) {
                v.add(Violation.of(path, NOT_NULL));
            } else if (catalogue.find(code).isEmpty()) {
                v.add(Violation.of(path, "ktgs.plan.item.focus.unknown", "code", shown(code)));
            } else if (!seen.add(code)) {
                v.add(Violation.of(path, "ktgs.plan.item.focus.duplicate", "code", code));
            }
        }
    }

    /** The member exists and, when the organisation and day are known, belongs to the organisation that day. */
    private void checkPerson(@Nullable Organisation org, @Nullable LocalDate day, MemberId id, String path,
            String notMemberRule, List<Violation> v) {
        Member member = memberOrReport(id, path, v);
        if (member != null && org != null && day != null && !organisations.belongsOn(member, org.id(), day)) {
            v.add(Violation.of(path, notMemberRule, "member", member.fullName(), "organisation", org.name(),
                    "day", day));
        }
    }

    private @Nullable Organisation organisationOrReport(@Nullable OrganisationId id, String path, List<Violation> v) {
        if (id == null) {
            return null;
        }
        Optional<Organisation> o = organisations.findOrganisation(id);
        if (o.isEmpty()) {
            v.add(Violation.of(path, "ktgs.organisation.unknown", "id", id));
        }
        return o.orElse(null);
    }

    private @Nullable Member memberOrReport(MemberId id, String path, List<Violation> v) {
        Optional<Member> m = organisations.findMember(id);
        if (m.isEmpty()) {
            v.add(Violation.of(path, "ktgs.member.unknown", "id", id));
        }
        return m.orElse(null);
    }

    private static boolean validYear(int year) {
        return year >= PlanCommands.MIN_YEAR && year <= PlanCommands.MAX_YEAR;
    }

    private static String shown(String text) {
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }

    private static Set<PlanItemId> idsOf(List<PlanItem> items) {
        Set<PlanItemId> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        return ids;
    }

    // ---------------------------------------------------------------- building

    /** The items of inputs that passed every check. */
    private static List<PlanItem> toItems(List<ItemInput> items) {
        return items.stream().map(PlanService::toItem).toList();
    }

    private static PlanItem toItem(ItemInput in) {
        PlanItemId id = in.id() == null ? PlanItemId.random() : in.id();
        List<String> focus = Objects.requireNonNull(in.focus()).stream().map(Texts::nfc).toList();
        return new PlanItem(id, Objects.requireNonNull(in.kind()), Objects.requireNonNull(in.mode()),
                Objects.requireNonNull(in.targets()), focus,
                Objects.requireNonNull(Texts.nfc(in.politicalTask())), Objects.requireNonNull(Texts.nfc(in.content())),
                DateRange.of(Objects.requireNonNull(in.from()), Objects.requireNonNull(in.to())),
                Objects.requireNonNull(in.responsible()), in.team() == null ? List.of() : in.team());
    }
}
