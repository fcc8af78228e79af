-- H2 has no procedural triggers: a Java trigger refuses UPDATE and DELETE of ledger entries and
-- audit records, as the PostgreSQL trigger does. Corrections are retraction entries.
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE, DELETE ON ledger_entries
    FOR EACH ROW CALL 'org.detente.store.jdbc.AppendOnlyTrigger';

CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'org.detente.store.jdbc.AppendOnlyTrigger';
