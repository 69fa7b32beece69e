import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeListener } from '../../common/change-listener';
import { KeptUntilChanged } from '../../common/kept-until-changed';
import { topics } from './activity.repository';

/** The channel the topics_changed trigger (migration TopicsChanged) notifies on. */
export const TOPICS_CHANGED_CHANNEL = 'topics_changed';

export type TopicRow = Awaited<ReturnType<typeof topics>>[number];

/**
 * The reference lists every activity form opens with, kept in this process until they are written
 * (common/kept-until-changed.ts): every officer's form asks for the same topics, which change a few times a year.
 */
@Injectable()
export class ReferenceLists {
  private readonly topicList = new KeptUntilChanged<readonly TopicRow[]>(1);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() changes?: ChangeListener,
  ) {
    this.topicList.watch(changes, dataSource, [TOPICS_CHANGED_CHANNEL]);
  }

  /** Topics in their managed order (the same array for every asker: read, never changed). */
  topics(): Promise<readonly TopicRow[]> {
    return this.topicList.get('topics', () => topics(this.dataSource));
  }

  get hits(): number {
    return this.topicList.hits;
  }
}
