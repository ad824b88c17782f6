import { describe, expect, it } from 'vitest';
import { codeOf, uniqueCodes } from './codes';

describe('codes from names', () => {
  it('drops the accents of å, ä and ö and joins words with dashes', () => {
    expect(codeOf('Päihdetyön perusteet')).toBe('paihdetyon-perusteet');
    expect(codeOf('  Åland & Kela: etuudet! ')).toBe('aland-kela-etuudet');
  });

  it('keeps within 40 characters without a trailing dash', () => {
    const code = codeOf('Asiakkaan kohtaaminen ja vuorovaikutus ryhmässä');
    expect(code.length).toBeLessThanOrEqual(40);
    expect(code).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });

  it('cuts a long name at a word, not in the middle of one', () => {
    expect(codeOf('Vertaisohjaajan peruskoulutus 06a8', 32)).toBe('vertaisohjaajan-peruskoulutus');
    expect(codeOf('Vertaisohjaajanperuskoulutuskokonaisuus', 20)).toBe('vertaisohjaajanperus');
  });

  it('numbers repeats so every module has its own code', () => {
    expect(uniqueCodes(['Harjoittelu', 'Harjoittelu', 'Tentti', 'harjoittelu'])).toEqual(['harjoittelu', 'harjoittelu-2', 'tentti', 'harjoittelu-3']);
  });

  it('never gives an empty code', () => {
    expect(codeOf('!!!')).toBe('x');
  });
});
