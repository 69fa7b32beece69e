import { NotificationDelivery, NotificationKind } from '@jangkau/shared-domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells of.' });
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a person hears of one kind by e-mail: at once, in the 07.00 daily digest, or not (the bell keeps it either way).',
});

/** Where an outgoing e-mail stands. */
export enum OutgoingMailStatus {
  SENT = 'SENT',
  /** Queued, or waiting for its next attempt. */
  WAITING = 'WAITING',
  /** Given up: refused for good (5xx) or failing past MAIL_GIVE_UP_HOURS. */
  FAILED = 'FAILED',
  /** Not sent on purpose: the recipient was deactivated or no longer sees what it tells of. */
  SKIPPED = 'SKIPPED',
}
registerEnumType(OutgoingMailStatus, { name: 'OutgoingMailStatus' });

@ObjectType({ description: 'One thing the signed-in person was told. Visible while they may see what it concerns.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => ID, { nullable: true })
  activityId!: string | null;

  @Field(() => ID, { nullable: true })
  followUpId!: string | null;

  @Field({ description: "One line, in the request's language (Accept-Language: id or en)." })
  title!: string;

  @Field({ description: 'Where it opens in the web app (a path such as /kegiatan/<id>).' })
  link!: string;
}

@ObjectType()
export class NotificationPage {
  @Field(() => Int, { description: 'Unread, of the kinds asked for.' })
  unreadCount!: number;

  @Field(() => Int, { description: 'All, read or not, of the kinds asked for.' })
  totalCount!: number;

  @Field(() => [Notification], { description: 'Unread first, then newest first.' })
  nodes!: Notification[];
}

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery!: NotificationDelivery;

  @Field({ description: 'Always IMMEDIATE: returns and reopenings cannot be switched off or delayed.' })
  locked!: boolean;

  @Field({ description: 'Not chosen yet: the default for this kind applies.' })
  isDefault!: boolean;

  @Field({ description: "The kind's name in the request's language." })
  label!: string;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  delivery!: NotificationDelivery;
}

@ObjectType({ description: 'One outgoing e-mail and how its sending went.' })
export class OutgoingMail {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'IMMEDIATE, DIGEST or WEEKLY.' })
  kind!: string;

  @Field()
  toAddress!: string;

  @Field()
  subject!: string;

  @Field({ description: 'The plain-text body.' })
  textBody!: string;

  @Field(() => OutgoingMailStatus)
  status!: OutgoingMailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a waiting message is tried next.' })
  nextAttemptAt!: Date | null;
}

@ObjectType()
export class OutgoingMailPage {
  @Field({ description: 'True when SMTP_URL is set; otherwise messages are written as .eml files to `folder`.' })
  smtp!: boolean;

  @Field(() => String, { nullable: true })
  folder!: string | null;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int)
  skipped!: number;

  @Field(() => [OutgoingMail], { description: 'Newest first.' })
  nodes!: OutgoingMail[];
}
