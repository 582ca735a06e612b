package vn.ktgs.followup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/**
 * Thông báo đã gửi: the record that an overdue item was sent at a step, so that no later run sends that step again.
 *
 * @param key the item
 * @param step the step sent, from 1
 * @param organisation the organisation that owed the work
 * @param recipients the members it was sent to, in order, each once
 * @param sentOn the day it was judged on and sent
 */
public record SentNotice(OverdueKey key, int step, OrganisationId organisation, List<MemberId> recipients,
                         LocalDate sentOn) {

    public SentNotice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sentOn, "sentOn");
        recipients = List.copyOf(recipients);
        if (step < 1) {
            throw new IllegalArgumentException("steps count from 1, not " + step);
        }
        if (new HashSet<>(recipients).size() != recipients.size()) {
            throw new IllegalArgumentException("a recipient is listed once");
        }
    }
}
