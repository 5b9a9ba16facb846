import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Combobox, type ComboboxOption } from '../../renderer/src/components/combobox';

const ALL: ComboboxOption[] = [
  { value: 'kaist', label: 'KAIST' },
  { value: 'kaist-ai', label: 'KAIST Graduate School of AI' },
  { value: 'seongnam', label: 'Seongnam City' },
];

const labels = {
  create: (text: string) => `Create “${text}”`,
  searching: 'Searching…',
  noMatches: 'No matches.',
  notChosen: (text: string) => `“${text}” is not chosen yet.`,
};

type HarnessProps = {
  initial?: { value: string; label: string };
  /** Answers stay pending until the test says so (as if main were slow). */
  slow?: boolean;
  onCreate?: (text: string) => void;
  onChange?: (option: ComboboxOption | null) => void;
};

/** The picker with matches found at once (or held back), the way a container would feed it. */
function Harness({ initial = { value: '', label: '' }, slow, onCreate, onChange }: HarnessProps) {
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState('');
  const [answered, setAnswered] = useState('');
  const options = ALL.filter((o) => o.label.toLowerCase().includes(answered.toLowerCase()));
  return (
    <>
      <Combobox
        label="Organisation"
        value={chosen.value}
        selectedLabel={chosen.label}
        options={options}
        loading={slow ? text !== answered : false}
        onSearch={(next) => {
          setText(next);
          if (!slow) setAnswered(next);
        }}
        onChange={(option) => {
          setChosen({ value: option?.value ?? '', label: option?.label ?? '' });
          onChange?.(option);
        }}
        onCreate={onCreate}
        labels={labels}
      />
      {/* Like an answer from main: it arrives while the box keeps focus. */}
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => setAnswered(text)}>
        answer
      </button>
    </>
  );
}

const setup = () => userEvent.setup({ delay: null });

describe('combobox', () => {
  it('shows the chosen label, opens a listbox as you type, and chooses with the arrow keys and Enter', async () => {
    const user = setup();
    render(<Harness initial={{ value: 'seongnam', label: 'Seongnam City' }} />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    expect(box).toHaveValue('Seongnam City');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.clear(box);
    await user.type(box, 'kai');
    const list = screen.getByRole('listbox', { name: 'Organisation' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', list.id);
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['KAIST', 'KAIST Graduate School of AI']);

    // The first match is ready for Enter; ArrowDown moves on to the next.
    expect(box.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[0].id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[1].id);
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveValue('KAIST Graduate School of AI');
  });

  it('Escape closes the list and goes back to the chosen value, without reaching a dialog around it', async () => {
    const user = setup();
    const reachedDocument = vi.fn();
    const listener = (event: KeyboardEvent) => reachedDocument(event.key, event.defaultPrevented);
    document.addEventListener('keydown', listener);
    try {
      render(<Harness initial={{ value: 'kaist', label: 'KAIST' }} />);
      const box = screen.getByRole('combobox', { name: 'Organisation' });
      await user.type(box, ' extra');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
      expect(box).toHaveValue('KAIST');
      expect(reachedDocument).toHaveBeenLastCalledWith('Escape', true);
    } finally {
      document.removeEventListener('keydown', listener);
    }
  });

  it('offers to create what was typed unless it already exists, and keeps the text meanwhile', async () => {
    const user = setup();
    const onCreate = vi.fn();
    render(<Harness onCreate={onCreate} />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });

    await user.type(box, 'kaist');
    expect(screen.queryByRole('option', { name: /^Create/ })).not.toBeInTheDocument();

    await user.type(box, ' Daejeon ');
    await user.click(screen.getByRole('option', { name: 'Create “kaist Daejeon”' }));
    expect(onCreate).toHaveBeenCalledWith('kaist Daejeon');
    expect(box).toHaveValue('kaist Daejeon ');
  });

  it('keeps typed text that was not chosen, and says so, instead of dropping it', async () => {
    const user = setup();
    const onChange = vi.fn();
    render(<Harness initial={{ value: 'kaist', label: 'KAIST' }} onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });

    await user.clear(box);
    await user.type(box, 'Pohang');
    await user.tab();
    expect(box).toHaveValue('Pohang');
    expect(box).toHaveAccessibleDescription('“Pohang” is not chosen yet.');
    expect(onChange).not.toHaveBeenCalled();

    // Leaving the box with a label typed out in full chooses it.
    await user.clear(box);
    await user.type(box, 'seongnam city');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ value: 'seongnam', label: 'Seongnam City' });
    expect(box).toHaveValue('Seongnam City');

    // Emptying the box clears the choice.
    await user.clear(box);
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(box).toHaveValue('');
  });

  it('does not let Enter choose a match that belongs to earlier text', async () => {
    const user = setup();
    const onChange = vi.fn();
    render(<Harness slow onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    await user.type(box, 'seong');
    expect(screen.getByText('Searching…')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).not.toHaveBeenCalled();

    // The answer arrives: its first match is ready, and Enter picks it.
    await user.click(screen.getByRole('button', { name: 'answer' }));
    expect(box).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ value: 'seongnam', label: 'Seongnam City' });
  });
});
