import type { UiLanguage } from '../api/mastodon.types.ts';
import en from './en.json';
import fr from './fr.json';

export type Messages = typeof en;
export type MessageKey = keyof Messages;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const catalogues: Record<UiLanguage, Messages> = { en, fr };
export const uiLanguages: readonly UiLanguage[] = ['fr', 'en'];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'fr' || value === 'en';
}

/** The first of the browser's preferred languages that we speak; English otherwise. */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const template = messages[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
