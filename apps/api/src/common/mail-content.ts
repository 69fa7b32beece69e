import { NotificationKind, type NotificationParams, notificationTitle, NOTIFICATION_KIND_LABELS } from '@jangkau/shared-domain';

/** An e-mail as the outbox keeps it: both bodies written when it was decided. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface Told {
  kind: NotificationKind;
  params: NotificationParams;
  /** Where it opens in the app (a path under PUBLIC_URL). */
  path: string;
}

/** The few characters that change meaning in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The path in the web app a notification opens: its activity, or the list it is about (an import's activities). */
export function notificationPath(n: { activityId: string | null; kind: NotificationKind }): string {
  if (n.activityId) return `/kegiatan/${n.activityId}`;
  if (n.kind === NotificationKind.TARGET_BEHIND) return '/target';
  if (n.kind === NotificationKind.ACTIVITY_SUBMITTED) return '/kegiatan?menunggu=1';
  if (n.kind === NotificationKind.INVITATION_RECEIVED) return '/kegiatan?undangan=1';
  return '/pemberitahuan';
}

const FOOTER_ID = 'Anda menerima surel ini dari Jangkau. Atur pemberitahuan Anda di';
const FOOTER_EN = 'You receive this e-mail from Jangkau. Choose what you are told at';

function page(title: string, inner: string, publicUrl: string): string {
  const settings = `${publicUrl}/pemberitahuan/pengaturan`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2937;max-width:640px;margin:0 auto;padding:16px">
<p style="font-weight:bold;color:#0f766e;margin:0 0 12px">Jangkau</p>
${inner}
<p style="font-size:12px;color:#6b7280;margin-top:24px">${escapeHtml(FOOTER_ID)} <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a>.<br>
<span lang="en">${escapeHtml(FOOTER_EN)} <a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a>.</span></p>
</body></html>`;
}

/** One event, told at once: Indonesian first, English beneath, and the link. */
export function immediateMail(told: Told, publicUrl: string): MailContent {
  const id = notificationTitle(told.kind, told.params, 'id');
  const en = notificationTitle(told.kind, told.params, 'en');
  const link = `${publicUrl}${told.path}`;
  const subject = `[Jangkau] ${id}`.slice(0, 300);
  const text = `${id}\n\nBuka: ${link}\n\n—\n${en}\nOpen: ${link}\n\n${FOOTER_ID} ${publicUrl}/pemberitahuan/pengaturan.\n`;
  const html = page(
    subject,
    `<p style="font-size:16px">${escapeHtml(id)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#0f766e;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Buka di Jangkau</a></p>
<hr style="border:none;border-top:1px solid #e5e7eb">
<p lang="en" style="color:#4b5563">${escapeHtml(en)} — <a href="${escapeHtml(link)}">open in Jangkau</a></p>`,
    publicUrl,
  );
  return { subject, text, html };
}

/** A day's events in one message, grouped by kind, each with its link. */
export function digestMail(entries: Told[], date: string, publicUrl: string): MailContent {
  const byKind = new Map<NotificationKind, Told[]>();
  for (const e of entries) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  const subject = `[Jangkau] Ringkasan harian ${date}: ${entries.length} pemberitahuan`;
  const textParts: string[] = [`Ringkasan harian Jangkau, ${date} (daily digest): ${entries.length} pemberitahuan.`];
  const htmlParts: string[] = [
    `<h1 style="font-size:18px">Ringkasan harian ${escapeHtml(date)}</h1><p>${entries.length} pemberitahuan · <span lang="en">${entries.length} notifications</span></p>`,
  ];
  for (const [kind, items] of byKind) {
    const label = NOTIFICATION_KIND_LABELS[kind];
    textParts.push(`\n${label.id} (${label.en}): ${items.length}`);
    htmlParts.push(
      `<h2 style="font-size:15px;margin-bottom:4px">${escapeHtml(label.id)} <span lang="en" style="color:#6b7280;font-weight:normal">${escapeHtml(label.en)}</span> (${items.length})</h2><ul>`,
    );
    for (const item of items) {
      const link = `${publicUrl}${item.path}`;
      const title = notificationTitle(item.kind, item.params, 'id');
      textParts.push(`- ${title}\n  ${link}`);
      htmlParts.push(`<li><a href="${escapeHtml(link)}">${escapeHtml(title)}</a></li>`);
    }
    htmlParts.push('</ul>');
  }
  textParts.push(`\n${FOOTER_ID} ${publicUrl}/pemberitahuan/pengaturan.`);
  return { subject, text: textParts.join('\n') + '\n', html: page(subject, htmlParts.join('\n'), publicUrl) };
}

/** A head's weekly summary of their working area. */
export interface WeeklyFigures {
  agencyName: string;
  week: string;
  villagesTotal: number;
  villagesReached: number;
  newlyReached: number;
  awaitingVerification: number;
  overdueFollowUps: number;
  targets: { indicator: string; period: string; achieved: number; target: number; status: string }[];
}

const STATUS_ID: Record<string, string> = { ACHIEVED: 'tercapai', ON_TRACK: 'sesuai jadwal', BEHIND: 'tertinggal' };

export function weeklyMail(f: WeeklyFigures, publicUrl: string): MailContent {
  const pct = f.villagesTotal ? ((100 * f.villagesReached) / f.villagesTotal).toLocaleString('id-ID', { maximumFractionDigits: 1 }) : '0';
  const lines: [string, string][] = [
    ['Desa/kelurahan terjangkau (tahun ini)', `${f.villagesReached} dari ${f.villagesTotal} (${pct} %)`],
    ['Baru terjangkau minggu lalu', String(f.newlyReached)],
    ['Menunggu verifikasi', String(f.awaitingVerification)],
    ['Tindak lanjut lewat tenggat', String(f.overdueFollowUps)],
    ...f.targets.map((t): [string, string] => [`Target ${t.indicator} ${t.period}`, `${t.achieved} dari ${t.target}, ${STATUS_ID[t.status] ?? t.status}`]),
  ];
  const subject = `[Jangkau] Ringkasan mingguan ${f.agencyName}, ${f.week}`.slice(0, 300);
  const link = `${publicUrl}/dasbor`;
  const text = `Ringkasan mingguan wilayah kerja ${f.agencyName} (${f.week}; weekly summary)\n\n${lines.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\nDasbor: ${link}\n`;
  const html = page(
    subject,
    `<h1 style="font-size:18px">Ringkasan mingguan ${escapeHtml(f.agencyName)}</h1><p>${escapeHtml(f.week)} · <span lang="en">weekly summary of the working area</span></p>
<table style="border-collapse:collapse">${lines.map(([k, v]) => `<tr><th style="text-align:left;padding:4px 12px 4px 0;font-weight:normal">${escapeHtml(k)}</th><td style="padding:4px 0;font-weight:bold">${escapeHtml(v)}</td></tr>`).join('')}</table>
<p><a href="${escapeHtml(link)}">Buka dasbor</a></p>`,
    publicUrl,
  );
  return { subject, text, html };
}

/** A scheduled report: what it is, for which period, who scheduled it; the file is attached. */
export function scheduledReportMail(r: { reportName: string; period: string; scheduledBy: string; format: string; fileName: string; savedReportId: string }, publicUrl: string): MailContent {
  // The saved report itself: opened, it is computed with the reader's rights, as the file was.
  const link = `${publicUrl}/laporan/simpan/${encodeURIComponent(r.savedReportId)}`;
  const subject = `[Jangkau] Laporan terjadwal: ${r.reportName}, ${r.period}`.slice(0, 300);
  const text =
    `Laporan "${r.reportName}" untuk ${r.period} terlampir (${r.format}, ${r.fileName}), disusun dengan hak akses Anda.\n` +
    `Dijadwalkan oleh ${r.scheduledBy}. Buka Jangkau: ${link}\n\n—\n` +
    `The report "${r.reportName}" for ${r.period} is attached (${r.format}), drawn up with your own access rights. Scheduled by ${r.scheduledBy}.\n`;
  const html = page(
    subject,
    `<h1 style="font-size:18px">${escapeHtml(r.reportName)}</h1>
<p>Periode <strong>${escapeHtml(r.period)}</strong>. Berkas ${escapeHtml(r.format)} terlampir (<code>${escapeHtml(r.fileName)}</code>), disusun dengan hak akses Anda.</p>
<p>Dijadwalkan oleh ${escapeHtml(r.scheduledBy)}. <a href="${escapeHtml(link)}">Buka laporan di Jangkau</a></p>
<hr style="border:none;border-top:1px solid #e5e7eb">
<p lang="en" style="color:#4b5563">The report for ${escapeHtml(r.period)} is attached, drawn up with your own access rights. Scheduled by ${escapeHtml(r.scheduledBy)}.</p>`,
    publicUrl,
  );
  return { subject, text, html };
}
