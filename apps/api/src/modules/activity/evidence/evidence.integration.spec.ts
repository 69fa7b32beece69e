import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { startTestApp, TestApp, testConfig } from '../../../../test/test-app';
import { createApp } from '../../../bootstrap';
import { S3EvidenceStore } from './evidence-store-s3';
import { withAdmin } from '../../../../test/test-database';

/** Demo activities (apps/api/src/modules/seed/demo-activities.ts), all led by Kanim Kerinci. */
const FOUNDING_VERIFIED = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
const RETURNED = '6a1f0c2e-1b7d-4c55-9a51-000000000004';
const DRAFT = '6a1f0c2e-1b7d-4c55-9a51-000000000005';
/** Planned, Dinas PMTSP-TK Merangin invited as co-organiser (not yet answered); in Kanwil Jambi's scope. */
const PLANNED_WITH_PARTNER = '6a1f0c2e-1b7d-4c55-9a51-000000000006';

const MB = 1024 * 1024;
const pdf = (body = 'Daftar hadir') => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface UploadAnswer {
  status: number;
  body: Record<string, any>;
}

const BUCKET = 'jangkau-evidence';
/** s3rver's built-in account. */
const S3_KEYS = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };

/**
 * The same journeys with either store: the folder EVIDENCE_DIR (the default), and an S3-compatible bucket, served
 * in this process by s3rver (a real S3 HTTP server writing to a temporary folder) and reached through S3_URL.
 */
describe.each(['local', 's3'] as const)('activity evidence (real PostgreSQL, %s store, over HTTP)', (store) => {
  let t: TestApp;
  /** EVIDENCE_DIR: the files themselves with the local store; uploads in progress (.tmp/) only with S3. */
  let dir: string;
  let s3rverDir: string;
  let s3rver: S3rver | null = null;
  let s3rverPort = 0;
  let s3: S3Client;
  let jpeg: Buffer;
  let png: Buffer;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  /** Every file under the evidence folder, the temporary folder included, relative to it. */
  const localFiles = (): string[] => {
    const walk = (at: string): string[] => readdirSync(at).flatMap((name) => (statSync(join(at, name)).isDirectory() ? walk(join(at, name)) : [relative(dir, join(at, name))]));
    return walk(dir);
  };
  /** The objects in the bucket, listed with the SDK as any S3 client would. */
  const objects = async (): Promise<string[]> => {
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }));
      names.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
    } while (token);
    return names;
  };
  /** Every stored file (and upload in progress) as `<activity id>/<evidence id>[.thumb.webp]` or `.tmp/…`, wherever it is kept. */
  const files = async (): Promise<string[]> => [...localFiles(), ...(store === 's3' ? await objects() : [])].sort();
  /** The bytes stored under a name, read from the store itself (not through the API). */
  const storedBytes = async (name: string): Promise<Buffer> =>
    store === 's3' ? Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: name }))).Body!.transformToByteArray()) : readFileSync(join(dir, name));
  const deleteStored = async (name: string) => (store === 's3' ? void (await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: name }))) : rmSync(join(dir, name)));
  const startS3rver = async () => {
    s3rver = new S3rver({ port: s3rverPort, address: '127.0.0.1', silent: true, directory: s3rverDir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    s3rverPort = (await s3rver.run()).port;
  };
  const s3Url = () => `http://127.0.0.1:${s3rverPort}/${BUCKET}`;
  const evidenceCount = async () => (await sql(`SELECT count(*)::int AS n FROM activity_evidence`))[0].n as number;

  async function upload(
    account: string | null,
    activityId: string,
    bytes: Buffer,
    fileName: string,
    options: { claimedType?: string; field?: string; language?: string; key?: string } = {},
  ): Promise<UploadAnswer> {
    const form = new FormData();
    // The browser's claim about the type is deliberately misleading in some tests: the server must not care.
    form.append(options.field ?? 'file', new Blob([bytes], { type: options.claimedType ?? 'application/octet-stream' }), fileName);
    const headers: Record<string, string> = {
      ...(account ? await t.as(account) : {}),
      ...(options.language ? { 'accept-language': options.language } : {}),
      ...(options.key ? { 'idempotency-key': options.key } : {}),
    };
    const res = await fetch(`${t.baseUrl}/api/activities/${activityId}/evidence`, { method: 'POST', headers, body: form });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }

  const get = async (account: string | null, path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}${path}`, { headers: { ...(account ? await t.as(account) : {}), ...headers } });

  /** Refused, and nothing of the upload is left: no row, no file, nothing in the temporary folder. */
  async function expectRefusedWithoutTrace(attempt: () => Promise<UploadAnswer>, status: number, error: string): Promise<UploadAnswer> {
    const rowsBefore = await evidenceCount();
    const filesBefore = await files();
    const answer = await attempt();
    expect({ status: answer.status, error: answer.body.error }).toEqual({ status, error });
    expect(typeof answer.body.message).toBe('string');
    expect(await evidenceCount()).toBe(rowsBefore);
    expect(await files()).toEqual(filesBefore);
    return answer;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jangkau-evidence-test-'));
    if (store === 's3') {
      s3rverDir = mkdtempSync(join(tmpdir(), 'jangkau-s3rver-test-'));
      await startS3rver();
      s3 = new S3Client({ endpoint: `http://127.0.0.1:${s3rverPort}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    }
    t = await startTestApp({ EVIDENCE_DIR: dir, EVIDENCE_MAX_MB: '1', ...(store === 's3' ? { S3_URL: s3Url(), ...S3_KEYS } : {}) });
    jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 180, g: 40, b: 30 } } })
      .jpeg({ quality: 80 })
      .toBuffer();
    png = await sharp({ create: { width: 400, height: 600, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } })
      .png()
      .toBuffer();
  });

  afterAll(async () => {
    await t?.close();
    s3?.destroy();
    await s3rver?.close();
    rmSync(dir, { recursive: true, force: true });
    if (s3rverDir) rmSync(s3rverDir, { recursive: true, force: true });
  });

  describe('adding', () => {
    it("stores a JPEG from the lead agency's officer, with a thumbnail, and answers what it stored", async () => {
      const answer = await upload('petugas.kerinci', DRAFT, jpeg, 'Foto Kegiatan – Sungai Penuh.jpg', { claimedType: 'image/jpeg' });
      expect(answer.status).toBe(201);
      const id = answer.body.id as string;
      expect(answer.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        activityId: DRAFT,
        fileName: 'Foto Kegiatan – Sungai Penuh.jpg',
        contentType: 'image/jpeg',
        sizeBytes: jpeg.length,
        sha256: sha256(jpeg),
        hasThumbnail: true,
        createdAt: expect.any(String),
        agency: { id: expect.any(String), name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci' },
        uploadedByName: expect.any(String),
        url: `/api/evidence/${id}`,
        thumbnailUrl: `/api/evidence/${id}/thumbnail`,
      });
      expect(await files()).toEqual(expect.arrayContaining([`${DRAFT}/${id}`, `${DRAFT}/${id}.thumb.webp`]));
      expect((await files()).filter((f) => f.startsWith('.tmp/'))).toEqual([]);
      expect((await storedBytes(`${DRAFT}/${id}`)).equals(jpeg)).toBe(true);
      // In the bucket, and nothing of it on this machine: another instance serves it as well.
      if (store === 's3') {
        expect(await objects()).toEqual(expect.arrayContaining([`${DRAFT}/${id}`, `${DRAFT}/${id}.thumb.webp`]));
        expect(localFiles()).toEqual([]);
      }
      const [audit] = await sql(`SELECT operation, entity, actor_username, subject_agency_id, changes FROM audit_log WHERE entity = 'Evidence' AND entity_id = $1`, [id]);
      expect(audit).toMatchObject({
        operation: 'addActivityEvidence',
        actor_username: 'petugas.kerinci',
        subject_agency_id: answer.body.agency.id,
        changes: { fileName: { from: null, to: 'Foto Kegiatan – Sungai Penuh.jpg' }, contentType: { from: null, to: 'image/jpeg' }, sha256: { from: null, to: sha256(jpeg) } },
      });
    });

    it('stores a keyed upload once however often the phone sends it, even at once, and refuses the key elsewhere', async () => {
      const key = '0b7e3c52-9d41-4f6a-8e21-5c3a9f7d1e02';
      const rowsBefore = await evidenceCount();
      const first = await upload('petugas.kerinci', RETURNED, jpeg, 'foto-lapangan.jpg', { key: key.toUpperCase() });
      expect({ status: first.status, id: first.body.id }).toEqual({ status: 201, id: key });
      // The reply was lost: the outbox sends the same file with the same key, twice at once.
      const again = await Promise.all([1, 2].map(() => upload('petugas.kerinci', RETURNED, jpeg, 'foto-lapangan.jpg', { key })));
      expect(again.map((a) => [a.status, a.body.id, a.body.sha256])).toEqual([
        [200, key, sha256(jpeg)],
        [200, key, sha256(jpeg)],
      ]);
      expect(await evidenceCount()).toBe(rowsBefore + 1);
      expect((await files()).filter((f) => f.includes(key))).toEqual([`${RETURNED}/${key}`, `${RETURNED}/${key}.thumb.webp`]);
      expect((await files()).filter((f) => f.startsWith('.tmp/'))).toEqual([]);
      // The same key for another activity, or from another agency, is refused without a trace.
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, pdf(), 'lain.pdf', { key }), 409, 'EVIDENCE_KEY_REUSED');
      const invalid = await expectRefusedWithoutTrace(() => upload('petugas.kerinci', RETURNED, pdf(), 'lain.pdf', { key: 'foto-1' }), 400, 'EVIDENCE_KEY_INVALID');
      expect(invalid.body.message).toBe('Kunci unggahan (Idempotency-Key) harus berupa UUID.');
      await sql(`DELETE FROM activity_evidence WHERE id = $1`, [key]);
    });

    it('goes by the bytes, not by the name or the claimed type: a PNG called .jpg is kept as a PNG', async () => {
      // (An id in capitals names the same activity; the file is stored under its canonical spelling.)
      const answer = await upload('kepala.kerinci', DRAFT.toUpperCase(), png, 'foto.jpg', { claimedType: 'image/jpeg' });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ activityId: DRAFT, contentType: 'image/png', fileName: 'foto.png', hasThumbnail: true });
      expect(await files()).toContain(`${DRAFT}/${answer.body.id}.thumb.webp`);
    });

    it('stores a PDF (attendance list) without a thumbnail', async () => {
      const bytes = pdf();
      const answer = await upload('petugas.kerinci', DRAFT, bytes, 'Daftar Hadir.pdf', { claimedType: 'application/pdf' });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ contentType: 'application/pdf', fileName: 'Daftar Hadir.pdf', sizeBytes: bytes.length, hasThumbnail: false, thumbnailUrl: null });
      expect(await files()).toContain(`${DRAFT}/${answer.body.id}`);
      expect(await files()).not.toContain(`${DRAFT}/${answer.body.id}.thumb.webp`);
    });

    it('refuses a file whose bytes are not a photo or PDF, whatever it is called, in the caller’s language', async () => {
      const html = Buffer.from('<!doctype html><html><body><script>fetch("/graphql")</script></body></html>');
      const refused = await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, html, 'foto.jpg', { claimedType: 'image/jpeg' }), 415, 'EVIDENCE_TYPE_NOT_ALLOWED');
      expect(refused.body).toEqual({ error: 'EVIDENCE_TYPE_NOT_ALLOWED', field: 'file', message: 'Jenis berkas tidak diizinkan. Unggah foto (JPEG, PNG, WebP) atau PDF.' });
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0x90)]);
      const english = await expectRefusedWithoutTrace(
        () => upload('petugas.kerinci', DRAFT, exe, 'laporan.pdf', { claimedType: 'application/pdf', language: 'en' }),
        415,
        'EVIDENCE_TYPE_NOT_ALLOWED',
      );
      expect(english.body.message).toBe('This type of file is not allowed. Upload a photo (JPEG, PNG, WebP) or a PDF.');
    });

    it('refuses a file that starts like a JPEG but is not an image', async () => {
      const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script></html>'.repeat(20))]);
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, fake, 'foto.jpg'), 422, 'EVIDENCE_IMAGE_UNREADABLE');
    });

    it('refuses a file over the cap, whether or not the request declared its size, and keeps nothing', async () => {
      // Just over the cap: the declared length passes the first check, the stream is cut at the cap.
      const over = Buffer.concat([pdf(), Buffer.alloc(1 * MB, 0x20)]);
      const refused = await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, over, 'laporan.pdf'), 413, 'EVIDENCE_TOO_LARGE');
      expect(refused.body.message).toBe('Berkas terlalu besar: paling besar 1 MB.');
      // Far over: refused on the declared length, before it is read.
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, Buffer.concat([pdf(), Buffer.alloc(3 * MB, 0x20)]), 'laporan.pdf'), 413, 'EVIDENCE_TOO_LARGE');
      // Sent in chunks with no declared length (as a proxy may forward it): cut at the cap, answered all the same.
      await expectRefusedWithoutTrace(
        async () => {
          const boundary = 'jangkau-test-boundary';
          const parts = [
            Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
            pdf(),
            ...Array.from({ length: 48 }, () => Buffer.alloc(64 * 1024, 0x20)),
            Buffer.from(`\r\n--${boundary}--\r\n`),
          ];
          const body = new ReadableStream<Uint8Array>({
            pull(controller) {
              const next = parts.shift();
              if (next) controller.enqueue(next);
              else controller.close();
            },
          });
          const res = await fetch(`${t.baseUrl}/api/activities/${DRAFT}/evidence`, {
            method: 'POST',
            headers: { ...(await t.as('petugas.kerinci')), 'content-type': `multipart/form-data; boundary=${boundary}` },
            body,
            duplex: 'half',
          } as RequestInit);
          return { status: res.status, body: (await res.json()) as Record<string, any> };
        },
        413,
        'EVIDENCE_TOO_LARGE',
      );
      // Exactly at the cap is fine.
      const atCap = Buffer.concat([pdf(), Buffer.alloc(1 * MB - pdf().length, 0x20)]);
      const accepted = await upload('petugas.kerinci', DRAFT, atCap, 'laporan.pdf');
      expect({ status: accepted.status, sizeBytes: accepted.body.sizeBytes }).toEqual({ status: 201, sizeBytes: 1 * MB });
      await sql(`DELETE FROM activity_evidence WHERE id = $1`, [accepted.body.id]);
      await deleteStored(`${DRAFT}/${accepted.body.id}`);
    });

    it('refuses an empty file, a form without the file field, and a body that is not a form', async () => {
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, Buffer.alloc(0), 'kosong.pdf'), 400, 'EVIDENCE_EMPTY');
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, pdf(), 'laporan.pdf', { field: 'document' }), 400, 'EVIDENCE_UPLOAD_INVALID');
      await expectRefusedWithoutTrace(
        async () => {
          const res = await fetch(`${t.baseUrl}/api/activities/${DRAFT}/evidence`, {
            method: 'POST',
            headers: { ...(await t.as('petugas.kerinci')), 'content-type': 'application/json' },
            body: JSON.stringify({ file: 'JVBERi0xLjQK' }),
          });
          return { status: res.status, body: (await res.json()) as Record<string, any> };
        },
        400,
        'EVIDENCE_UPLOAD_INVALID',
      );
    });

    it('refuses uploads to a verified activity: it is locked', async () => {
      const refused = await expectRefusedWithoutTrace(() => upload('petugas.kerinci', FOUNDING_VERIFIED, pdf(), 'laporan.pdf'), 409, 'EVIDENCE_ACTIVITY_LOCKED');
      expect(refused.body.message).toBe('Bukti pada kegiatan berstatus Terverifikasi tidak dapat ditambah atau dihapus.');
      // The accepted co-organiser is refused for the same reason.
      await expectRefusedWithoutTrace(() => upload('dinas.merangin', FOUNDING_VERIFIED, pdf(), 'laporan.pdf'), 409, 'EVIDENCE_ACTIVITY_LOCKED');
    });

    it('answers "not found" to an agency that cannot see the activity, and "forbidden" to those who may not write', async () => {
      // Dinas Merangin does not organise the Kerinci draft, so for them it does not exist.
      await expectRefusedWithoutTrace(() => upload('dinas.merangin', DRAFT, pdf(), 'laporan.pdf'), 404, 'ACTIVITY_NOT_FOUND');
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', '6a1f0c2e-1b7d-4c55-9a51-0000000000ff', pdf(), 'laporan.pdf'), 404, 'ACTIVITY_NOT_FOUND');
      await expectRefusedWithoutTrace(() => upload('petugas.kerinci', 'not-a-uuid', pdf(), 'laporan.pdf'), 404, 'ACTIVITY_NOT_FOUND');
      // Viewers and village officers record nothing; nobody uploads without signing in.
      await expectRefusedWithoutTrace(() => upload('kanwil.jambi', PLANNED_WITH_PARTNER, pdf(), 'laporan.pdf'), 403, 'ACCESS_DENIED');
      await expectRefusedWithoutTrace(() => upload('desa.pulaurengas', DRAFT, pdf(), 'laporan.pdf'), 403, 'ACCESS_DENIED');
      const anonymous = await expectRefusedWithoutTrace(() => upload(null, DRAFT, pdf(), 'laporan.pdf'), 401, 'AUTH_SIGN_IN_REQUIRED');
      expect(anonymous.status).toBe(401);
    });

    it('lets an invited co-organiser add evidence once it has accepted, and not before', async () => {
      const before = await expectRefusedWithoutTrace(() => upload('dinas.merangin', PLANNED_WITH_PARTNER, pdf(), 'laporan.pdf'), 403, 'EVIDENCE_INVITATION_NOT_ACCEPTED');
      expect(before.body.message).toMatch(/Terima undangan/);
      const accepted = await t.gql(`mutation ($id: ID!) { answerActivityInvitation(id: $id, accept: true) { id } }`, { id: PLANNED_WITH_PARTNER }, await t.as('dinas.merangin'));
      expect(accepted.errors).toBeUndefined();
      const answer = await upload('dinas.merangin', PLANNED_WITH_PARTNER, png, 'Dokumentasi Dinas.png');
      expect(answer.status).toBe(201);
      expect(answer.body.agency.shortName).toBe('Dinas PMTSP-TK Merangin');
    });

    it(`refuses more than 30 files on one activity`, async () => {
      await sql(
        `INSERT INTO activity_evidence (activity_id, agency_id, uploaded_by, file_name, content_type, size_bytes, sha256, storage_key)
         SELECT a.id, a.lead_agency_id, a.created_by, 'x.pdf', 'application/pdf', 1, repeat('0', 64), a.id || '/' || gen_random_uuid()
         FROM activities a, generate_series(1, 30) WHERE a.id = $1`,
        [RETURNED],
      );
      const refused = await expectRefusedWithoutTrace(() => upload('petugas.kerinci', RETURNED, pdf(), 'laporan.pdf'), 409, 'EVIDENCE_TOO_MANY');
      expect(refused.body.message).toMatch(/sudah memiliki 30 bukti/);
      await sql(`DELETE FROM activity_evidence WHERE activity_id = $1`, [RETURNED]);
    });

    it('leaves no file behind when the database refuses the commit after the file was moved into place', async () => {
      // A deferred constraint trigger fails at COMMIT, the last moment: after the row, the audit entry and the move.
      await sql(`CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
      await sql(`CREATE CONSTRAINT TRIGGER refuse_evidence AFTER INSERT ON activity_evidence DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_evidence()`);
      try {
        const auditBefore = (await sql(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
        await expectRefusedWithoutTrace(() => upload('petugas.kerinci', DRAFT, jpeg, 'foto.jpg'), 500, 'INTERNAL');
        expect((await sql(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(auditBefore);
      } finally {
        await sql(`DROP TRIGGER refuse_evidence ON activity_evidence`);
        await sql(`DROP FUNCTION refuse_evidence()`);
      }
    });
  });

  describe('reading', () => {
    let photoId: string;
    let pdfId: string;
    const pdfBytes = pdf('Laporan kegiatan');

    beforeAll(async () => {
      photoId = (await upload('petugas.kerinci', DRAFT, jpeg, 'rapat.jpg')).body.id;
      pdfId = (await upload('petugas.kerinci', DRAFT, pdfBytes, 'Laporan Kegiatan.pdf')).body.id;
    });

    it('downloads the exact bytes, as an attachment that browsers neither sniff nor keep unchecked', async () => {
      const res = await get('petugas.kerinci', `/api/evidence/${pdfId}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdfBytes)).toBe(true);
      expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control', 'etag'].map((h) => [h, res.headers.get(h)]))).toEqual({
        'content-type': 'application/pdf',
        'content-length': String(pdfBytes.length),
        'content-disposition': 'attachment; filename="Laporan Kegiatan.pdf"',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-cache',
        etag: `"${sha256(pdfBytes)}"`,
      });
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      const photo = await get('petugas.kerinci', `/api/evidence/${photoId}`);
      expect(photo.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await photo.arrayBuffer()).equals(jpeg)).toBe(true);
    });

    it('answers an unchanged file with 304 after checking access again', async () => {
      const res = await get('petugas.kerinci', `/api/evidence/${pdfId}`, { 'if-none-match': `"${sha256(pdfBytes)}"` });
      expect(res.status).toBe(304);
      expect((await get('dinas.merangin', `/api/evidence/${pdfId}`, { 'if-none-match': `"${sha256(pdfBytes)}"` })).status).toBe(404);
    });

    it('gives a name with non-Latin characters in the RFC 6266 form', async () => {
      const id = (await upload('petugas.kerinci', DRAFT, pdf(), 'Notulen “Rapat” – Kerinci.pdf')).body.id;
      const res = await get('petugas.kerinci', `/api/evidence/${id}`);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="Notulen ?Rapat? ? Kerinci.pdf"; filename*=UTF-8''Notulen%20%E2%80%9CRapat%E2%80%9D%20%E2%80%93%20Kerinci.pdf`,
      );
    });

    it('serves the thumbnail of a photo, a WebP of at most 320 px', async () => {
      const res = await get('kepala.kerinci', `/api/evidence/${photoId}/thumbnail`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'webp', width: 320, height: 213 });
      const none = await get('kepala.kerinci', `/api/evidence/${pdfId}/thumbnail`);
      expect({ status: none.status, body: await none.json() }).toMatchObject({ status: 404, body: { error: 'EVIDENCE_THUMBNAIL_NOT_FOUND' } });
    });

    it('does not exist for those who cannot see the activity; administrators see all', async () => {
      for (const account of ['dinas.merangin', 'kanwil.jambi', 'ditjen']) {
        for (const path of [`/api/evidence/${photoId}`, `/api/evidence/${photoId}/thumbnail`]) {
          const res = await get(account, path);
          expect({ account, path, status: res.status, body: await res.json() }).toEqual({
            account,
            path,
            status: 404,
            body: { error: 'EVIDENCE_NOT_FOUND', field: 'id', message: 'Bukti tidak ditemukan.' },
          });
        }
      }
      expect((await get('admin', `/api/evidence/${photoId}`)).status).toBe(200);
      expect((await get(null, `/api/evidence/${photoId}`)).status).toBe(401);
      expect((await get('petugas.kerinci', `/api/evidence/not-a-uuid`)).status).toBe(404);
    });

    it('lists evidence on the activity in GraphQL, to those who see the activity', async () => {
      const query = `query ($id: ID!) { activity(id: $id) { evidence { id fileName contentType sizeBytes hasThumbnail url thumbnailUrl removable uploadedByName agency { shortName } } } }`;
      const lead = await t.gql(query, { id: DRAFT }, await t.as('petugas.kerinci'));
      expect(lead.errors).toBeUndefined();
      const photo = lead.data!.activity.evidence.find((e: { id: string }) => e.id === photoId);
      expect(photo).toEqual({
        id: photoId,
        fileName: 'rapat.jpg',
        contentType: 'image/jpeg',
        sizeBytes: jpeg.length,
        hasThumbnail: true,
        url: `/api/evidence/${photoId}`,
        thumbnailUrl: `/api/evidence/${photoId}/thumbnail`,
        removable: true,
        uploadedByName: expect.any(String),
        agency: { shortName: 'Kanim Kerinci' },
      });
      expect((await t.gql(query, { id: DRAFT }, await t.as('dinas.merangin'))).data).toEqual({ activity: null });
      // A planned activity in Kanwil Jambi's scope: its evidence is visible there too, but not removable.
      const viewer = await t.gql(query, { id: PLANNED_WITH_PARTNER }, await t.as('kanwil.jambi'));
      expect(viewer.data!.activity.evidence.length).toBeGreaterThan(0);
      expect(viewer.data!.activity.evidence.every((e: { removable: boolean }) => !e.removable)).toBe(true);
      const id = viewer.data!.activity.evidence[0].id;
      expect((await get('kanwil.jambi', `/api/evidence/${id}`)).status).toBe(200);
    });
  });

  describe('removing', () => {
    const REMOVE = `mutation ($id: ID!) { removeActivityEvidence(id: $id) }`;

    it('removes evidence the agency added, with its files, audited', async () => {
      const added = (await upload('petugas.kerinci', DRAFT, jpeg, 'salah foto.jpg')).body;
      expect((await files()).filter((f) => f.includes(added.id))).toEqual([`${DRAFT}/${added.id}`, `${DRAFT}/${added.id}.thumb.webp`]);
      const res = await t.gql(REMOVE, { id: added.id }, await t.as('kepala.kerinci'));
      expect(res).toMatchObject({ data: { removeActivityEvidence: true } });
      expect(await sql(`SELECT id FROM activity_evidence WHERE id = $1`, [added.id])).toEqual([]);
      expect((await files()).filter((f) => f.includes(added.id))).toEqual([]);
      const [audit] = await sql(`SELECT operation, actor_username, changes FROM audit_log WHERE entity = 'Evidence' AND entity_id = $1 AND operation = 'removeActivityEvidence'`, [added.id]);
      expect(audit).toMatchObject({ actor_username: 'kepala.kerinci', changes: { fileName: { from: 'salah foto.jpg', to: null }, sha256: { from: sha256(jpeg), to: null } } });
      expect((await get('petugas.kerinci', `/api/evidence/${added.id}`)).status).toBe(404);
      const again = await t.gql(REMOVE, { id: added.id }, await t.as('kepala.kerinci'));
      expect(again.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'EVIDENCE_NOT_FOUND' } });
    });

    it('refuses others: not found outside the activity, forbidden to another organiser, locked once verified', async () => {
      const kerinciFile = (await upload('petugas.kerinci', PLANNED_WITH_PARTNER, pdf(), 'undangan.pdf')).body.id;
      const dinasFile = (await sql(`SELECT e.id FROM activity_evidence e JOIN agencies g ON g.id = e.agency_id WHERE g.short_name = 'Dinas PMTSP-TK Merangin' LIMIT 1`))[0].id;
      const draftFile = (await sql(`SELECT id FROM activity_evidence WHERE activity_id = $1 LIMIT 1`, [DRAFT]))[0].id;
      const reason = async (account: string, id: string) => (await t.gql(REMOVE, { id }, await t.as(account))).errors?.[0]?.extensions?.reason;
      expect(await reason('dinas.merangin', draftFile)).toBe('EVIDENCE_NOT_FOUND');
      expect(await reason('dinas.merangin', kerinciFile)).toBe('EVIDENCE_NOT_OWN');
      expect(await reason('petugas.kerinci', dinasFile)).toBe('EVIDENCE_NOT_OWN');
      expect(await reason('kanwil.jambi', kerinciFile)).toBe('ACCESS_DENIED');
      expect(await reason('petugas.kerinci', 'not-a-uuid')).toBe('EVIDENCE_NOT_FOUND');
      // Submitted for verification: the record is no longer editable, so neither is its evidence.
      await sql(`UPDATE activities SET status = 'SUBMITTED' WHERE id = $1`, [DRAFT]);
      try {
        expect(await reason('petugas.kerinci', draftFile)).toBe('EVIDENCE_ACTIVITY_LOCKED');
      } finally {
        await sql(`UPDATE activities SET status = 'DRAFT' WHERE id = $1`, [DRAFT]);
      }
      expect(await sql(`SELECT count(*)::int AS n FROM activity_evidence WHERE id = ANY($1::uuid[])`, [[kerinciFile, dinasFile, draftFile]])).toEqual([{ n: 3 }]);
    });
  });
  // What only a bucket gives (several instances) or can do (be away while the API runs).
  if (store === 's3') {
    describe('several instances, one bucket', () => {
      it('serves, through another instance with a folder of its own, what was uploaded through this one, and the other way round', async () => {
        // A second API process on the same database and bucket, as behind a load balancer; its EVIDENCE_DIR is its own.
        const otherDir = mkdtempSync(join(tmpdir(), 'jangkau-evidence-other-'));
        const other = await createApp(testConfig({ EVIDENCE_DIR: otherDir, EVIDENCE_MAX_MB: '1', DEMO_MODE: 'false', S3_URL: s3Url(), ...S3_KEYS }), t.db.url);
        try {
          await other.listen(0, '127.0.0.1');
          const address = other.getHttpServer().address();
          const otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
          const getFrom = async (base: string, account: string, path: string) => fetch(`${base}${path}`, { headers: await t.as(account) });

          const photo = (await upload('petugas.kerinci', DRAFT, png, 'Foto dari instans A.png')).body;
          const there = await getFrom(otherUrl, 'kepala.kerinci', `/api/evidence/${photo.id}`);
          expect({ status: there.status, type: there.headers.get('content-type') }).toEqual({ status: 200, type: 'image/png' });
          expect(Buffer.from(await there.arrayBuffer()).equals(png)).toBe(true);
          const thumbnail = await getFrom(otherUrl, 'kepala.kerinci', `/api/evidence/${photo.id}/thumbnail`);
          const meta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
          expect({ status: thumbnail.status, format: meta.format, height: meta.height }).toEqual({ status: 200, format: 'webp', height: 320 });
          // The other instance asks the same questions: who cannot see the activity does not find its evidence.
          expect((await getFrom(otherUrl, 'dinas.merangin', `/api/evidence/${photo.id}`)).status).toBe(404);

          // Uploaded through the other instance, served by this one.
          const form = new FormData();
          const bytes = pdf('Daftar hadir dari instans B');
          form.append('file', new Blob([bytes]), 'Daftar Hadir B.pdf');
          const sent = await fetch(`${otherUrl}/api/activities/${DRAFT}/evidence`, { method: 'POST', headers: await t.as('petugas.kerinci'), body: form });
          const sentId = ((await sent.json()) as { id: string }).id;
          expect(sent.status).toBe(201);
          expect(Buffer.from(await (await get('petugas.kerinci', `/api/evidence/${sentId}`)).arrayBuffer()).equals(bytes)).toBe(true);

          // Removed through the other instance: gone from the bucket, and from this instance's answers.
          const removed = await fetch(`${otherUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(await t.as('petugas.kerinci')) },
            body: JSON.stringify({ query: `mutation ($id: ID!) { removeActivityEvidence(id: $id) }`, variables: { id: photo.id } }),
          });
          expect(await removed.json()).toEqual({ data: { removeActivityEvidence: true } });
          expect((await objects()).filter((name) => name.includes(photo.id))).toEqual([]);
          expect((await get('petugas.kerinci', `/api/evidence/${photo.id}`)).status).toBe(404);
          // Neither instance kept a file of its own.
          expect(localFiles()).toEqual([]);
          expect(readdirSync(otherDir)).toEqual(['.tmp']);
          expect(readdirSync(join(otherDir, '.tmp'))).toEqual([]);
        } finally {
          await other.close();
          rmSync(otherDir, { recursive: true, force: true });
        }
      });
    });

    describe('when the object store fails', () => {
      it('refuses an upload the store does not take, records nothing, and takes the same keyed upload once it is back', async () => {
        const key = '3c9d2f4e-7a1b-4e8c-9f6d-2b5a8c1e7d03';
        const rowsBefore = await evidenceCount();
        const filesBefore = await files();
        await s3rver!.close();
        let refused: UploadAnswer;
        try {
          refused = await upload('petugas.kerinci', DRAFT, jpeg, 'foto.jpg', { key });
        } finally {
          await startS3rver();
        }
        expect({ status: refused.status, error: refused.body.error }).toEqual({ status: 507, error: 'EVIDENCE_STORAGE_FAILED' });
        expect(await evidenceCount()).toBe(rowsBefore);
        expect(await files()).toEqual(filesBefore);
        // The phone's outbox sends it again with the same key: stored now, once, and served from the bucket.
        const again = await upload('petugas.kerinci', DRAFT, jpeg, 'foto.jpg', { key });
        expect({ status: again.status, id: again.body.id }).toEqual({ status: 201, id: key });
        expect(await objects()).toEqual(expect.arrayContaining([`${DRAFT}/${key}`, `${DRAFT}/${key}.thumb.webp`]));
        const res = await get('petugas.kerinci', `/api/evidence/${key}`);
        expect(Buffer.from(await res.arrayBuffer()).equals(jpeg)).toBe(true);
      });

      it('does not start without a bucket it may use, and names the variable to fix', async () => {
        const at = (bucket: string, keys: Record<string, string>) => new S3EvidenceStore(testConfig({ EVIDENCE_DIR: dir, S3_URL: `http://127.0.0.1:${s3rverPort}/${bucket}`, ...keys }));
        await expect(at('bukti-tidak-ada', S3_KEYS).onModuleInit()).rejects.toThrow(
          `S3_URL: cannot use the bucket bukti-tidak-ada at http://127.0.0.1:${s3rverPort}/bukti-tidak-ada (no such bucket). Create the bucket, or point S3_URL at one this process may write to.`,
        );
        // (s3rver knows one key, S3RVER; it checks the key id, not the signature.)
        await expect(at(BUCKET, { S3_ACCESS_KEY_ID: 'jangkau-lain', S3_SECRET_ACCESS_KEY: 'salah' }).onModuleInit()).rejects.toThrow(
          /^S3_URL: cannot use the bucket jangkau-evidence at .* \(access denied: check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY\)/,
        );
      });
    });
  }
});
