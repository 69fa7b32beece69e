import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to what a signed-in caller is built from notifies `caller_changed` (at commit), so each API
 * instance evicts it from its caller cache (common/access/caller-cache.ts): `u:<user id>` for users and for
 * revoked or deleted refresh tokens (a session ended), `a:<agency id>` for agencies and their working areas, `*`
 * after a TRUNCATE of any of them.
 */
export class CallerChanged1796588025059 implements MigrationInterface {
  name = 'CallerChanged1796588025059';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION caller_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('caller_changed', '*');
  ELSIF TG_TABLE_NAME = 'users' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('caller_changed', 'u:' || OLD.id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('caller_changed', 'u:' || NEW.id); END IF;
  ELSIF TG_TABLE_NAME = 'refresh_tokens' THEN
    PERFORM pg_notify('caller_changed', 'u:' || OLD.user_id);
  ELSIF TG_TABLE_NAME = 'agencies' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('caller_changed', 'a:' || OLD.id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('caller_changed', 'a:' || NEW.id); END IF;
  ELSIF TG_TABLE_NAME = 'agency_working_areas' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('caller_changed', 'a:' || OLD.agency_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('caller_changed', 'a:' || NEW.agency_id); END IF;
  END IF;
  RETURN NULL;
END $$`);
    for (const table of ['users', 'agencies', 'agency_working_areas']) {
      await queryRunner.query(`CREATE TRIGGER caller_changed AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION caller_changed()`);
    }
    // Refresh tokens: only a revocation or a deletion ends anything (a rotation revokes the spent one, too).
    await queryRunner.query(`CREATE TRIGGER caller_changed AFTER UPDATE OF revoked_at ON "refresh_tokens" FOR EACH ROW
      WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) EXECUTE FUNCTION caller_changed()`);
    await queryRunner.query(`CREATE TRIGGER caller_changed_deleted AFTER DELETE ON "refresh_tokens" FOR EACH ROW EXECUTE FUNCTION caller_changed()`);
    for (const table of ['users', 'agencies', 'agency_working_areas', 'refresh_tokens']) {
      await queryRunner.query(`CREATE TRIGGER caller_changed_truncated AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION caller_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['users', 'agencies', 'agency_working_areas', 'refresh_tokens']) {
      await queryRunner.query(`DROP TRIGGER caller_changed_truncated ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER caller_changed ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER caller_changed_deleted ON "refresh_tokens"`);
    await queryRunner.query('DROP FUNCTION caller_changed()');
  }
}
