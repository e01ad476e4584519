-- Base rates (§247 BGB) an admin added after a release; they override the published table.

create table base_rate_addition (
    valid_from date primary key,
    rate       numeric(5, 2) not null,
    added_at   timestamp with time zone not null,
    added_by   varchar(200)  not null
);
