import { describe, expect, it } from 'vitest';
import { CANCEL_BUTTON, createExternalLinkOpener, externalLinkPrompt, OPEN_BUTTON, type ExternalLinkPrompt } from '../../electron/main/external-links';

// openExternal happens only after the user has seen the address and said yes. `confirm` stands for
// the user's answer and `open` for the OS; everything between them is the real opener.

function harness(answer: (prompt: ExternalLinkPrompt) => Promise<boolean> | boolean) {
  const asked: ExternalLinkPrompt[] = [];
  const opened: string[] = [];
  const openLink = createExternalLinkOpener({
    confirm: async (prompt) => {
      asked.push(prompt);
      return answer(prompt);
    },
    open: async (address) => void opened.push(address),
  });
  return { asked, opened, openLink };
}

describe('external links', () => {
  it('open only after the user chose Open, and exactly the address they were shown', async () => {
    const yes = harness(() => true);
    expect(await yes.openLink('https://www.kaist.ac.kr/en/')).toBe(true);
    expect(yes.asked[0].options.detail).toContain('https://www.kaist.ac.kr/en/');
    expect(yes.opened).toEqual([yes.asked[0].address]);

    const no = harness(() => false);
    expect(await no.openLink('https://www.kaist.ac.kr/en/')).toBe(false);
    expect(no.asked).toHaveLength(1);
    expect(no.opened).toEqual([]);
  });

  it('never offer anything but web and mail links', async () => {
    const { asked, opened, openLink } = harness(() => true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://liaison/index.html', 'data:text/html,<h1>x', 'smb://server/share', 'not a url']) {
      expect(await openLink(url), url).toBe(false);
    }
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('name the real host: look-alike letters show as punycode, and user info before @ is not the host', () => {
    expect(externalLinkPrompt('https://bank.example@other.example/login')?.options.message).toBe('Open other.example in your browser?');
    const lookalike = externalLinkPrompt('https://pаypal.example/'); // Cyrillic а
    expect(lookalike?.options.message).toContain('xn--');
    expect(lookalike?.address).toContain('xn--');
    expect(externalLinkPrompt('mailto:office@example.org')?.options.detail).toContain('mailto:office@example.org');
  });

  it('show the whole address however long, with Cancel as the default and the Escape answer', () => {
    const long = `https://example.org/${'a'.repeat(3000)}?q=${'b'.repeat(500)}`;
    const prompt = externalLinkPrompt(long);
    expect(prompt?.options.detail).toContain(long);
    expect(prompt?.options.buttons?.[OPEN_BUTTON]).toBe('Open');
    expect(prompt?.options.defaultId).toBe(CANCEL_BUTTON);
    expect(prompt?.options.cancelId).toBe(CANCEL_BUTTON);
  });

  it('ask one question at a time: links while a question is open are dropped, not queued', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const { asked, opened, openLink } = harness(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const first = openLink('https://example.org/one');
    // Let the first question reach confirm before the flood arrives.
    await Promise.resolve();
    const flood = await Promise.all(Array.from({ length: 20 }, (_, i) => openLink(`https://example.org/${i}`)));
    expect(flood.every((result) => result === false)).toBe(true);
    answer(true);
    expect(await first).toBe(true);
    expect(asked).toHaveLength(1);
    expect(opened).toEqual(['https://example.org/one']);
    // Once answered, the next link is asked about again.
    const next = openLink('https://example.org/two');
    await Promise.resolve();
    answer(false);
    expect(await next).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('report a failed hand-over as not opened instead of throwing into the page', async () => {
    const openLink = createExternalLinkOpener({
      confirm: async () => true,
      open: async () => {
        throw new Error('no browser registered');
      },
    });
    expect(await openLink('https://example.org/')).toBe(false);
  });
});
