import { useCallback } from 'react';
import { formatMessage, type MessageParams } from '../../../shared/messages/message';
import { en } from './en';
import { ko } from './ko';
import { zh } from './zh';
import { getLocale, useLocale, type UiLocale } from './locale';

export type MessageKey = keyof typeof en;
export type Vars = MessageParams;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const catalogs: Record<UiLocale, Partial<Record<MessageKey, string>>> = { en, ko, zh };

/**
 * Looks `key` up in `ui`'s catalog, falling back to English key by key, and fills its placeholders
 * (`{name}`, and plural forms chosen by `Intl.PluralRules` for the locale; see shared/messages/message.ts).
 */
export function translate(ui: UiLocale, key: MessageKey, vars?: Vars): string {
  const own = catalogs[ui][key];
  return own === undefined ? formatMessage(en[key], vars, 'en') : formatMessage(own, vars, ui);
}

/** Translates with the current locale (outside React, e.g. in store actions). */
export function t(key: MessageKey, vars?: Vars): string {
  return translate(getLocale().ui, key, vars);
}

export function isMessageKeyOfCatalog(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/**
 * What main said, in the user's language: its key and parameters translated, or its English
 * `fallback` when the key is one this renderer does not know (a main of another version).
 */
export function translateMessage(ui: UiLocale, key: string | undefined, params: Vars | undefined, fallback: string): string {
  return isMessageKeyOfCatalog(key) ? translate(ui, key, params) : fallback;
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
