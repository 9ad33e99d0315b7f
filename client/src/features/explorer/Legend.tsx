import { introductionStatuses } from '@contracts/introductions';
import { colours, statusColours } from './graphStyle';

interface Props {
  areas: { id: string; name: string; colour: string }[];
  /** Whether groups, meetings and activities are drawn (off by default). */
  showCommunity?: boolean;
}

/** Explains every colour and shape the graph uses. */
export function Legend({ areas, showCommunity = false }: Props) {
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" fill="#7B8794" />
          </svg>{' '}
          PAL (star)
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#7B8794" />
          </svg>{' '}
          Partner
        </li>
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <circle cx="9" cy="9" r="5" fill="#7B8794" stroke="#1f2933" strokeWidth="3" strokeOpacity="0.9" />
          </svg>{' '}
          Tier: no ring community, thicker ring registered → silver → gold
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#7B8794" stroke="#000" strokeWidth="3" strokeDasharray="1 1" />
          </svg>{' '}
          Double border: has an account manager
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" fill={colours.focus} opacity="0.5" />
            <circle cx="8" cy="8" r="4" fill="#7B8794" />
          </svg>{' '}
          Focused partner · larger: more ties
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <rect x="2" y="4" width="12" height="8" rx="2" fill={colours.specialty} stroke="#1f2933" />
          </svg>{' '}
          Specialty
        </li>
        {showCommunity && (
          <>
            <li>
              <svg width="18" height="14" aria-hidden="true">
                <rect x="1" y="2" width="16" height="10" rx="3" fill={colours.group} stroke="#1f2933" />
              </svg>{' '}
              User group
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <polygon points="8,1 15,8 8,15 1,8" fill={colours.meeting} stroke="#1f2933" />
              </svg>{' '}
              Meeting attended (last year)
            </li>
            <li>
              <svg width="16" height="16" aria-hidden="true">
                <polygon points="8,1 15,15 1,15" fill={colours.activity} stroke="#1f2933" />
              </svg>{' '}
              PAL activity (last year)
            </li>
          </>
        )}
      </ul>
      <ul>
        <li>
          <span className="line" style={{ background: colours.knows }} /> Knows (thicker: stronger)
        </li>
        <li>
          <span className="line" style={{ background: colours.path, height: 4 }} /> The way in you chose (highlighted)
        </li>
        {introductionStatuses.map((status) => (
          <li key={status}>
            <span className="line arrow" style={{ background: statusColours[status], color: statusColours[status] }} /> Introduction {status}
          </li>
        ))}
        <li>
          <span className="line arrow" style={{ background: colours.offers, color: colours.offers }} /> Offers
        </li>
        <li>
          <span className="line arrow" style={{ background: colours.seeks, color: colours.seeks }} /> Seeks
        </li>
        {showCommunity && (
          <li>
            <span className="line dashed" style={{ borderColor: colours.community }} /> Member, met at, did, reached
          </li>
        )}
      </ul>
      {areas.length > 0 && (
        <ul aria-label="Areas">
          {areas.map((area) => (
            <li key={area.id}>
              <span className="swatch" style={{ background: area.colour }} /> {area.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
