import { describe, expect, it } from 'vitest';
import { toFullTextQuery } from './search-query';

describe('toFullTextQuery', () => {
  it('requires every word and treats the last as a prefix', () => {
    expect(toFullTextQuery('Office  365 migr')).toBe('office AND 365 AND migr*');
  });

  it('escapes Lucene syntax so that typed operators are plain text', () => {
    expect(toFullTextQuery('a:b (c) "d" e~ f*')).toBe('a\\:b AND \\(c\\) AND \\"d\\" AND e\\~ AND f\\**');
  });
});
