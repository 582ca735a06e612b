#!/usr/bin/env python3
"""Makes a large dataset from the seed: the six cells (with their members, plans, records and reports) copied N
times under new codes. Usage: scale-dataset.py SEED.json COPIES OUT.json"""
import json, sys, copy
seed = json.load(open(sys.argv[1], encoding='utf-8'))
n = int(sys.argv[2])
cells = {o['code'] for o in seed['organisations'] if o['kind'] == 'SUBORDINATE_CELL'}
members = {m['code'] for m in seed['members']}
def rename(x, k):
    if k == 0:
        return x
    if isinstance(x, dict):
        return {key: rename(v, k) for key, v in x.items()}
    if isinstance(x, list):
        return [rename(v, k) for v in x]
    if isinstance(x, str):
        if x in cells or x in members:
            return f"{x}-{k}"
        for c in cells:
            if x.startswith(c + '/'):
                return f"{c}-{k}/" + x[len(c) + 1:]
    return x
out = {key: seed[key] for key in ('schemaVersion', 'committee', 'year', 'asOf', 'governingDocuments', 'documents')}
def cellish(rec):
    return any(isinstance(v, str) and v in cells for v in rec.values())
for key in ('organisations', 'members', 'memberships', 'roles', 'assignments', 'disseminations', 'plans',
            'activities', 'reports'):
    out[key] = []
    for rec in seed[key]:
        own = (key == 'members' and rec['code'] in members) or cellish(rec) \
            or (key == 'roles' and rec['member'] in members
                and rec['role'] not in ('SECRETARY', 'STANDING_COMMITTEE_MEMBER')) \
            or (key == 'activities' and rec.get('planItem', '').split('/')[0] in cells)
        if own:
            out[key].extend(rename(rec, k) for k in range(n))
        elif key == 'roles' and rec['member'] in members:
            out[key].append(rec)  # committee secretary and standing member: once
        else:
            out[key].append(rec)
json.dump(out, open(sys.argv[3], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
