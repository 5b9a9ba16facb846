import { useSyncExternalStore } from 'react';

/** The languages the UI has catalogs for. Anything else falls back to English. */
export const UI_LOCALES = ['en', 'ko', 'zh'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** `ui` picks the catalog; `intl` is the full tag used for dates and numbers (en-GB, ko-KR, zh-HK…). */
export type LocaleState = { ui: UiLocale; intl: string };

export function resolveLocale(tag: string | undefined): LocaleState {
  const clean = (tag ?? '').trim() || 'en';
  const base = clean.toLowerCase().split(/[-_]/)[0];
  const ui: UiLocale = (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
  let intl = ui === 'en' && base !== 'en' ? 'en' : clean;
  try {
    intl = Intl.getCanonicalLocales(intl)[0] ?? ui;
  } catch {
    intl = ui;
  }
  return { ui, intl };
}

function detect(): LocaleState {
  return resolveLocale(typeof navigator === 'undefined' ? 'en' : navigator.language);
}

let current: LocaleState = detect();
const listeners = new Set<() => void>();

export function getLocale(): LocaleState {
  return current;
}

/** Changes the UI language (a setting later; `navigator.language` for now) and the `lang` attribute. */
export function setLocale(tag: string): void {
  current = resolveLocale(tag);
  applyLangAttribute();
  listeners.forEach((listener) => listener());
}

export function applyLangAttribute(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current.ui;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocale(): LocaleState {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}
