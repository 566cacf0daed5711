import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { UiLanguage } from '../api/mastodon.types.ts';
import { catalogues, type Translate, translate } from './i18n.ts';

interface I18nValue {
  language: UiLanguage;
  t: Translate;
  setLanguage: (language: UiLanguage) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider(props: {
  initial: UiLanguage;
  onChange: (language: UiLanguage) => void;
  children: ReactNode;
}) {
  const { initial, onChange, children } = props;
  const [language, setLanguageState] = useState<UiLanguage>(initial);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguageState(next);
      onChange(next);
    },
    [onChange],
  );

  const value = useMemo<I18nValue>(() => {
    const messages = catalogues[language];
    return { language, setLanguage, t: (key, params) => translate(messages, key, params) };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
