import type { Theme } from '@contracts/feedback';

/** Short words and the commonest ones say nothing about what feedback is about. */
const COMMON = new Set([
  'about',
  'after',
  'again',
  'could',
  'would',
  'should',
  'their',
  'there',
  'these',
  'those',
  'which',
  'while',
  'where',
  'being',
  'other',
  'every',
  'still',
  'really',
  'because',
  'please',
]);

const wordsOf = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 5 && !COMMON.has(word)),
  );

/**
 * Open themes that seem to say what the partner is writing: sharing a telling word with its title
 * or summary, most shared words first, then most voices; the ones the partner already raised are left out.
 */
export function similarThemes(themes: Theme[], text: string, limit = 3): Theme[] {
  const written = wordsOf(text);
  if (written.size === 0) return [];
  return themes
    .filter((theme) => !theme.yours && theme.status !== 'acted' && theme.status !== 'declined')
    .map((theme) => ({ theme, shared: [...wordsOf(`${theme.title} ${theme.summary}`)].filter((word) => written.has(word)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.theme.voices - a.theme.voices)
    .slice(0, limit)
    .map(({ theme }) => theme);
}
