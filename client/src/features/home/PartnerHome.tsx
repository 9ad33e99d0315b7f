import { Link, useNavigate } from 'react-router';
import { introductionEndpoints } from '@contracts/introductions';
import type { Partner } from '@contracts/partners';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useSpecialties } from '../../lib/catalog';
import { explorerHref } from '../../lib/explorer-url';
import { useEndpoint } from '../../lib/queries';
import { Announcements } from '../announcements';
import { IntroductionItem, waitsForAnswerOf } from '../introductions';
import { MatchesTab } from '../matches';
import { partnerEndpoints } from '@contracts/partners';
import { AskQuestion, MyQuestions } from '../questions';
import { HomeSection, Tally } from './HomePage';
import { RegisteredMeetings, UpcomingMeetings, useUpcomingMeetings } from './UpcomingMeetings';

/** Fewer declared than this and matches have little to go on. */
const THIN_PROFILE = 3;
const isThin = (partner: Partner) => partner.offers.length + partner.seeks.length < THIN_PROFILE;
const thinProfileNote = (told: number) =>
  told === 0
    ? 'Matches come from what you offer and seek, and your profile names neither yet. Add a few for better matches.'
    : `Matches come from what you offer and seek, and your profile names only ${told === 1 ? 'one specialty' : `${told} specialties`}. Add a few more for better matches.`;

/** A partner's home: their best matches, their introductions and questions, meetings near them, and what the vendor says. */
export function PartnerHome({ partner }: { partner: { id: string; name: string } }) {
  const navigate = useNavigate();
  const profile = useEndpoint(partnerEndpoints.getPartner, { params: { id: partner.id } });
  const introductions = useEndpoint(introductionEndpoints.listIntroductions, { query: { partner: partner.id, limit: 50 } }, { select: (page) => page.items });
  const specialties = useSpecialties();
  const area = profile.data?.area ?? null;
  const meetings = useUpcomingMeetings(area?.id ?? null);
  const toAnswer = introductions.data?.filter((introduction) => waitsForAnswerOf(introduction, partner.id)) ?? [];
  const underWay = introductions.data?.filter((introduction) => introduction.status === 'proposed' || introduction.status === 'made');
  const open = (id: string) => void navigate(explorerHref({ partner: id }));

  return (
    <section className="home" aria-labelledby="home-title">
      <div className="page-head">
        <h2 id="home-title">Welcome, {partner.name}</h2>
        {profile.data && (
          <span className="muted">
            {profile.data.company}
            {area && ` · ${area.name}`}
          </span>
        )}
      </div>
      {profile.status === 'error' && <ErrorBanner error={profile.error} onRetry={() => void profile.refetch()} />}
      {profile.data && isThin(profile.data) && (
        <p className="banner banner-info" role="note">
          <span>{thinProfileNote(profile.data.offers.length + profile.data.seeks.length)}</span>
          <Link className="button primary" to={`/partners/${encodeURIComponent(partner.id)}/edit`}>
            Complete your profile
          </Link>
        </p>
      )}
      <nav className="figures" aria-label="Where things stand">
        <Tally label="introductions to answer" count={introductions.data ? toAnswer.length : null} to="#introductions" />
        <Tally label="introductions under way" count={underWay?.length ?? null} to="#introductions" />
        <Tally label="meetings coming" count={meetings.data?.length ?? (profile.data && !area ? 0 : null)} to="#meetings" />
      </nav>
      <p>
        <Link to={explorerHref({ partner: partner.id })}>Open your network in the explorer</Link> ·{' '}
        <Link to={`/partners/${encodeURIComponent(partner.id)}/edit`}>Edit your profile</Link>
      </p>
      <div className="two-columns">
        <div>
          <HomeSection id="matches" title="Your best matches">
            <MatchesTab partnerId={partner.id} partnerName={partner.name} onFocus={open} onHoverRoute={() => undefined} />
          </HomeSection>
        </div>
        <div>
          <HomeSection id="introductions" title="Your introductions">
            {introductions.status === 'error' && <ErrorBanner error={introductions.error} onRetry={() => void introductions.refetch()} />}
            {introductions.isLoading && (
              <p className="muted" role="status">
                Loading…
              </p>
            )}
            {introductions.data &&
              (introductions.data.length === 0 ? (
                <p className="muted">None yet: ask for one from a match.</p>
              ) : (
                <ul className="plain-list">
                  {[...toAnswer, ...introductions.data.filter((introduction) => !toAnswer.includes(introduction))].map((introduction) => (
                    <IntroductionItem key={introduction.id} introduction={introduction} partnerId={partner.id} waitsForMe={toAnswer.includes(introduction)} />
                  ))}
                </ul>
              ))}
          </HomeSection>
          {/* Asking and the list title themselves. */}
          <section id="questions" className="home-section">
            {profile.data && <AskQuestion partnerId={partner.id} specialties={specialties.data ?? []} suggested={profile.data.seeks.map((s) => s.id)} />}
            <MyQuestions partnerId={partner.id} title="Questions you asked" />
          </section>
          <HomeSection id="meetings" title="Your meetings">
            <RegisteredMeetings partner={partner.id} />
            <h4>Coming in your area</h4>
            <UpcomingMeetings area={area?.id ?? null} />
          </HomeSection>
          <Announcements />
        </div>
      </div>
    </section>
  );
}
