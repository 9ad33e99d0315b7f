import type { StylesheetJson } from 'cytoscape';
import type { IntroductionStatus } from '@contracts/introductions';

/**
 * Colours from the Okabe–Ito and Paul Tol palettes, told apart by people with the common kinds of
 * colour blindness. Nothing is told by colour alone: PALs are stars, tiers are rings, managed
 * partners have a double border, and introductions carry arrows.
 */
export const areaPalette = ['#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#882255', '#117733', '#332288', '#44AA99', '#AA4499', '#999933', '#6699CC', '#661100'];

export const statusColours: Record<IntroductionStatus, string> = {
  proposed: '#56B4E9',
  made: '#0072B2',
  accepted: '#009E73',
  declined: '#D55E00',
  collaborating: '#CC79A7',
  lapsed: '#999999',
};

export const colours = {
  focus: '#D55E00',
  // Tol's vibrant magenta: no status, tie or area is drawn in it, so a highlighted way in stands apart.
  path: '#EE3377',
  knows: '#9AA5B1',
  offers: '#009E73',
  seeks: '#E69F00',
  specialty: '#F0E442',
  // Dark, unsaturated: the bright colour-blind-safe colours are the areas'.
  group: '#486581',
  meeting: '#8D2B0B',
  activity: '#3E4C59',
  community: '#8E6C8A',
  noArea: '#7B8794',
} as const;

export const tierRings = { community: 0, registered: 2, silver: 3.5, gold: 5 } as const;

export function buildStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 10,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
        'border-width': 1,
        'border-color': '#ffffff',
        'outline-color': '#1f2933',
        'outline-width': 0,
        'outline-offset': 1,
      },
    },
    { selector: 'node[kind = "partner"]', style: { width: 'mapData(degree, 0, 40, 16, 40)', height: 'mapData(degree, 0, 40, 16, 40)' } },
    { selector: 'node[tier = "registered"]', style: { 'outline-width': tierRings.registered } },
    { selector: 'node[tier = "silver"]', style: { 'outline-width': tierRings.silver } },
    { selector: 'node[tier = "gold"]', style: { 'outline-width': tierRings.gold } },
    { selector: 'node[?managed]', style: { 'border-width': 4, 'border-color': '#000000', 'border-style': 'double' } },
    {
      selector: 'node[?isPal]',
      style: { shape: 'star', width: 'mapData(degree, 0, 40, 30, 52)', height: 'mapData(degree, 0, 40, 30, 52)', 'font-weight': 'bold' },
    },
    {
      selector: 'node[kind = "specialty"]',
      style: {
        shape: 'round-tag',
        'background-color': colours.specialty,
        width: 22,
        height: 22,
        'border-color': '#1f2933',
        'border-width': 1,
        'font-style': 'italic',
      },
    },
    {
      selector: 'node[kind = "group"]',
      style: { shape: 'round-rectangle', 'background-color': colours.group, width: 26, height: 18, 'border-color': '#1f2933', 'border-width': 1 },
    },
    {
      selector: 'node[kind = "meeting"]',
      style: { shape: 'diamond', 'background-color': colours.meeting, width: 20, height: 20, 'border-color': '#1f2933', 'border-width': 1 },
    },
    {
      selector: 'node[kind = "activity"]',
      style: { shape: 'triangle', 'background-color': colours.activity, width: 20, height: 20, 'border-color': '#1f2933', 'border-width': 1 },
    },
    {
      selector: 'node.area-group',
      style: {
        'background-color': 'data(colour)',
        'background-opacity': 0.08,
        'border-color': 'data(colour)',
        'border-width': 2,
        shape: 'round-rectangle',
        'text-valign': 'top',
        'font-size': 14,
        'font-weight': 'bold',
        'outline-width': 0,
      },
    },
    {
      selector: 'node.focus',
      style: {
        'underlay-color': colours.focus,
        'underlay-padding': 7,
        'underlay-opacity': 0.55,
        'underlay-shape': 'ellipse',
        'font-size': 13,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.unlabelled', style: { label: '' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000', 'border-style': 'solid' } },
    { selector: 'edge', style: { 'line-color': colours.knows, width: 1.5, opacity: 0.85, 'curve-style': 'straight' } },
    { selector: 'edge[kind = "KNOWS"]', style: { width: 'mapData(strength, 1, 5, 1, 4.5)' } },
    { selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1 } },
    {
      selector: 'edge[kind = "INTRODUCTION"]',
      style: {
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        width: 3,
        'curve-style': 'bezier',
        opacity: 1,
      },
    },
    {
      selector: 'edge[kind = "OFFERS"]',
      style: { 'line-color': colours.offers, 'target-arrow-color': colours.offers, 'target-arrow-shape': 'triangle', width: 1.2 },
    },
    {
      selector: 'edge[kind = "MEMBER_OF"], edge[kind = "RUNS"], edge[kind = "MET_AT"], edge[kind = "DID"], edge[kind = "REACHED"]',
      style: { 'line-color': colours.community, 'line-style': 'dashed', width: 1 },
    },
    {
      selector: 'edge[kind = "SEEKS"]',
      style: { 'line-color': colours.seeks, 'target-arrow-color': colours.seeks, 'target-arrow-shape': 'triangle', width: 1.2 },
    },
    { selector: 'edge.hidden-kind', style: { display: 'none' } },
    { selector: 'edge:selected', style: { 'line-color': '#000000', 'target-arrow-color': '#000000', width: 5 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.path', style: { 'line-color': colours.path, width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node.path', style: { 'underlay-color': colours.path, 'underlay-padding': 6, 'underlay-opacity': 0.4, 'z-index': 10 } },
  ];
}
