-- Collection letters as the collection module asked for them (written when sent, like notices; see decision 019).
create table case_letter (
    id             uuid primary key,
    creditor_id    uuid         not null,
    debtor_id      uuid         not null,
    case_reference varchar(11)  not null,
    kind           varchar(20)  not null,
    letter_date    date         not null,
    content        text         not null,
    created_at     timestamp with time zone not null
);
create index case_letter_by_case on case_letter (case_reference, letter_date);
