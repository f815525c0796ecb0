import { describe, expect, it } from 'vitest';
import { catalogues, pickLang, t, type Lang } from './i18n';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '').sort();

describe('message catalogues', () => {
  const langs = Object.keys(catalogues) as Lang[];

  it('has English and Italian', () => {
    expect(langs.sort()).toEqual(['en', 'it']);
  });

  it('gives every language the same keys, with non-empty strings and the same placeholders', () => {
    const reference = Object.keys(catalogues.en).sort();
    for (const lang of langs) {
      const messages = catalogues[lang];
      expect(Object.keys(messages).sort(), lang).toEqual(reference);
      for (const key of reference) {
        const text = (messages as Record<string, unknown>)[key];
        expect(typeof text, `${lang}.${key}`).toBe('string');
        expect((text as string).trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(text as string), `${lang}.${key}`).toEqual(
          placeholders((catalogues.en as Record<string, string>)[key] ?? ''),
        );
      }
    }
  });

  it('really translates (Italian differs from English)', () => {
    expect(catalogues.it.statusUnreachable).not.toBe(catalogues.en.statusUnreachable);
    expect(catalogues.it.roadmap).not.toBe(catalogues.en.roadmap);
  });
});

describe('pickLang', () => {
  it.each([
    ['it', 'it'],
    ['it-IT', 'it'],
    ['IT-ch', 'it'],
    ['it_IT', 'it'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ] as const)('%s -> %s', (input, expected) => {
    expect(pickLang(input)).toBe(expected);
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(t(catalogues.en, 'statusUp', { status: 'UP' })).toBe('Platform: UP');
    expect(t(catalogues.it, 'statusUp', { status: 'UP' })).toBe('Piattaforma: UP');
    expect(t(catalogues.en, 'statusUp')).toBe('Platform: {status}');
  });
});
