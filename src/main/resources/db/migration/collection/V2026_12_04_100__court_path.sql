-- The court path (issue 15): the creditor's approval of court action per claim, and payment-order procedures with
-- the figures and document as exported and the dates staff record, from which the ZPO deadlines follow.
create table court_approval (
    id           uuid primary key,
    case_id      uuid         not null,
    creditor_id  uuid         not null,
    claim_id     uuid         not null,
    status       varchar(20)  not null,
    requested_at timestamp with time zone not null,
    requested_by varchar(200) not null,
    decided_at   timestamp with time zone,
    decided_by   varchar(200)
);
create index court_approval_by_claim on court_approval (claim_id, requested_at);
create index court_approval_pending on court_approval (creditor_id, status);

create table court_procedure (
    id                    uuid primary key,
    case_id               uuid           not null,
    creditor_id           uuid           not null,
    court                 varchar(20)    not null,
    state                 varchar(30)    not null,
    file_on               date           not null,
    principal             numeric(14, 2) not null,
    court_fee             numeric(14, 2) not null,
    fee_table             varchar(20)    not null,
    document              text           not null,
    filed_on              date,
    served_on             date,
    objected_on           date,
    enforcement_applied_on date,
    enforcement_order_on  date,
    withdrawn_on          date,
    created_at            timestamp with time zone not null,
    created_by            varchar(200)   not null
);
create index court_procedure_by_case on court_procedure (case_id, created_at);
create index court_procedure_by_court on court_procedure (court, state, creditor_id);

create table court_procedure_claim (
    procedure_id uuid not null,
    claim_id     uuid not null,
    creditor_id  uuid not null,
    primary key (procedure_id, claim_id)
);
create index court_procedure_claim_by_claim on court_procedure_claim (claim_id);
