import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a name that is a formula as text, not as a formula', () => {
    const csv = toCsv([{ name: '=HYPERLINK("http://evil.example","Click")', company: '+1 Ltd', note: '@SUM(A1)', city: '-2+3' }]);
    const [, row] = csv.split('\r\n');
    expect(row).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"")","'+1 Ltd","'@SUM(A1)","'-2+3"`);
  });

  it('leaves ordinary values as they are', () => {
    expect(toCsv({ fields: ['name', 'ties'], data: [['Acme IT', 3]] })).toBe('name,ties\r\nAcme IT,3');
  });
});
