import { NotificationKind, Role } from '@jangkau/shared-domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuthService } from '../auth/auth.service';
import { activityVisibleTo, claimMail, type ClaimedMessage, markMailRetry, markMailSent, markMailSkipped, releaseMailAfter, toldNotification } from './mail-outbox.repository';
import { NotificationService } from './notification.service';

/** A message to send: as claimed from the outbox, or made by hand (tests) without an attachment. */
export type OutboxMessage = Omit<ClaimedMessage, 'attachment' | 'attachmentName' | 'attachmentType'> & Partial<Pick<ClaimedMessage, 'attachment' | 'attachmentName' | 'attachmentType'>>;

/** Where a message goes: SMTP, or (no SMTP_URL) a folder of .eml files the admin page lists. */
export interface MailTransport {
  send(message: OutboxMessage, from: string): Promise<void>;
  close(): void;
}

/** Errors of reaching the mail server (not of one message): once a message goes through again, the others may too. */
const CONNECTION_ERRORS = ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED', 'ECONNRESET', 'EGREETING'];

/** The occasion key of a message that carries one notification (NotificationService.record): `n:<notification id>`. */
const NOTIFICATION_MAIL = /^n:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The backoff after the n-th failed attempt: 30 s, 1, 2, 4, 8 min, then every 10 minutes. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(attempts - 1, 0), 600);
}

function mailFields(message: OutboxMessage, from: string) {
  return {
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody,
    // The same id on every attempt: a mail system that got it twice (a crash after the server accepted it, before
    // the outbox row was marked) can tell the copies apart.
    messageId: `<jangkau-${message.dedupeKey.replace(/[^\w.-]/g, '-')}@jangkau>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
    attachments: message.attachment ? [{ filename: message.attachmentName ?? 'lampiran', content: message.attachment, contentType: message.attachmentType ?? undefined }] : [],
  };
}

/** SMTP_URL as nodemailer's options: smtps:// is TLS from the start (465), smtp:// upgrades with STARTTLS when offered. */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    // One connection kept open and reused (up to 100 messages), instead of a connection and greeting per message.
    pool: true as const,
    maxConnections: 1,
    maxMessages: 100,
    // Bounded waits: a hung server must not hold a claimed message past its lease.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}

export function smtpTransport(url: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport(smtpOptions(url));
  return {
    async send(message, from) {
      await transporter.sendMail(mailFields(message, from));
    },
    close: () => transporter.close(),
  };
}

/** Demo and development: each message as an .eml file (written whole, then renamed, so none is half there). */
export function folderTransport(dir: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message, from) {
      mkdirSync(dir, { recursive: true });
      const info = (await transporter.sendMail(mailFields(message, from))) as { message: Buffer };
      const name = `${message.id.padStart(8, '0')}-${message.dedupeKey.replace(/[^\w.-]/g, '_')}.eml`;
      const partial = join(dir, `.${name}.partial`);
      writeFileSync(partial, info.message);
      renameSync(partial, join(dir, name));
    },
    close: () => transporter.close(),
  };
}

/**
 * Sends the mail outbox. A PostgreSQL queue rather than BullMQ on Redis: the message is written in the same
 * transaction as the change it tells of (no e-mail for a change that rolled back, none lost for one that
 * committed), Redis stays optional, and the database the app already depends on is the one thing to back up.
 *
 * Exactly once across instances: a worker claims a batch with `FOR UPDATE SKIP LOCKED` (others skip those rows),
 * stamping a claim id and a lease; it marks a message sent only under its own claim. A worker that dies between
 * claiming and sending leaves the lease to run out, and then one other worker sends it, once. (Dying after the
 * SMTP server accepted a message and before marking it is the one gap no outbox closes; the Message-ID is stable
 * so the copy can be recognised.) Failures are retried with backoff until MAIL_GIVE_UP_HOURS, then kept as failed.
 * Before sending, the recipient must still be active and still allowed what the message tells of: the notification
 * it carries readable to them (the activity visible, a target's agency still theirs to head), a weekly summary still
 * a head's. Otherwise it is skipped, with the reason in last_error.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private transport: MailTransport;
  private readonly onQueued = () => void this.kick();
  /** When the backoff of messages held by an unreachable server was last released (see released()). */
  private lastRelease = 0;
  /** This worker could not reach the server since the last release. */
  private sawUnreachable = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
  ) {
    this.transport = config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : folderTransport(config.mail.dir);
  }

  onApplicationBootstrap(): void {
    if (!this.config.mail.worker) return;
    if (!this.config.mail.smtpUrl) this.logger.log(`No SMTP_URL: e-mails are written to ${this.config.mail.dir} and listed at /admin/surel`);
    this.notifications.mailQueued.on('queued', this.onQueued);
    this.timer = setInterval(() => void this.kick(), this.config.mail.pollMs);
    this.timer.unref();
    void this.kick();
  }

  /** For tests and tools: use another transport (a test SMTP server that fails on purpose, say). */
  useTransport(transport: MailTransport): void {
    this.transport.close();
    this.transport = transport;
  }

  /** Runs a pass now, or once more after the one under way. */
  kick(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      try {
        do {
          this.again = false;
          sent += await this.drain();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.logger.warn(`Mail pass failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
      return sent;
    })();
    return this.running;
  }

  /** Claims and sends batches until nothing is due; returns how many were sent. */
  async drain(batch = 20): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.claim(batch);
      if (!claimed.length) return sent;
      for (const message of claimed) {
        if (this.stopped) return sent;
        if (await this.deliver(message)) sent++;
      }
    }
  }

  /** Takes up to `limit` due messages for this worker: no other worker takes them until the lease runs out. */
  async claim(limit: number): Promise<OutboxMessage[]> {
    const rows = await claimMail(this.dataSource, limit, this.config.mail.leaseSeconds);
    return rows;
  }

  /** Sends one claimed message (or passes it over on purpose); true when it was sent. */
  async deliver(message: OutboxMessage): Promise<boolean> {
    const reason = await this.reasonNotToSend(message);
    if (reason) {
      await markMailSkipped(this.dataSource, message, reason);
      return false;
    }
    try {
      await this.transport.send(message, this.config.mail.from);
    } catch (error) {
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      const text = `${code ?? 'ERROR'}: ${(error as Error).message || String(error)}`.slice(0, 500);
      // A 5xx answer refuses this message for good (no such mailbox, say): kept as failed at once, not retried.
      const permanent = typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
      if (code && CONNECTION_ERRORS.includes(code)) this.sawUnreachable = true;
      await markMailRetry(this.dataSource, message, text, retryDelaySeconds(message.attempts), this.config.mail.giveUpHours, permanent);
      this.logger.warn(`E-mail ${message.id} not sent (attempt ${message.attempts}): ${text}`);
      return false;
    }
    await markMailSent(this.dataSource, message);
    await this.released();
    return true;
  }

  /**
   * The mail server answers again: messages that waited out their backoff because it could not be reached are due
   * now, not at their next retry (up to 10 minutes away). At once when this worker saw the server unreachable; else
   * (another instance may have) at most every 30 s, so a busy worker adds no query per message.
   */
  private async released(): Promise<void> {
    if (!this.sawUnreachable && Date.now() - this.lastRelease < 30_000) return;
    this.sawUnreachable = false;
    this.lastRelease = Date.now();
    await releaseMailAfter(this.dataSource, CONNECTION_ERRORS);
  }

  /**
   * Why this message must not go now: its recipient left, or may no longer read what it tells of. A message carrying
   * one notification (`n:<id>`) goes only while the bell would still show that notification to its recipient
   * (NotificationService.readable: the activity visible, a TARGET_BEHIND's agency still theirs to head).
   */
  private async reasonNotToSend(message: OutboxMessage): Promise<string | null> {
    const loaded = await this.auth.loadCaller(message.userId);
    if (!loaded) return 'recipient inactive';
    const { caller } = loaded;
    const notificationId = NOTIFICATION_MAIL.exec(message.dedupeKey)?.[1];
    const told = notificationId ? await toldNotification(this.dataSource, notificationId, message.userId) : undefined;
    if (told) {
      if (await this.notifications.one(caller, notificationId!)) return null;
      if (told.activityId) return 'recipient no longer sees the activity';
      return told.kind === (NotificationKind.TARGET_BEHIND as string) ? 'recipient no longer heads the agency' : 'recipient may no longer read the notification';
    }
    // The heads' weekly summary of their working area: not to someone who is no longer a head.
    if (message.kind === 'WEEKLY' && caller.role !== Role.HEAD) return 'recipient no longer heads the agency';
    if (!message.activityId) return null;
    return (await activityVisibleTo(this.dataSource, caller, message.activityId)) ? null : 'recipient no longer sees the activity';
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.notifications.mailQueued.off('queued', this.onQueued);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }
}
