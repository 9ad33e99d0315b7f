import { describe, expect, it } from 'vitest';
import { generateNetwork } from './generate';
import { sampleNetwork, SAMPLE_PARTNER_COUNT } from './sample';

describe('generateNetwork', () => {
  it('gives the same network for the same seed, and another for another seed', () => {
    const a = generateNetwork({ partners: 500, seed: 7 });
    expect(generateNetwork({ partners: 500, seed: 7 })).toEqual(a);
    expect(generateNetwork({ partners: 500, seed: 8 }).ties).not.toEqual(a.ties);
  });

  it('keeps every reference inside the network, with no self or repeated ties', () => {
    const network = generateNetwork({ partners: 2000, seed: 3, tiesPerPartner: 5 });
    const ids = new Set(network.partners.map((partner) => partner.id));
    expect(ids.size).toBe(2000);
    const pairs = new Set<string>();
    for (const tie of network.ties) {
      expect(ids.has(tie.a) && ids.has(tie.b)).toBe(true);
      expect(tie.a).not.toBe(tie.b);
      const pair = [tie.a, tie.b].sort().join('|');
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
    }
    expect(network.ties.length).toBeGreaterThan(2000 * 5 * 0.95);
    for (const introduction of network.introductions) {
      expect([introduction.introducer, introduction.from, introduction.to].every((id) => ids.has(id))).toBe(true);
    }
    expect(network.areas).toHaveLength(12);
    expect(network.pals).toHaveLength(12);
  });

  it('stamps each introduction step it reached, and only those', () => {
    for (const introduction of generateNetwork({ partners: 1000, seed: 5 }).introductions) {
      expect(introduction.madeAt !== null).toBe(introduction.status !== 'proposed');
      expect(introduction.acceptedAt !== null).toBe(['accepted', 'collaborating'].includes(introduction.status));
      expect(introduction.declinedAt !== null).toBe(introduction.status === 'declined');
      expect(introduction.collaboratingAt !== null).toBe(introduction.status === 'collaborating');
    }
  });
});

describe('sampleNetwork', () => {
  const sample = sampleNetwork();

  it('is a community of three UK areas, each led by one PAL', () => {
    expect(sample.partners).toHaveLength(SAMPLE_PARTNER_COUNT);
    expect(sample.areas.map((area) => area.id)).toEqual(['birmingham', 'thames-valley', 'london']);
    expect(sample.pals.map((pal) => sample.partners.find((partner) => partner.id === pal.partner)!.name)).toEqual([
      'Priya Shah',
      'Tom Hargreaves',
      'Amara Okafor',
    ]);
  });

  it('has partners of every tier, most of them without an account manager', () => {
    expect(new Set(sample.partners.map((partner) => partner.tier))).toEqual(new Set(['community', 'registered', 'silver', 'gold']));
    expect(sample.partners.filter((partner) => !partner.managed).length).toBeGreaterThan(SAMPLE_PARTNER_COUNT * 0.6);
  });

  it('forwards Office 365 questions from other areas to the Office 365 expert PAL', () => {
    const forwarded = sample.questions.filter((question) => question.hops.length > 1);
    expect(forwarded.length).toBeGreaterThan(0);
    expect(forwarded.every((query) => query.hops.at(-1)!.to === 'p-0001')).toBe(true);
  });

  it('has introductions in every status and user groups run by PALs', () => {
    expect(new Set(sample.introductions.map((introduction) => introduction.status)).size).toBe(5);
    expect(sample.groups.every((group) => sample.pals.some((pal) => pal.partner === group.runBy))).toBe(true);
  });
});
