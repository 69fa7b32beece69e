import { Language } from '../common/i18n/language';
import type { JangkauRequest } from '../common/access/request-context';
import { Loaders } from './loaders';

export interface GraphqlContext {
  req: JangkauRequest;
  lang: Language;
  loaders: Loaders;
}
