import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { partnersCsv } from './exporters';

describe('partnersCsv', () => {
  it('writes one row per partner, quoting what needs it, and leaves specialties out', () => {
    const csv = partnersCsv([
      {
        data: {
          id: 'p-1',
          kind: 'partner',
          label: 'Ann "The Fixer" Lee',
          company: 'Lee, Lee & Co',
          tier: 'gold',
          managed: true,
          isPal: true,
          area: 'london',
          areaName: 'London',
          location: null,
          distance: 0,
          degree: 4,
        },
      },
      { data: { id: 'specialty:azure', kind: 'specialty', label: 'Azure', specialtyId: 'azure' } },
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.data).toEqual([
      { id: 'p-1', name: 'Ann "The Fixer" Lee', company: 'Lee, Lee & Co', tier: 'gold', managed: 'yes', pal: 'yes', area: 'London', hops: '0', ties: '4' },
    ]);
  });

  it('writes a partner named like a formula as text', () => {
    const csv = partnersCsv([
      {
        data: {
          id: 'p-2',
          kind: 'partner',
          label: '=HYPERLINK("http://evil.example")',
          company: '@Evil',
          tier: 'silver',
          managed: false,
          isPal: false,
          area: null,
          areaName: null,
          location: null,
          distance: 1,
          degree: 1,
        },
      },
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.data[0]).toMatchObject({ name: `'=HYPERLINK("http://evil.example")`, company: "'@Evil" });
  });
});
