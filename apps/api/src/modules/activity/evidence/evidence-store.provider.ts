import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { EvidenceStore, LocalEvidenceStore } from './evidence-store';
import { S3EvidenceStore } from './evidence-store-s3';

/** EvidenceStore as the configuration says: the bucket of S3_URL when set, else the folder EVIDENCE_DIR. */
export const evidenceStoreProvider: Provider = {
  provide: EvidenceStore,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): EvidenceStore => (config.evidence.s3 ? new S3EvidenceStore(config) : new LocalEvidenceStore(config)),
};
