-- A creditor's collection strategy (issue 14, item 8): the steps between human touches, and a challenger strategy that a
-- share of new cases follows (champion/challenger). Steps are JSON: [{"day": 0, "action": "LETTER"}, ...].
create table collection_strategy (
    creditor_id        uuid primary key,
    champion           varchar(4000) not null,
    challenger         varchar(4000),
    challenger_percent integer       not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(200)  not null
);

-- Which arm a case follows (stable from its opening), and the task a step left for the case worker.
alter table collection_case add column strategy_arm varchar(10) default 'CHAMPION' not null;
alter table collection_case add column task varchar(20);
alter table collection_case add column task_due date;

-- The steps done on each case: a step runs once, also when the run is repeated or resumed.
create table case_step (
    case_id     uuid        not null references collection_case (id),
    step_index  integer     not null,
    creditor_id uuid        not null,
    action      varchar(20) not null,
    outcome     varchar(10) not null,
    done_on     date        not null,
    primary key (case_id, step_index)
);
