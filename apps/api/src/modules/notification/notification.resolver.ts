import { NOTIFICATION_KIND_LABELS, NotificationKind, Permission, notificationTitle } from '@jangkau/shared-domain';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Allow, SignedIn } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import { mapEvents } from '../../common/live-channel';
import { notificationPath } from '../../common/mail-content';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { GraphqlContext } from '../../graphql/context';
import type { AuditContext } from '../audit/audit.service';
import { Notification, NotificationPage, NotificationPreference, NotificationPreferenceInput, OutgoingMailPage, OutgoingMailStatus } from './models/notification.model';
import { NotificationEvents } from './notification-events';
import { outgoingMail, outgoingMailCounts } from './notification.repository';
import { NotificationRow, NotificationService } from './notification.service';

function toNotification(row: NotificationRow, lang: GraphqlContext['lang']): Notification {
  return { ...row, title: notificationTitle(row.kind, row.params, lang === 'en' ? 'en' : 'id'), link: notificationPath(row) };
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly events: NotificationEvents,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Query(() => NotificationPage, { description: "The signed-in person's notifications: unread first, newest first; those about what they may no longer see are left out." })
  async notifications(
    @CurrentCaller() caller: Caller,
    @Context() { lang }: GraphqlContext,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'At most 100.' }) first: number,
    @Args('kinds', { type: () => [NotificationKind], nullable: true, description: 'Only these kinds.' }) kinds: NotificationKind[] | null,
  ): Promise<NotificationPage> {
    const page = await this.service.list(caller, { unreadOnly: Boolean(unreadOnly), first: first ?? 20, kinds: kinds?.length ? kinds : null });
    return { ...page, nodes: page.nodes.map((n) => toNotification(n, lang)) };
  }

  @SignedIn()
  @Mutation(() => Int, { description: "Marks these of the caller's notifications read (no ids: all of them). Returns how many were unread." })
  markNotificationsRead(@CurrentCaller() caller: Caller, @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null): Promise<number> {
    return this.service.markRead(caller, ids ?? null);
  }

  @SignedIn()
  @Subscription(() => Notification, {
    description: 'Fires for each new notification of the signed-in person, once the change it tells of is committed (across API instances with REDIS_URL).',
    filter: () => true,
    resolve: (payload: { notificationAdded: Notification }) => payload.notificationAdded,
  })
  async notificationAdded(@CurrentCaller() caller: Caller, @Context() { lang }: GraphqlContext): Promise<AsyncIterableIterator<{ notificationAdded: Notification }>> {
    const source = this.events.listen((event) => event.userId === caller.userId);
    // Each event is read back through the same visibility as the list (it may concern what the person cannot see
    // by now); events that resolve to nothing are passed over.
    return mapEvents(source, async (event) => {
      const row = await this.service.one(caller, event.notificationId);
      return row ? { notificationAdded: toNotification(row, lang) } : null;
    });
  }

  @SignedIn()
  @Query(() => [NotificationPreference], { description: 'How the signed-in person hears of each kind by e-mail.' })
  async notificationPreferences(@CurrentCaller() caller: Caller, @Context() { lang }: GraphqlContext): Promise<NotificationPreference[]> {
    return (await this.service.preferences(caller)).map((p) => ({ ...p, label: NOTIFICATION_KIND_LABELS[p.kind][lang === 'en' ? 'en' : 'id'] }));
  }

  @SignedIn()
  @Mutation(() => [NotificationPreference], { description: 'Sets how the signed-in person hears of these kinds. Returns and reopenings stay IMMEDIATE.' })
  async setNotificationPreferences(
    @AuditFrom('setNotificationPreferences') context: AuditContext & { caller: Caller },
    @Context() { lang }: GraphqlContext,
    @Args('preferences', { type: () => [NotificationPreferenceInput] }) preferences: NotificationPreferenceInput[],
  ): Promise<NotificationPreference[]> {
    return (await this.service.setPreferences(context, preferences)).map((p) => ({ ...p, label: NOTIFICATION_KIND_LABELS[p.kind][lang === 'en' ? 'en' : 'id'] }));
  }

  @Allow(Permission.MAIL_READ)
  @Query(() => OutgoingMailPage, { description: 'The outgoing e-mail, newest first (administrators): what was sent, what waits and why.' })
  async outgoingMail(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: 'At most 200.' }) first: number,
    @Args('status', { type: () => OutgoingMailStatus, nullable: true, description: 'Only these.' }) status: OutgoingMailStatus | null,
  ): Promise<OutgoingMailPage> {
    const counts = await outgoingMailCounts(this.dataSource);
    const nodes = await outgoingMail(this.dataSource, Math.min(Math.max(first ?? 50, 0), 200), status);
    return { smtp: Boolean(this.config.mail.smtpUrl), folder: this.config.mail.smtpUrl ? null : this.config.mail.dir, ...counts, nodes };
  }
}
