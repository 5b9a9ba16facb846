import type { AltNameValue } from '../../components/alt-names-editor';
import type { Translate } from '../../i18n';
import { newKey } from './form-errors';

export function altNameValues(names: ReadonlyArray<{ name: string; lang: string }>): AltNameValue[] {
  return names.map((n) => ({ key: newKey(), name: n.name, lang: n.lang }));
}

export function altNamesInput(values: readonly AltNameValue[]): Array<{ name: string; lang: string }> {
  return values.map(({ name, lang }) => ({ name, lang }));
}

export function altNameLabels(t: Translate) {
  return {
    legend: t('common.altNames'),
    group: (n: number) => t('common.altNameGroup', { n }),
    name: t('common.altName'),
    lang: t('common.language'),
    add: t('common.addAltName'),
    remove: t('common.removeAltName'),
  };
}
