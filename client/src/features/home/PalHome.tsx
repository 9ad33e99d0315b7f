import { useNavigate } from 'react-router';
import { feedbackEndpoints } from '@contracts/feedback';
import { introductionEndpoints } from '@contracts/introductions';
import { partnerEndpoints } from '@contracts/partners';
import { questionEndpoints } from '@contracts/questions';
import { usePals } from '../../lib/catalog';
import { explorerHref } from '../../lib/explorer-url';
import { useEndpoint } from '../../lib/queries';
import { PalDesk } from '../pal-desk';
import { HomeSection, Tally } from './HomePage';
import { UpcomingMeetings, useUpcomingMeetings } from './UpcomingMeetings';

/** A PAL's home is their desk: what waits for them, counted at the top, and the desk's lists below. */
export function PalHome({ pal }: { pal: { id: string; name: string } }) {
  const navigate = useNavigate();
  const profile = useEndpoint(partnerEndpoints.getPartner, { params: { id: pal.id } });
  const area = profile.data?.leads ?? profile.data?.area ?? null;
  const pipeline = useEndpoint(introductionEndpoints.getPipeline, { params: { id: pal.id } });
  const inbox = useEndpoint(questionEndpoints.getQuestionInbox, { params: { id: pal.id } });
  const unthemed = useEndpoint(feedbackEndpoints.listFeedback, { query: { unthemed: 'true', limit: 500 } }, { select: (list) => list.items.length });
  const meetings = useUpcomingMeetings(area?.id ?? null);
  const pals = usePals();
  const columns = pipeline.data?.columns;
  const openToMe = (id: string) => void navigate(explorerHref({ partner: id }));

  return (
    <section className="home" aria-labelledby="home-title">
      <div className="page-head">
        <h2 id="home-title">Your desk, {pal.name}</h2>
        {area && <span className="muted">PAL of {area.name}</span>}
      </div>
      <nav className="figures" aria-label="What waits for you">
        <Tally label="requests to send" count={columns ? columns.proposed.length : null} to="#desk" />
        <Tally label="waiting on a side" count={columns ? columns.made.length : null} to="#desk" />
        <Tally label="waiting too long" count={pipeline.data?.staleCount ?? null} to="#desk" />
        <Tally label="questions open" count={inbox.data ? inbox.data.open.length : null} to="#desk" />
        <Tally label="forwarded to you" count={inbox.data ? inbox.data.forwardedToMe.length : null} to="#desk" />
        <Tally label="feedback to merge" count={unthemed.data ?? null} to="/feedback" />
        <Tally label="meetings coming" count={meetings.data?.length ?? (area ? null : 0)} to="#meetings" />
      </nav>
      <p>
        <a
          href={explorerHref({ partner: pal.id })}
          onClick={(event) => {
            event.preventDefault();
            openToMe(pal.id);
          }}
        >
          Open your network in the explorer
        </a>
      </p>
      {/* The desk titles its own parts; the section is what the tallies link to. */}
      <section id="desk" className="home-section">
        <PalDesk pal={pal} pals={pals.data ?? []} onFocus={openToMe} />
      </section>
      <HomeSection id="meetings" title="Meetings coming in your area">
        <UpcomingMeetings area={area?.id ?? null} />
      </HomeSection>
    </section>
  );
}
