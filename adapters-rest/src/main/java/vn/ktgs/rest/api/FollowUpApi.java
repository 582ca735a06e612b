package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ktgs.followup.Escalation;
import vn.ktgs.followup.EscalationRole;
import vn.ktgs.followup.Overdue;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;

/** Bodies of the follow-up resources. */
public final class FollowUpApi {

    private FollowUpApi() {
    }

    /**
     * Việc quá hạn: one piece of work overdue on a day, the organisation that owes it, the member responsible and the
     * step of escalation reached. The references set depend on the kind (see {@code vn.ktgs.followup.Overdue}).
     * {@code key} is the item's identity, the same on every day. {@code member} is the member not reached by a
     * dissemination of {@code document}. Names of members ({@code responsibleName}, {@code memberName}) are given
     * only to a caller who may read that member.
     */
    public record OverdueView(String key, OverdueKind kind, String kindLabel, UUID organisation, String code,
                              String name, String subject, LocalDate due, long daysOverdue,
                              @Nullable UUID responsible, @Nullable String responsibleName, @Nullable UUID plan,
                              @Nullable UUID item, @Nullable UUID activity, @Nullable UUID recommendation,
                              @Nullable String period, @Nullable UUID document, @Nullable UUID member,
                              @Nullable String memberName, @Nullable StepView step) {
        public static OverdueView of(Overdue o, Organisation organisation, @Nullable Member responsible,
                                     @Nullable Member member, Locale locale) {
            return new OverdueView(o.key().toString(), o.kind(), o.kind().label(locale), o.organisation().value(),
                    organisation.code(), organisation.name(), o.subject(), o.due(), o.daysOverdue(),
                    o.responsible() == null ? null : o.responsible().value(),
                    responsible == null ? null : responsible.fullName(),
                    o.plan() == null ? null : o.plan().value(), o.item() == null ? null : o.item().value(),
                    o.activity() == null ? null : o.activity().value(),
                    o.recommendation() == null ? null : o.recommendation().value(),
                    o.period() == null ? null : o.period().toString(),
                    o.document() == null ? null : o.document().value(),
                    o.member() == null ? null : o.member().value(), member == null ? null : member.fullName(),
                    o.escalation() == null ? null : StepView.of(o.escalation(), locale));
        }
    }

    /**
     * Bước đôn đốc: the step of escalation an item reached on the day ({@code null} before the first step's delay):
     * its number of how many, the days overdue it applies from, the roles it addresses (names and labels) and the
     * members those roles name on the day.
     */
    public record StepView(int number, int of, int afterDays, List<EscalationRole> roles, String label,
                           List<UUID> recipients) {
        public static StepView of(Escalation e, Locale locale) {
            return new StepView(e.step(), e.of(), e.rule().afterDays(), e.rule().to(),
                    e.rule().to().stream().map(r -> r.label(locale)).collect(Collectors.joining(", ")),
                    e.recipients().stream().map(m -> m.value()).toList());
        }
    }
}
