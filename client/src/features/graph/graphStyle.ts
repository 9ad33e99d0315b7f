import type { StylesheetJson } from 'cytoscape';

/** Okabe–Ito colours: told apart by people with the common kinds of colour blindness. */
export const palette = {
  pal: '#E69F00',
  partner: '#0072B2',
  focus: '#D55E00',
  edge: '#9aa5b1',
} as const;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': palette.partner,
      label: 'data(label)',
      'font-size': 10,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'min-zoomed-font-size': 7,
      width: 'mapData(degree, 0, 40, 16, 44)',
      height: 'mapData(degree, 0, 40, 16, 44)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[?isPal]', style: { 'background-color': palette.pal, shape: 'diamond' } },
  { selector: 'node[distance = 0]', style: { 'border-width': 4, 'border-color': palette.focus, 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000' } },
  {
    selector: 'edge',
    style: {
      'line-color': palette.edge,
      width: 'mapData(strength, 1, 5, 1, 4)',
      'curve-style': 'haystack',
      opacity: 0.8,
    },
  },
];
