-- Issue 18: new claims are written with COPY, which cannot call nextval per row; the column's default does it.
alter table claim alter column reference_number set default nextval('claim_reference_number');
