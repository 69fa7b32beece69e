import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data, kept apart from the schema change: the topics the issue names, and the programme framework with
 * the four items PRODUCT.md knows, worded exactly as published. Administrators add the rest; nothing is invented.
 */
export class ActivityReferenceData1795949235714 implements MigrationInterface {
  name = 'ActivityReferenceData1795949235714';

  async up(queryRunner: QueryRunner): Promise<void> {
    const topics = ['ruang lingkup', 'modus operandi', 'tantangan', 'dampak', 'pencegahan secara hukum', 'pencegahan secara sosial', 'prosedur PMI', 'layanan paspor'];
    await queryRunner.query(`INSERT INTO topics (name, position) SELECT name, ord FROM unnest($1::varchar[]) WITH ORDINALITY AS t(name, ord)`, [topics]);
    const [{ id }] = await queryRunner.query(
      `INSERT INTO programme_frameworks (name, valid_from, valid_to)
       VALUES ('13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan', '2024-01-01', '2025-12-31') RETURNING id`,
    );
    const items: [number, string][] = [
      [1, 'pemberantasan narkoba dan penipuan dengan berbagai modus di lapas dan rutan'],
      [2, 'pendayagunaan warga binaan untuk mendukung ketahanan pangan nasional'],
      [3, 'penguatan UMKM'],
      [8, 'pencegahan TPPO dan TPPM'],
    ];
    for (const [number, title] of items) {
      await queryRunner.query(`INSERT INTO programme_items (framework_id, number, title) VALUES ($1, $2, $3)`, [id, number, title]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM programme_frameworks WHERE name = '13 Program Akselerasi Kementerian Imigrasi dan Pemasyarakatan'`);
    await queryRunner.query(`DELETE FROM topics`);
  }
}
