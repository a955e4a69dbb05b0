import { describe, expect, it } from 'vitest';
import { dedent } from '../../src/list/group-bullets.js';

describe('dedent', () => {
  it('takes off up to the columns asked, a tab reaching the next multiple of four', () => {
    expect(dedent('    * entry', 4)).toBe('* entry');
    expect(dedent('      * entry', 4)).toBe('  * entry');
    expect(dedent('  * entry', 4)).toBe('* entry');
    expect(dedent('\t* entry', 2)).toBe('* entry');
    expect(dedent('  \t* entry', 4)).toBe('* entry');
    expect(dedent('* entry', 0)).toBe('* entry');
  });
});
