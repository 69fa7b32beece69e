import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyRef } from '../models/activity.model';

@ObjectType({
  description:
    'A photo or PDF attached to an activity, visible with the activity. Fetch `url` and `thumbnailUrl` with the Bearer token (not as a plain <img src>); upload with POST /api/activities/{id}/evidence.',
})
export class ActivityEvidence {
  @Field(() => ID) id!: string;
  @Field({ description: 'As uploaded, cleaned, with the extension of its real type.' }) fileName!: string;
  @Field({ description: 'Sniffed from the content: image/jpeg, image/png, image/webp or application/pdf.' }) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the bytes (hex): the fingerprint of the file as received.' }) sha256!: string;
  @Field({ description: 'Images have a 320 px WebP thumbnail.' }) hasThumbnail!: boolean;
  @Field() createdAt!: Date;
  @Field(() => AgencyRef, { description: 'The organising agency that added it.' }) agency!: AgencyRef;
  @Field() uploadedByName!: string;
  @Field({ description: 'GET it with the Bearer token: the file itself.' }) url!: string;
  @Field(() => String, { nullable: true, description: 'GET it with the Bearer token: a WebP of at most 320 px; null for PDFs.' }) thumbnailUrl!: string | null;
  @Field({ description: 'The caller may remove it now: their agency added it and the activity is still editable.' }) removable!: boolean;
}
