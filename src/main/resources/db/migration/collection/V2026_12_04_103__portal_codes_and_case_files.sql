-- A case whose access code the case worker replaced: the code is derived from the case id and this generation.
create table portal_code_rotation (
    case_id     uuid primary key references collection_case (id),
    generation  integer      not null,
    rotated_at  timestamp with time zone not null,
    rotated_by  varchar(200) not null
);

-- Files a debtor sent for a case (evidence for a dispute, proof of payment), checked by content before stored.
create table case_file (
    id           uuid primary key,
    case_id      uuid          not null references collection_case (id),
    creditor_id  uuid          not null,
    kind         varchar(20)   not null,
    file_name    varchar(200)  not null,
    media_type   varchar(50)   not null,
    size_bytes   integer       not null,
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(200)  not null
);
create index case_file_by_case on case_file (case_id, uploaded_at);
