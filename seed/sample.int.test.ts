import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/support/database';
import { loadNetwork } from '../server/src/network/repository';
import { sampleNetwork } from './sample';

const db = testDatabase();
const sample = sampleNetwork();
const partnerIds = sample.partners.map((partner) => partner.id);

/** Counts what the sample wrote, by its own ids, so that other test files' data does not count. */
async function counts() {
  const [row] = await db.read(
    `MATCH (p:Partner) WHERE p.id IN $partnerIds
     WITH collect(p) AS partners
     RETURN size(partners) AS partners,
            size([p IN partners WHERE p:PAL]) AS pals,
            COUNT { MATCH (a:Partner)-[:KNOWS]->(b:Partner) WHERE a.id IN $partnerIds AND b.id IN $partnerIds } AS ties,
            COUNT { MATCH (:Partner)-[:IN_AREA]->(a:Area) WHERE a.id IN $areas } AS inArea,
            COUNT { MATCH (i:Introduction) WHERE i.id IN $introductions } AS introductions,
            COUNT { MATCH (q:Question)-[:ROUTED_TO]->(:PAL) WHERE q.id IN $questions } AS routings,
            COUNT { MATCH (g:UserGroup)<-[:RUNS]-(:PAL) WHERE g.id IN $groups } AS groups`,
    {
      partnerIds,
      areas: sample.areas.map((area) => area.id),
      introductions: sample.introductions.map((introduction) => introduction.id),
      questions: sample.questions.map((question) => question.id),
      groups: sample.groups.map((group) => group.id),
    },
  );
  return row;
}

afterAll(async () => {
  await db.write(
    `MATCH (n) WHERE (n:Partner AND n.id IN $partners) OR (n:Introduction AND n.id IN $introductions)
       OR (n:Question AND n.id IN $questions) OR (n:UserGroup AND n.id IN $groups) OR (n:Area AND n.id IN $areas)
     DETACH DELETE n`,
    {
      partners: partnerIds,
      introductions: sample.introductions.map((introduction) => introduction.id),
      questions: sample.questions.map((question) => question.id),
      groups: sample.groups.map((group) => group.id),
      areas: sample.areas.map((area) => area.id),
    },
  );
  await db.close();
});

describe('the sample network', () => {
  it('loads with the expected counts, and loading it again adds nothing', async () => {
    await loadNetwork(db, sample);
    const expected = {
      partners: 210,
      pals: 3,
      ties: sample.ties.length,
      inArea: 210,
      introductions: sample.introductions.length,
      routings: sample.questions.reduce((sum, question) => sum + question.hops.length, 0),
      groups: 6,
    };
    expect(await counts()).toEqual(expected);
    await loadNetwork(db, sample, { batchSize: 37 });
    expect(await counts()).toEqual(expected);
  });

  it('routes Office 365 questions on to Priya, the expert PAL', async () => {
    const rows = await db.read(
      `MATCH (q:Question)-[:ABOUT]->(:Specialty {id: 'office-365'}), (q)-[r:ROUTED_TO]->(pal:PAL)
       WHERE q.id IN $questions
       WITH q, r, pal ORDER BY r.hop DESC
       WITH q, collect(pal.name)[0] AS lastPal
       RETURN collect(DISTINCT lastPal) AS pals`,
      { questions: sample.questions.map((question) => question.id) },
    );
    expect(rows[0]!.pals).toEqual(['Priya Shah']);
  });
});
