import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../src/config/config.js';
import { defaultConfig, parseConfig } from '../../src/config/parse-config.js';

describe('parseConfig: autofill', () => {
  it('fills missing answers from the paper link by default', () => {
    expect(defaultConfig().autofill).toBe('fill-missing');
    expect(CONFIG_KEYS).toContain('autofill');
  });

  it.each(['fill-missing', 'verify', 'off'] as const)('takes "%s"', (mode) => {
    const parsed = parseConfig(`autofill: ${mode}\n`);
    expect(parsed).toMatchObject({ ok: true, config: { autofill: mode } });
  });

  it('refuses another value, naming the key and the modes', () => {
    expect(parseConfig('autofill: always\n', 'cfg.yml')).toEqual({
      ok: false,
      errors: ['cfg.yml: "autofill" must be one of fill-missing, verify, off'],
    });
    expect(parseConfig('autofill: true\n', 'cfg.yml')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^cfg\.yml: "autofill" must be one of fill-missing/)],
    });
  });
});
