import type { Request } from 'express';
import { Language } from '../common/i18n/language';
import { Loaders } from './loaders';

export interface GraphqlContext {
  req: Request;
  lang: Language;
  loaders: Loaders;
}
