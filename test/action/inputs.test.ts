import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

/** `getInput` over a record, as the runner hands inputs over (absent inputs read as ''). */
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('reads the token and the configuration path, with the default path', () => {
    expect(readInputs(inputs({ 'github-token': ' ghs_x ' }))).toEqual({
      token: 'ghs_x',
      configPath: '.github/paper-list.yml',
      apiUrl: undefined,
    });
  });

  it('reads api-url without a trailing slash, and leaves it undefined when empty', () => {
    const read = (apiUrl: string) => readInputs(inputs({ 'github-token': 't', 'api-url': apiUrl }));
    expect(read('https://ghe.example.com/api/v3/').apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(read('http://127.0.0.1:4010').apiUrl).toBe('http://127.0.0.1:4010');
    expect(read('http://localhost:4010/').apiUrl).toBe('http://localhost:4010');
    // Plain http elsewhere would send the token in clear text.
    expect(() => read('http://github.example.com/api/v3')).toThrow(
      /uses plain http, which would send the token in clear text/,
    );
    expect(read('  ').apiUrl).toBeUndefined();
  });

  it('refuses an api-url that is not an http(s) URL, naming the input', () => {
    for (const bad of ['api.github.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(() => readInputs(inputs({ 'github-token': 't', 'api-url': bad }))).toThrow(
        /^api-url ".*" is not an http\(s\) URL/,
      );
    }
  });

  it('refuses an empty token and a configuration path outside the repository', () => {
    expect(() => readInputs(inputs({}))).toThrow(/github-token input is empty/);
    expect(() =>
      readInputs(inputs({ 'github-token': 't', 'config-path': '../secrets.yml' })),
    ).toThrow(/must be a path inside the repository/);
  });
});
