import type { NetworkHealth } from '@contracts/network-health';
import { explorerHref } from '../../lib/explorer-url';

type AreaCoverage = NetworkHealth['coverage']['byArea'][number];

const WIDTH = 320;
const HEIGHT = 360;

/** Shade from red (no one within two hops of the area's PAL) to green (everyone). */
const shade = (share: number) => `hsl(${Math.round(share * 120)} 65% 45%)`;

/**
 * Areas at their centres, a plain equirectangular projection of their bounding box (enough for a
 * region the size of a country), each a circle sized by partners and shaded by coverage.
 */
export function AreaMap({ areas, onOpen }: { areas: AreaCoverage[]; onOpen(area: AreaCoverage): void }) {
  const placed = areas.filter((area) => area.center !== null);
  if (placed.length === 0) return <p className="muted">No area has a location to draw.</p>;
  const lats = placed.map((area) => area.center!.latitude);
  const lons = placed.map((area) => area.center!.longitude);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const x = (lon: number) => 40 + ((lon - minLon) / (maxLon - minLon || 1)) * (WIDTH - 80);
  const y = (lat: number) => 40 + ((maxLat - lat) / (maxLat - minLat || 1)) * (HEIGHT - 80);
  const biggest = Math.max(...placed.map((area) => area.partners), 1);
  return (
    <figure className="chart area-map">
      <figcaption>Coverage by area: share of partners within two hops of their area’s PAL</figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing of areas, not a fieldset of controls. */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Map of areas">
        {placed.map((area) => (
          <g key={area.area.id} transform={`translate(${x(area.center!.longitude)} ${y(area.center!.latitude)})`}>
            <a
              href={explorerHref({ partner: area.pal?.id ?? null, depth: 2, filters: { area: area.area.id } })}
              // The name begins with the text shown (the area, then its share), as speech-input users say it.
              aria-label={`${area.area.name} ${Math.round(area.shareWithinTwoOfAreaPal * 100)}% covered`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(area);
              }}
            >
              <circle r={8 + 18 * Math.sqrt(area.partners / biggest)} fill={shade(area.shareWithinTwoOfAreaPal)} fillOpacity={0.8} stroke="#102a43" />
              <text y={-14 - 18 * Math.sqrt(area.partners / biggest)} textAnchor="middle" className="map-label">
                {area.area.name}
              </text>
              {/* The leading space keeps name and share apart in the link's text (SVG does not draw it). */}
              <text y={4} textAnchor="middle" className="map-share">
                {` ${Math.round(area.shareWithinTwoOfAreaPal * 100)}%`}
              </text>
            </a>
          </g>
        ))}
      </svg>
    </figure>
  );
}
