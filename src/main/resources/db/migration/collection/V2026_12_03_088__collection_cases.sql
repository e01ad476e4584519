-- A collection case: all handed-over claims of one debtor at one creditor (issue 14).
create table collection_case (
    id            uuid primary key,
    creditor_id   uuid         not null,
    debtor_id     uuid         not null references debtor (id),
    reference     varchar(11)  not null,
    status        varchar(20)  not null,
    -- the debtor while the case is open, null once closed: one open case per debtor and creditor
    open_debtor   uuid,
    mandate_date  date         not null,
    opened_on     date         not null,
    opened_by     varchar(200) not null,
    assignee      varchar(100),
    close_reason  varchar(20),
    close_text    varchar(2000),
    closed_on     date,
    -- the Nr. 2300 VV RVG factor the costs are charged with: 0.5 until the first demand's pay-by date, then 0.9
    cost_factor   numeric(3, 2),
    first_demand_until date,
    version       integer      not null,
    created_at    timestamp with time zone not null,
    constraint collection_case_reference unique (reference),
    constraint collection_case_one_open unique (creditor_id, open_debtor)
);
create index collection_case_by_creditor on collection_case (creditor_id, opened_on, id);
create index collection_case_by_assignee on collection_case (assignee, status, id);
create index collection_case_first_demand on collection_case (first_demand_until, status);

-- Which claims a case holds; a claim belongs to at most one case. claim_value is the open principal when it joined,
-- the value collection costs are computed on; chargeable is false for a claim not yet in default then (§13e RDG).
create table case_claim (
    claim_id     uuid primary key references claim (id),
    case_id      uuid           not null references collection_case (id),
    creditor_id  uuid           not null,
    joined_on    date           not null,
    claim_value  numeric(14, 2) not null,
    chargeable   boolean        not null
);
create index case_claim_by_case on case_claim (case_id);

-- Every line of collection costs charged on a case's claims, with what it was computed from.
create table case_cost (
    id           uuid primary key,
    case_id      uuid          not null references collection_case (id),
    creditor_id  uuid          not null,
    claim_id     uuid          not null references claim (id),
    code         varchar(30)   not null,
    label_de     varchar(300)  not null,
    label_en     varchar(300)  not null,
    amount       numeric(14, 2) not null,
    basis        varchar(200)  not null,
    claim_value  numeric(14, 2) not null,
    factor       numeric(3, 2) not null,
    fee_table    varchar(60)   not null,
    charged_on   date          not null,
    created_at   timestamp with time zone not null
);
create index case_cost_by_case on case_cost (case_id, created_at);

-- The case's timeline: letters, e-mails, calls, notes, payments, agreements, portal actions, status changes.
create table case_activity (
    id           uuid primary key,
    case_id      uuid          not null references collection_case (id),
    creditor_id  uuid          not null,
    at           timestamp with time zone not null,
    kind         varchar(30)   not null,
    actor        varchar(200)  not null,
    outcome      varchar(30),
    text         varchar(4000)
);
create index case_activity_by_case on case_activity (case_id, at, id);

-- The installation's key from which each case's portal access code is derived (the codes themselves are not stored).
create table portal_key (
    id         integer primary key,
    secret     varchar(100) not null,
    created_at timestamp with time zone not null
);
