import { useMemo, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../components/combobox';
import type { FieldFrameOptions } from '../../components/field';
import { useLocale, useT } from '../../i18n';
import { countryName, searchCountries } from '../../../../shared/countries';

export type CountryPickerProps = FieldFrameOptions & {
  /** The chosen ISO 3166-1 alpha-2 code ('' = none). */
  value: string;
  onChange: (code: string) => void;
};

/** The other two of English, Korean and Chinese, to recognise a country by whichever name one knows. */
const NAME_LOCALES = ['en', 'ko', 'zh'] as const;

/**
 * A country chosen by its name — in English, Korean or Chinese, or a common alias ("Korea",
 * "香港", "UK") — and stored as its ISO 3166-1 alpha-2 code. Only assigned codes are offered, so
 * "Korea" can never become "KO" and "XX" cannot be chosen. Names come from Intl.DisplayNames.
 */
export function CountryPicker({ value, onChange, ...frame }: CountryPickerProps) {
  const t = useT();
  const { ui } = useLocale();
  const [text, setText] = useState('');
  const label = (code: string) => countryName(code, ui);
  const options = useMemo((): ComboboxOption[] => {
    const codes = searchCountries(text);
    // Typed text ranks by match; the whole list reads best alphabetically in the person's language.
    const ordered = text.trim() === '' ? [...codes].sort((a, b) => label(a).localeCompare(label(b), ui)) : codes;
    return ordered.map((code) => ({
      value: code,
      label: label(code),
      detail: [code, ...NAME_LOCALES.filter((l) => l !== ui).map((l) => countryName(code, l))].join(' · '),
    }));
  }, [text, ui]); // `label` depends on `ui` only
  return (
    <Combobox
      {...frame}
      value={value}
      selectedLabel={value ? label(value) : ''}
      options={options}
      loading={false}
      onSearch={setText}
      onChange={(option) => onChange(option?.value ?? '')}
      placeholder={t('country.placeholder')}
      labels={{
        create: () => '',
        searching: t('picker.searching'),
        noMatches: t('country.noMatches'),
        notChosen: (typed) => t('country.notChosen', { text: typed }),
      }}
    />
  );
}
