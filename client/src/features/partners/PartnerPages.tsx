import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Partner, partnerEndpoints, type Tier, type UpdatePartner } from '@contracts/partners';
import { ErrorBanner } from '../../components/ErrorBanner';
import { NamedOptions, tierChoices } from '../../components/NamedOptions';
import { useAreas, useSpecialties } from '../../lib/catalog';
import { explorerHref } from '../../lib/explorer-url';
import { isAdmin } from '../../lib/permissions';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { useChange } from '../../lib/useChange';
import { SpecialtyPicker } from '../../components/SpecialtyPicker';

/** What the form holds: text as typed (an empty optional field is sent as null). */
interface ProfileDraft {
  name: string;
  company: string;
  city: string;
  area: string;
  website: string;
  email: string;
  phone: string;
  tier: Tier;
  managed: boolean;
  openToIntroductions: boolean;
  offers: string[];
  seeks: string[];
}

const emptyDraft: ProfileDraft = {
  name: '',
  company: '',
  city: '',
  area: '',
  website: '',
  email: '',
  phone: '',
  tier: 'community',
  managed: false,
  openToIntroductions: true,
  offers: [],
  seeks: [],
};

const draftOf = (partner: Partner): ProfileDraft => ({
  name: partner.name,
  company: partner.company,
  city: partner.city,
  area: partner.area?.id ?? '',
  website: partner.website ?? '',
  email: partner.email ?? '',
  phone: partner.phone ?? '',
  tier: partner.tier,
  managed: partner.managed,
  openToIntroductions: partner.openToIntroductions,
  offers: partner.offers.map((s) => s.id),
  seeks: partner.seeks.map((s) => s.id),
});

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The body a draft sends: every field, optional ones as null when empty. */
const bodyOf = (draft: ProfileDraft) => ({
  name: draft.name.trim(),
  company: draft.company.trim(),
  city: draft.city.trim(),
  area: draft.area,
  website: orNull(draft.website),
  email: orNull(draft.email),
  phone: orNull(draft.phone),
  tier: draft.tier,
  managed: draft.managed,
  openToIntroductions: draft.openToIntroductions,
  offers: draft.offers,
  seeks: draft.seeks,
});

/** Only what changed goes in a PATCH: a partner may not send the fields only an admin may change, even unchanged. */
export function changesBetween(before: ProfileDraft, after: ProfileDraft): UpdatePartner {
  const was = bodyOf(before);
  const now = bodyOf(after);
  return Object.fromEntries(
    (Object.keys(now) as (keyof typeof now)[]).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key])).map((key) => [key, now[key]]),
  ) as UpdatePartner;
}

/** `/partners/:id/edit`: the partner themselves, their area's PAL or an admin edits a profile. */
export function EditPartnerPage() {
  const { id = '' } = useParams();
  const profile = useEndpoint(partnerEndpoints.getPartner, { params: { id } });
  if (profile.status === 'error') return <ErrorBanner error={profile.error} onRetry={() => void profile.refetch()} />;
  if (profile.status !== 'success')
    return (
      <p className="status" role="status">
        Loading the profile…
      </p>
    );
  return <EditProfile key={profile.data.id} partner={profile.data} />;
}

function EditProfile({ partner }: { partner: Partner }) {
  const write = useWrite();
  const { user } = useSession();
  const initial = draftOf(partner);
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const change = useChange();
  const changes = changesBetween(initial, draft);
  const self = user.partner?.id === partner.id;
  return (
    <section className="page profile-page" aria-labelledby="profile-title">
      <div className="page-head">
        <h2 id="profile-title">{self ? 'Your profile' : `${partner.name}’s profile`}</h2>
        <Link to={explorerHref({ partner: partner.id })}>See {self ? 'your' : 'their'} network</Link>
      </div>
      <ProfileForm
        draft={draft}
        onChange={(next) => {
          setSaved(false);
          setDraft(next);
        }}
        adminFields={isAdmin(user)}
        pending={change.pending}
        error={change.error}
        submitLabel="Save changes"
        canSubmit={Object.keys(changes).length > 0}
        onSubmit={change.submit(
          () => write(partnerEndpoints.updatePartner, { params: { id: partner.id }, body: changes }, ['Graph', 'Matches', 'Catalog']),
          () => setSaved(true),
        )}
      />
      {saved && (
        <p className="success" role="status">
          Saved. Matches use the new profile from now on.
        </p>
      )}
    </section>
  );
}

/** `/partners/new`: an admin adds one partner (many come in by CSV import). */
export function NewPartnerPage() {
  const write = useWrite();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(emptyDraft);
  const change = useChange();
  return (
    <section className="page profile-page" aria-labelledby="new-partner-title">
      <h2 id="new-partner-title">Add a partner</h2>
      <ProfileForm
        draft={draft}
        onChange={setDraft}
        adminFields
        pending={change.pending}
        error={change.error}
        submitLabel="Add the partner"
        canSubmit={!!draft.name.trim() && !!draft.company.trim() && !!draft.city.trim() && !!draft.area}
        onSubmit={change.submit(
          () => write(partnerEndpoints.createPartner, { body: { ...bodyOf(draft), location: null } }, ['Graph', 'Catalog']),
          (created) => void navigate(explorerHref({ partner: created.id })),
        )}
      />
    </section>
  );
}

interface FormProps {
  draft: ProfileDraft;
  onChange(draft: ProfileDraft): void;
  /** Area, tier and account manager: what only an admin changes. */
  adminFields: boolean;
  pending: boolean;
  error: string | null;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit(event: FormEvent): void;
}

function ProfileForm({ draft, onChange, adminFields, pending, error, submitLabel, canSubmit, onSubmit }: FormProps) {
  const specialties = useSpecialties();
  const areas = useAreas();
  const set =
    <K extends keyof ProfileDraft>(key: K) =>
    (value: ProfileDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const text = (key: 'name' | 'company' | 'city' | 'website' | 'email' | 'phone', label: string, type = 'text', hint?: string) => (
    <label>
      {label}
      <input type={type} value={draft[key]} onChange={(event) => set(key)(event.target.value)} />
      {hint && <span className="muted">{hint}</span>}
    </label>
  );
  return (
    <form className="profile-form" onSubmit={onSubmit} aria-label="Profile">
      <div className="form-grid">
        {text('name', 'Name')}
        {text('company', 'Company')}
        {text('city', 'City')}
        {text('website', 'Website', 'url', 'https://…')}
        {text('email', 'E-mail', 'email')}
        {text('phone', 'Phone', 'tel')}
        {adminFields && (
          <>
            <label>
              Area
              <select value={draft.area} onChange={(event) => set('area')(event.target.value)}>
                <option value="" disabled>
                  Choose an area
                </option>
                <NamedOptions items={areas.data ?? []} />
              </select>
            </label>
            <label>
              Tier
              <select value={draft.tier} onChange={(event) => set('tier')(event.target.value as Tier)}>
                <NamedOptions items={tierChoices} />
              </select>
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={draft.managed} onChange={(event) => set('managed')(event.target.checked)} /> Has a vendor account manager
            </label>
          </>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={draft.openToIntroductions} onChange={(event) => set('openToIntroductions')(event.target.checked)} /> Open to
          introductions
        </label>
      </div>
      {specialties.status === 'error' && <ErrorBanner error={specialties.error} onRetry={() => void specialties.refetch()} />}
      <div className="two-columns">
        <SpecialtyPicker label="What you offer" catalogue={specialties.data ?? []} chosen={draft.offers} onChange={set('offers')} />
        <SpecialtyPicker label="What you seek" catalogue={specialties.data ?? []} chosen={draft.seeks} onChange={set('seeks')} />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!canSubmit || pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
