-- Payments exported for a period are read in booking-date order, chunk by chunk on (booking_date, id).
create index payment_by_creditor_booking on payment (creditor_id, booking_date, id);
create index payment_by_booking on payment (booking_date, id);
