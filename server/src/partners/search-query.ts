/** Characters with a meaning in Lucene's query syntax, escaped so that a person's text is only text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a person typed into a full-text query where every word must match, the last one as a
 * prefix so that results appear while typing ("micro" finds "Microsoft").
 */
export function toFullTextQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`));
  return words.map((word, index) => (index === words.length - 1 ? `${word}*` : word)).join(' AND ');
}
