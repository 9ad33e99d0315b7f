import { describe, expect, it } from 'vitest';
import type { Theme } from '@contracts/feedback';
import { similarThemes } from './similar';

const theme = (id: string, title: string, extra: Partial<Theme> = {}): Theme =>
  ({ id, title, summary: '', status: 'collected', voices: 1, yours: false, ...extra }) as Theme;

describe('themes offered to a partner writing feedback', () => {
  const themes = [
    theme('renewals', 'Renewal reminders come too late', { voices: 4 }),
    theme('portal', 'The partner portal is slow'),
    theme('renewal-pricing', 'Renewal pricing is unclear for renewals', { voices: 1 }),
    theme('closed', 'Renewal process', { status: 'acted' }),
    theme('mine', 'Renewal emails', { yours: true }),
  ];

  it('offers the open themes sharing telling words, most shared first, and not the ones closed or already yours', () => {
    expect(similarThemes(themes, 'The renewal reminders arrive after the renewal date').map((t) => t.id)).toEqual(['renewals', 'renewal-pricing']);
  });

  it('offers nothing for text with no telling word', () => {
    expect(similarThemes(themes, 'it is bad')).toEqual([]);
  });
});
