import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CountryPicker } from '../../renderer/src/features/common/country-picker';

function Harness({ onChange }: { onChange: (code: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <CountryPicker
      label="Country"
      value={value}
      onChange={(code) => {
        setValue(code);
        onChange(code);
      }}
    />
  );
}

describe('country picker', () => {
  it.each([
    ['Korea', /^South Korea/, 'KR'],
    ['대한민국', /^South Korea/, 'KR'],
    ['韩国', /^South Korea/, 'KR'],
    ['香港', /^Hong Kong/, 'HK'],
  ])('finds %s by name and keeps its ISO code', async (typed, option, code) => {
    const chosen: string[] = [];
    const user = userEvent.setup();
    render(<Harness onChange={(c) => chosen.push(c)} />);
    const box = screen.getByRole('combobox', { name: 'Country' });
    await user.type(box, typed);
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAccessibleName(option);
    await user.click(first);
    expect(chosen).toEqual([code]);
    expect(box).toHaveValue(option.source.includes('Korea') ? 'South Korea' : 'Hong Kong SAR China');
  });

  it('offers nothing for a code no country has, so "XX" cannot be chosen', async () => {
    const chosen: string[] = [];
    const user = userEvent.setup();
    render(<Harness onChange={(c) => chosen.push(c)} />);
    await user.type(screen.getByRole('combobox', { name: 'Country' }), 'XX{Enter}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No country has that name. Try its English, Korean or Chinese name.')).toBeInTheDocument();
    expect(chosen).toEqual([]);
  });
});
