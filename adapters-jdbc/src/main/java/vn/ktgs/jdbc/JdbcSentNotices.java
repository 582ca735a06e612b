package vn.ktgs.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ktgs.followup.OverdueKey;
import vn.ktgs.followup.SentNotice;
import vn.ktgs.followup.SentNotices;
import vn.ktgs.jdbc.internal.Failures;
import vn.ktgs.jdbc.internal.Sql;
import vn.ktgs.jdbc.internal.Transactor;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationId;

/**
 * {@link SentNotices} in tables {@code ktgs_sent_notice} (one row per item and step, the primary key) and
 * {@code ktgs_sent_notice_recipient}. Recording is one insert guarded by the primary key, so of two runs at once
 * exactly one records a step.
 */
final class JdbcSentNotices implements SentNotices {

    private final Transactor tx;
    private final String notice;
    private final String recipient;

    JdbcSentNotices(Sql sql, Transactor tx) {
        this.tx = tx;
        this.notice = sql.table("sent_notice");
        this.recipient = sql.table("sent_notice_recipient");
    }

    private record Row(String key, int step, UUID organisation, LocalDate sentOn) {
    }

    @Override
    public boolean record(SentNotice n) {
        String key = n.key().toString();
        try {
            return tx.write(c -> {
                if (!Sql.list(c, "SELECT 1 FROM " + notice + " WHERE item_key = ? AND step = ?", rs -> 1, key,
                        n.step()).isEmpty()) {
                    return false;
                }
                Sql.update(c, "INSERT INTO " + notice + " (item_key, step, kind, organisation_id, sent_on) "
                        + "VALUES (?, ?, ?, ?, ?)", key, n.step(), n.key().kind(), n.organisation().value(), n.sentOn());
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < n.recipients().size(); i++) {
                    rows.add(new Object[] {key, n.step(), i, n.recipients().get(i).value()});
                }
                Sql.batch(c, "INSERT INTO " + recipient + " (item_key, step, seq, member_id) VALUES (?, ?, ?, ?)",
                        rows);
                return true;
            });
        } catch (KtgsDataAccessException e) {
            if (e.getCause() instanceof SQLException s && Failures.isUniqueViolation(s)) {
                return false; // another run recorded it between the check and the insert
            }
            throw e;
        }
    }

    @Override
    public void forget(OverdueKey key, int step) {
        tx.write(c -> {
            Sql.update(c, "DELETE FROM " + recipient + " WHERE item_key = ? AND step = ?", key.toString(), step);
            return Sql.update(c, "DELETE FROM " + notice + " WHERE item_key = ? AND step = ?", key.toString(), step);
        });
    }

    @Override
    public List<SentNotice> ofItem(OverdueKey key) {
        return tx.read(c -> load(c, "n.item_key = ?", "n.step", key.toString()));
    }

    @Override
    public List<SentNotice> ofOrganisation(OrganisationId organisation) {
        return tx.read(c -> load(c, "n.organisation_id = ?", "n.sent_on, n.item_key, n.step", organisation.value()));
    }

    /** One query for all the keys (in pieces of 500, as many as one statement binds comfortably). */
    @Override
    public Map<OverdueKey, Integer> highestSteps(Collection<OverdueKey> keys) {
        Map<OverdueKey, Integer> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<OverdueKey> all = new ArrayList<>(keys);
        return tx.read(c -> {
            for (int from = 0; from < all.size(); from += 500) {
                List<OverdueKey> part = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                Object[] params = part.stream().map(OverdueKey::toString).toArray();
                for (Object[] r : Sql.list(c, "SELECT item_key, MAX(step) AS top FROM " + notice
                        + " WHERE item_key IN (" + marks + ") GROUP BY item_key",
                        rs -> new Object[] {rs.getString("item_key"), rs.getInt("top")}, params)) {
                    out.put(OverdueKey.parse((String) r[0]), (Integer) r[1]);
                }
            }
            return out;
        });
    }

    private List<SentNotice> load(Connection c, String filter, String order, Object param) throws SQLException {
        List<Row> rows = Sql.list(c, "SELECT n.item_key, n.step, n.organisation_id, n.sent_on FROM " + notice
                + " n WHERE " + filter + " ORDER BY " + order, rs -> new Row(rs.getString("item_key"),
                rs.getInt("step"), Sql.uuid(rs, "organisation_id"), Sql.date(rs, "sent_on")), param);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<MemberId>> who = new HashMap<>();
        for (Object[] r : Sql.list(c, "SELECT r.item_key, r.step, r.member_id FROM " + recipient + " r JOIN " + notice
                + " n ON n.item_key = r.item_key AND n.step = r.step WHERE " + filter + " ORDER BY r.item_key, r.step, "
                + "r.seq", rs -> new Object[] {rs.getString("item_key") + "#" + rs.getInt("step"),
                new MemberId(Sql.uuid(rs, "member_id"))}, param)) {
            who.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((MemberId) r[1]);
        }
        List<SentNotice> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new SentNotice(OverdueKey.parse(r.key()), r.step(), new OrganisationId(r.organisation()),
                    who.getOrDefault(r.key() + "#" + r.step(), List.of()), r.sentOn()));
        }
        return out;
    }
}
