import { useCallback } from 'react';
import { en } from './en';
import { ko } from './ko';
import { zh } from './zh';
import { getLocale, useLocale, type UiLocale } from './locale';

export type MessageKey = keyof typeof en;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogs: Record<UiLocale, Partial<Record<MessageKey, string>>> = { en, ko, zh };

function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** Looks `key` up in `ui`'s catalog, falling back to English, and fills `{name}` placeholders. */
export function translate(ui: UiLocale, key: MessageKey, vars?: Vars): string {
  return interpolate(catalogs[ui][key] ?? en[key], vars);
}

/** Translates with the current locale (outside React, e.g. in store actions). */
export function t(key: MessageKey, vars?: Vars): string {
  return translate(getLocale().ui, key, vars);
}

/** `t` bound to the current locale; components re-render when the locale changes. */
export function useT(): Translate {
  const { ui } = useLocale();
  return useCallback((key: MessageKey, vars?: Vars) => translate(ui, key, vars), [ui]);
}

export { catalogs };
export { getLocale, setLocale, useLocale, resolveLocale, applyLangAttribute } from './locale';
export type { UiLocale, LocaleState } from './locale';
export { formatBytes, formatDate, formatDateTime, formatMoney, formatNumber } from './format';
