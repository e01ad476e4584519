-- Orders a shop reports for its customers (by its customer number), for the retention figure: did a customer whose
-- claim ended paid order again? One row per customer and day is enough for that, so a repeated report adds nothing.
create table customer_order (
    id                  uuid primary key,
    creditor_id         uuid        not null,
    customer_number     varchar(50) not null,
    customer_key        varchar(50) not null,
    ordered_on          date        not null,
    created_at          timestamp with time zone not null,
    constraint customer_order_once unique (creditor_id, customer_key, ordered_on)
);
