import { useState, type ReactNode } from 'react';
import { TextField } from '../../components/text-field';
import { useT } from '../../i18n';
import type { Area } from '../../store';
import { isCountryCode } from '../../../../shared/countries';

/** Two letters that ISO assigns to a country: "xx" filters nothing (main would refuse it). */
const isCode = (text: string) => /^[A-Za-z]{2}$/.test(text) && isCountryCode(text.toUpperCase());

export type ListFiltersProps = {
  area: Area;
  /** The search box's text and setter, from `useListSearch`. */
  search: string;
  onSearch: (search: string) => void;
  /** The list's other filters, after the search box. */
  children?: ReactNode;
};

/** A list's filter row: the search box (which `/` focuses) and then the list's own filters. */
export function ListFilters({ area, search, onSearch, children }: ListFiltersProps) {
  const t = useT();
  return (
    <div className="filters" role="search">
      <TextField
        label={t(`${area}.search`)}
        type="search"
        value={search}
        onChange={onSearch}
        className="filters__search"
        inputProps={{ placeholder: t(`${area}.searchPlaceholder`), 'data-list-search': true }}
      />
      {children}
    </div>
  );
}

/**
 * A country filter typed as text: the query takes the code (upper-cased) once it is two letters, and
 * drops it when the box is emptied. `valid` is false while the text is not (yet) an assigned code.
 */
export function useCountryFilter(initial: string | undefined, setQuery: (patch: { country?: string }) => void) {
  const [country, setCountry] = useState(initial ?? '');
  const onCountry = (value: string) => {
    setCountry(value);
    if (value === '') setQuery({ country: undefined });
    else if (isCode(value)) setQuery({ country: value.toUpperCase() });
  };
  return { country, onCountry, setCountry, valid: country === '' || isCode(country) };
}
