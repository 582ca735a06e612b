package vn.ktgs.rest.api;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ktgs.followup.Overdue;
import vn.ktgs.followup.OverdueKind;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.Organisation;

/** Bodies of the follow-up resources. */
public final class FollowUpApi {

    private FollowUpApi() {
    }

    /**
     * Việc quá hạn: one piece of work overdue on a day, the organisation that owes it and the member responsible.
     * The references set depend on the kind (see {@code vn.ktgs.followup.Overdue}).
     */
    public record OverdueView(OverdueKind kind, String kindLabel, UUID organisation, String code, String name,
                              String subject, LocalDate due, long daysOverdue, @Nullable UUID responsible,
                              @Nullable String responsibleName, @Nullable UUID plan, @Nullable UUID item,
                              @Nullable UUID activity, @Nullable UUID recommendation, @Nullable String period) {
        public static OverdueView of(Overdue o, Organisation organisation, @Nullable Member responsible,
                                     Locale locale) {
            return new OverdueView(o.kind(), o.kind().label(locale), o.organisation().value(), organisation.code(),
                    organisation.name(), o.subject(), o.due(), o.daysOverdue(),
                    o.responsible() == null ? null : o.responsible().value(),
                    responsible == null ? null : responsible.fullName(),
                    o.plan() == null ? null : o.plan().value(), o.item() == null ? null : o.item().value(),
                    o.activity() == null ? null : o.activity().value(),
                    o.recommendation() == null ? null : o.recommendation().value(),
                    o.period() == null ? null : o.period().toString());
        }
    }
}
