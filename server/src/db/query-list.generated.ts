// Generated from the headers of cypher/queries/*.cypher by `npm run generate`; do not edit.
// A test fails when this file and the .cypher files drift apart.

/** Every named query, with each parameter its header documents and what that parameter holds. */
export const queryParameters = {
  'activity-create': {
    id: "the activity's id",
    pal: "the PAL's id",
    props: "kind, title, url",
    date: "ISO date",
    area: "area id, or null",
    group: "group id, or null",
    specialties: "specialty ids",
    reached: "partner ids",
  },
  'activity-list': {
    ids: "activity ids, or null",
    pal: "PAL id, or null",
    area: "area id, or null",
    from: "ISO date, or null",
    to: "ISO date, or null",
  },
  'announcement-create': {
    id: "the announcement's id",
    props: "title, body, audienceKind, audienceValue, audienceLabel",
    author: "the posting partner's id, or null",
  },
  'announcement-list': {
    partner: "the reader's partner id, or null",
    ids: "announcement ids, or null",
    limit: "the most to return",
  },
  'announcement-read': {
    id: "the announcement's id",
    partner: "the reader's partner id",
  },
  'app-secret': {
    name: "what the secret is for",
    candidate: "a fresh random value, kept if none exists yet",
  },
  'area-exists': {
    id: "the area's id",
  },
  'area-list': {},
  'area-pal-of': {
    ids: "partner ids",
  },
  'audit-create': {
    entry: "id, action, target, request, before, after (JSON text), userId, email (or null), changesNetwork",
  },
  'audit-list': {
    user: "user id, or null for everyone",
    action: "action such as \"PATCH /partners/:id\", or null for all",
    from: "first day (ISO date, UTC), or null",
    to: "last day (ISO date, UTC), or null",
    limit: "how many entries",
  },
  'backup-nodes': {
    skipLabels: "labels whose nodes a backup leaves out",
  },
  'backup-relationships': {
    skipLabels: "labels whose nodes a backup leaves out",
  },
  'community-is-empty': {},
  'database-home': {},
  'database-is-empty': {},
  'digest-candidates': {},
  'digest-take': {
    user: "the account's id",
    date: "the local date of the digest (YYYY-MM-DD)",
  },
  'export-nodes': {},
  'export-relationships': {},
  'feedback-create': {
    id: "the feedback's id",
    partner: "the partner giving it",
    specialty: "specialty id, or null",
    props: "text, sentiment, programme",
  },
  'feedback-list': {
    ids: "feedback ids, or null",
    partner: "the giver's id, or null",
    pal: "the PAL it was given to, or null",
    unthemed: "true for only feedback not in a theme",
    limit: "the most to return",
  },
  'graph-community-of': {
    ids: "the partners' ids",
  },
  'graph-edges-among': {
    ids: "the partners' ids",
    minStrength: "the weakest tie to include (1 to 5)",
  },
  'graph-introductions-among': {
    ids: "the partners' ids",
  },
  'graph-neighborhood': {
    id: "the focused partner",
    depth: "1 to 3 hops",
    limit: "the most partners to return besides the focused one",
    minStrength: "the weakest tie to follow (1 to 5)",
    area: "area id, or null for all",
    tier: "tier, or null for all",
    managed: "true or false, or null for all",
    specialty: "specialty id, or null for all",
    specialtyMode: "'offers' or 'seeks': how partners relate to $specialty",
  },
  'graph-shortest-paths': {
    from: "one partner's id",
    to: "the other partner's id",
    maxHops: "the longest chain worth showing (1 to 6)",
    limit: "the most chains to return",
  },
  'graph-specialties-of': {
    ids: "the partners' ids",
  },
  'group-by-id': {
    id: "the group's id",
  },
  'group-keepers': {
    id: "the group's id",
  },
  'group-list': {
    area: "area id, or null for all",
  },
  'idempotency-claim': {
    key: "the scoped key (actor, route, path and the client's key, hashed)",
    digest: "SHA-256 of the request body",
    now: "when this request arrived",
    expiredBefore: "a remembered answer older than this is forgotten",
    abandonedBefore: "a claim without an answer older than this was abandoned",
  },
  'idempotency-complete': {
    key: "the scoped key",
    status: "the HTTP status answered",
    body: "the JSON answered, as text",
  },
  'idempotency-release': {
    key: "the scoped key",
  },
  'idempotency-sweep': {
    expiredBefore: "older than this is forgotten",
  },
  'introduction-answer-state': {
    id: "the introduction's id",
  },
  'introduction-create': {
    id: "the new introduction's id",
    introducer: "id of the PAL or partner making it",
    from: "id of the partner being introduced",
    to: "id of the partner they are introduced to",
    reason: "why they should meet (both partners read it)",
    privateNote: "the introducer's own note (PALs and admins only), or null",
    by: "id of whoever proposed it (the introducer, or the partner who asked)",
    requestedBy: "id of the partner who asked for it, or null",
  },
  'introduction-due': {
    remindAfterDays: "days before the one reminder",
    now: "ISO date-time",
    lapseAfterDays: "days before an unanswered introduction lapses",
    outcomeAfterDays: "days after acceptance before the sides are asked about the outcome",
    ids: "only these introductions, or null for all",
  },
  'introduction-list': {
    ids: "introduction ids, or null",
    pal: "id of the introducer, or null for all",
    partner: "id of a partner on either side, or null for all",
    status: "status, or null for all",
    limit: "the most to return",
  },
  'introduction-mail-details': {
    id: "the introduction's id",
  },
  'introduction-pair-state': {
    from: "the asking partner",
    to: "the partner they would meet",
    cooldownDays: "how long a declined introduction keeps the pair apart",
  },
  'introduction-set': {
    id: "the introduction's id",
    changes: "the properties to set",
  },
  'introduction-transition': {
    id: "the introduction's id",
    status: "the new status",
    allowedFrom: "statuses from which the new status may be reached",
    stamp: "a map with the timestamp property of the new status, such as {madeAt: datetime}",
    privateNote: "the introducer's new private note, or null to keep it",
    comment: "{id, text, by} to add for both partners to read, or null",
  },
  'mail-claim': {
    now: "ISO date-time",
    limit: "the most to claim",
    claimSeconds: "how long a claim lasts",
    addresses: "only messages to or copied to one of these (tests share one database), or null for all",
  },
  'mail-enqueue': {
    mails: "list of {id, userId, to, cc, subject, text, html, kind, unsubscribeUrl}",
  },
  'mail-list': {
    ids: "message ids, or null",
    status: "queued or sent, or null for both",
    skip: "how many to pass over",
    limit: "the most to return",
  },
  'mail-queued-count': {},
  'mail-retry-later': {
    id: "the message's id",
    nextAttemptAt: "ISO date-time",
    error: "why it failed (the SMTP server's answer, never a credential)",
  },
  'mail-sent': {
    id: "the message's id",
    messageId: "its Message-ID",
  },
  'match-candidates': {
    id: "the partner",
    structuralCap: "the most friends of friends to consider",
    complementaryCap: "the most complementary partners in the same area to consider",
    cooldownDays: "how long a declined introduction keeps a pair apart",
    specialty: "only matches involving this specialty either way, or null",
    area: "only candidates in this area, or null",
    useMeetings: "whether meetings both attended count (false only to evaluate without them)",
  },
  'match-outcome-rates': {},
  'match-warm-routes': {
    id: "the partner",
    targets: "the partners to reach",
  },
  'meeting-attend': {
    id: "the meeting's id",
    partners: "partner ids",
  },
  'meeting-by-id': {
    id: "the meeting's id",
  },
  'meeting-create': {
    id: "the meeting's id",
    group: "the group's id",
    props: "title, place, onlineUrl",
    startsAt: "ISO date-time",
    endsAt: "ISO date-time, or null",
    specialties: "specialty ids",
  },
  'meeting-list': {
    group: "group id, or null",
    area: "area id, or null",
    registrant: "a partner's id: only the meetings they registered for; or null",
    from: "ISO date-time, or null for no lower bound",
    to: "ISO date-time, or null for no upper bound",
    latestFirst: "true to list the latest first",
  },
  'meeting-register': {
    id: "the meeting's id",
    partner: "the partner's id",
  },
  'meeting-reminders-due': {
    now: "ISO date-time",
    ids: "only these meetings, or null for all",
  },
  'meeting-unregister': {
    id: "the meeting's id",
    partner: "the partner's id",
  },
  'network-changed-since': {
    since: "when the report's snapshot was read",
  },
  'network-health-catalog': {},
  'network-health-community': {},
  'network-health-introductions': {},
  'network-health-partners': {},
  'network-health-questions': {},
  'notification-create': {
    items: "list of {id, userId, kind, title, body, link, pendingDigest}",
  },
  'notification-list': {
    user: "the account's id",
    unreadOnly: "only those not read yet",
    skip: "how many to pass over",
    limit: "the most to return",
  },
  'notification-mark-read': {
    user: "the account's id",
    ids: "notification ids, or null for all",
  },
  'notification-preferences-set': {
    user: "the account's id",
    props: "{notify_<kind>: delivery, timeZone}",
  },
  'notification-preferences': {
    user: "the account's id",
    kinds: "every notification kind",
  },
  'notification-recipients': {
    partners: "partner ids",
    users: "user ids",
    announcement: "announcement id, or null",
    meeting: "meeting id, or null",
    theme: "feedback theme id (the partners who raised it or voiced it), or null",
    kind: "the notification kind",
    exceptPartner: "the partner who caused the event, or null",
  },
  'notification-unread-count': {
    user: "the account's id",
  },
  'pal-exists': {
    id: "the partner's id",
  },
  'pal-list': {},
  'partner-by-id': {
    id: "the partner's id",
  },
  'partner-create': {
    props: "plain properties (id, name, company, tier, managed, city, website, email, phone, openToIntroductions)",
    location: "{latitude, longitude} or null",
    joinedAt: "ISO date, or null for today",
    area: "area id (checked to exist beforehand)",
    offers: "specialty ids offered",
    seeks: "specialty ids sought",
  },
  'partner-delete': {
    id: "the partner's id",
  },
  'partner-list': {
    area: "area id, or null for all",
    specialty: "specialty id the partner offers, or null for all",
    tier: "tier, or null for all",
    managed: "true or false, or null for all",
    skip: "how many partners earlier pages showed",
    limit: "page size (the caller asks for one more to learn whether another page follows)",
  },
  'partner-search': {
    search: "a Lucene query built and escaped by the caller from the person's text",
    area: "area id, or null for all",
    specialty: "specialty id the partner offers, or null for all",
    tier: "tier, or null for all",
    managed: "true or false, or null for all",
    skip: "how many results earlier pages showed",
    limit: "page size (the caller asks for one more to learn whether another page follows)",
  },
  'partner-update': {
    id: "the partner's id",
    props: "plain properties to set (only those given)",
    setLocation: "whether $location should be written",
    location: "{latitude, longitude} or null to clear it",
    joinedAt: "ISO date, or null to keep it",
    area: "new area id, or null to keep it",
    offers: "the complete new list of specialty ids offered, or null to keep them",
    seeks: "the complete new list of specialty ids sought, or null to keep them",
  },
  'partners-and-meetings-exist': {
    partners: "partner ids",
    meetings: "meeting ids",
  },
  'partners-exist': {
    ids: "list of partner ids",
  },
  'question-answer': {
    id: "the question's id",
    by: "the answering PAL",
    answer: "the answer",
  },
  'question-create': {
    id: "the new question's id",
    partner: "the asking partner's id",
    specialty: "the specialty it is about",
    text: "the question",
    pal: "the PAL it is routed to",
    note: "why it went there",
  },
  'question-forward': {
    id: "the question's id",
    to: "the PAL it goes to",
    by: "the PAL forwarding it",
    hop: "the new hop's number",
    note: "why, or null",
  },
  'question-list': {
    ids: "question ids, or null",
    pal: "a PAL's id, or null",
    asker: "a partner's id, or null",
    limit: "the most to return",
  },
  'question-lock': {
    id: "the question's id",
  },
  'question-route-target': {
    partner: "the asking partner's id",
    specialty: "the specialty the question is about",
  },
  'rate-window-add': {
    rows: "list of {key, hits} (key: scope, client and window, as one string)",
    until: "when these windows end (they are swept after)",
  },
  'rate-window-sweep': {
    before: "windows that ended before this",
  },
  'restore-abandon': {
    batch: "how many nodes one transaction deletes",
  },
  'restore-finish': {
    batch: "how many nodes one transaction unmarks",
  },
  'restore-is-empty': {
    skipLabels: "labels whose nodes a backup leaves out",
  },
  'restore-nodes': {
    rows: "list of {labels, plain: map, typed: list of {key, type: DATE|DATETIME|POINT, text, point}}",
  },
  'restore-relationships': {
    rows: "list of {type, fromLabel, from, toLabel, to, plain: map, typed: list as for nodes}",
  },
  'restore-wipe': {
    batch: "how many nodes one transaction deletes",
  },
  'sample-mark-exists': {},
  'sample-mark': {},
  'scheduled-run-finish': {
    key: "job and slot",
    summary: "what it did, in a sentence",
    failed: "whether it ended in an error",
  },
  'scheduled-run-start': {
    key: "job and slot",
    job: "the job's name",
    slot: "the slot it runs for",
    holder: "which process runs it",
  },
  'schema-online': {},
  'seed-activities': {
    rows: "list of {id, pal, kind, title, date, url, area, group, specialties, reached}",
  },
  'seed-announcements': {
    rows: "list of {id, author, title, body, postedAt, audienceKind, audienceValue, audienceLabel}",
  },
  'seed-areas': {
    rows: "list of {id, name, region, center: {latitude, longitude}}",
  },
  'seed-feedback': {
    rows: "list of {id, partner, pal, specialty, programme, text, sentiment, createdAt, theme}",
  },
  'seed-groups': {
    rows: "list of {id, name, area, runBy, members: partner ids}",
  },
  'seed-introductions': {
    rows: "list of {id, introducer, from, to, reason, privateNote, status, proposedAt, madeAt, acceptedAt,",
  },
  'seed-meetings': {
    rows: "list of {id, group, title, startsAt, endsAt, place, onlineUrl, specialties, registered, attended}",
  },
  'seed-pals': {
    rows: "list of {partner, area, expertIn: specialty ids}",
  },
  'seed-partners': {
    rows: "list of partner records (id, name, company, tier, managed, city, area, location, website,",
  },
  'seed-questions': {
    rows: "list of {id, asker, specialty, text, status, askedAt, answer, answeredAt,",
  },
  'seed-specialties': {
    rows: "list of {id, name, category}",
  },
  'seed-themes': {
    rows: "list of {id, curator, title, summary, status, createdAt, raisedAt, raisedWhere, vendorAnswer, answeredAt, outcomeAt, outcomeNote, voices}",
  },
  'seed-ties': {
    rows: "list of {a, b, since, strength}",
  },
  'session-create': {
    id: "SHA-256 of the session token (the token itself is never stored)",
    userId: "the user's id",
    csrfToken: "the token writes must echo in X-CSRF-Token",
    maxSeconds: "absolute lifetime",
  },
  'session-delete-expired': {
    idleSeconds: "how long a session may go unused",
  },
  'session-delete': {
    id: "SHA-256 of the session token",
  },
  'session-resolve': {
    id: "SHA-256 of the session token",
    idleSeconds: "how long a session may go unused",
  },
  'session-touch': {
    id: "SHA-256 of the session token",
  },
  'sign-in-failure': {
    key: "SHA-256 of the email and the address",
    freeFailures: "failures allowed before delays begin",
    baseDelaySeconds: "the first delay",
    maxDelaySeconds: "the longest delay",
  },
  'sign-in-success': {
    key: "SHA-256 of the email and the address (null after accepting an invitation)",
    id: "the user's id",
  },
  'sign-in-throttle-sweep': {},
  'sign-in-throttle': {
    key: "SHA-256 of the email and the address (the same for emails with and without an account)",
  },
  'specialties-exist': {
    ids: "list of specialty ids",
  },
  'specialty-list': {},
  'suggestion-pool': {
    id: "the PAL",
    areaCap: "the most partners of the area to add to those the PAL knows",
  },
  'theme-add-feedback': {
    id: "the theme's id",
    feedback: "feedback ids",
  },
  'theme-create': {
    id: "the new theme's id",
    curator: "the PAL (or admin's partner) merging them, or null",
    props: "title, summary",
    feedback: "feedback ids to merge into it",
  },
  'theme-list': {
    ids: "theme ids, or null for all",
    status: "only this status, or null",
    viewer: "the viewing partner's id (to say whether they raised it), or null",
  },
  'theme-transition': {
    id: "the theme's id",
    status: "the new status",
    allowedFrom: "statuses from which it may be reached",
    stamp: "the properties this step sets (raisedAt and raisedWhere, vendorAnswer and answeredAt, …)",
  },
  'theme-voice': {
    id: "the theme's id",
    partner: "the partner's id",
  },
  'tie-create': {
    from: "one partner's id",
    to: "the other partner's id",
    since: "ISO date, or null for today",
    strength: "1 to 5",
  },
  'tie-delete': {
    from: "one partner's id",
    to: "the other partner's id",
  },
  'tie-request-answer': {
    id: "the request's id",
    answer: "accepted or declined",
  },
  'tie-request-create': {
    id: "the request's id",
    from: "the asking partner",
    to: "the partner asked",
  },
  'tie-request-list': {
    partner: "the partner's id, or null with $id",
    id: "one request's id, or null",
  },
  'tie-request-lock': {
    id: "the request's id",
  },
  'tie-request-state': {
    from: "the asking partner",
    to: "the partner asked",
  },
  'user-by-email': {
    email: "lower-case email",
  },
  'user-by-id': {
    id: "the user's id",
  },
  'user-by-invitation': {
    invitationHash: "SHA-256 of the invitation token",
  },
  'user-create': {
    props: "id, email, role, passwordHash (or null), invitationHash (or null)",
    invitationSeconds: "how long the invitation stays valid, or null when there is none",
    partner: "partner id, or null",
  },
  'user-delete': {
    id: "the user's id",
  },
  'user-list': {},
  'user-lock': {
    id: "the user's id",
  },
  'user-mfa-begin': {
    id: "the user's id",
    secret: "base32 TOTP secret",
  },
  'user-mfa-disable': {
    id: "the user's id",
  },
  'user-mfa-enable': {
    id: "the user's id",
    secret: "the pending secret the code was checked against",
    step: "the TOTP time step of that code (it cannot be used again)",
    recoveryCodeHashes: "SHA-256 of each new recovery code",
  },
  'user-mfa-use': {
    id: "the user's id",
    step: "the TOTP time step of a valid code, or null",
    recoveryCodeHash: "SHA-256 of a recovery code, or null",
  },
  'user-set-password': {
    id: "the user's id",
    passwordHash: "argon2id hash",
  },
  'user-update': {
    id: "the user's id",
    props: "role and/or disabled",
  },
} as const;

export type QueryName = keyof typeof queryParameters;
