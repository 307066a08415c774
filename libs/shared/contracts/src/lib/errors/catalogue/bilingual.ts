import { Locale } from '../../i18n/locale';

export type Bilingual = Record<Locale, string>;
