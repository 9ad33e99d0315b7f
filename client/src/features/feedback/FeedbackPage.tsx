import { useState, type FormEvent } from 'react';
import { formatDate } from '../../lib/dates';
import { type Feedback, type MoveTheme, type Theme, feedbackEndpoints, sentiments } from '@contracts/feedback';
import { ErrorBanner } from '../../components/ErrorBanner';
import { messageOf as failure } from '../../lib/api';
import { useChange } from '../../lib/useChange';
import { isPalOrAdmin } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { useSpecialties } from '../../lib/catalog';
import { useEndpoint, useWrite } from '../../lib/queries';
import { useDebounced } from '../../lib/useDebounced';
import { similarThemes } from './similar';

const statusLabels: Record<Theme['status'], string> = {
  collected: 'collected',
  raised: 'raised with the vendor',
  answered: 'answered',
  acted: 'acted upon',
  declined: 'declined',
};

/**
 * Feedback to the vendor, through the PALs. Partners give feedback, follow it and add their voice
 * to themes; PALs merge what they were given into themes and follow each to an outcome; admins see
 * every theme by voices and by age.
 */
export function FeedbackPage() {
  const { user } = useSession();
  return (
    <section className="page feedback-page" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback to the vendor</h2>
      {user.partner && <GiveFeedback />}
      {isPalOrAdmin(user) ? <MergeFeedback /> : <YourFeedback />}
      <Themes />
    </section>
  );
}

function GiveFeedback() {
  const write = useWrite();
  const specialties = useSpecialties();
  const [topic, setTopic] = useState('');
  const [programme, setProgramme] = useState('');
  const [sentiment, setSentiment] = useState<(typeof sentiments)[number]>('suggestion');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const themes = useEndpoint(feedbackEndpoints.listThemes, { query: { sort: 'voices', limit: 200 } }, { select: (list) => list.items });
  const typed = useDebounced(`${programme} ${text}`, 300);
  const similar = similarThemes(themes.data ?? [], typed);
  const addVoice = async (theme: Theme) => {
    try {
      await write(feedbackEndpoints.addVoice, { params: { id: theme.id }, body: {} });
      setMessage({ ok: true, text: `Your voice is added to “${theme.title}”.` });
      setText('');
    } catch (error) {
      setMessage({ ok: false, text: failure(error) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const given = await write(feedbackEndpoints.giveFeedback, {
        body: { ...(topic ? { specialty: topic } : {}), ...(programme.trim() ? { programme: programme.trim() } : {}), sentiment, text },
      });
      setMessage({ ok: true, text: `Thank you: sent to ${given.pal?.name ?? 'the vendor'}.` });
      setText('');
    } catch (error) {
      setMessage({ ok: false, text: failure(error) });
    }
  };

  return (
    <form className="stacked-form wide" aria-label="Give feedback" onSubmit={(event) => void submit(event)}>
      <h3>Give feedback</h3>
      <div className="inline-form">
        <label>
          About a specialty
          <select value={topic} onChange={(event) => setTopic(event.target.value)}>
            <option value="">—</option>
            {specialties.status === 'success' &&
              specialties.data.map((specialty) => (
                <option key={specialty.id} value={specialty.id}>
                  {specialty.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          or a programme area
          <input value={programme} placeholder="partner portal, incentives…" onChange={(event) => setProgramme(event.target.value)} />
        </label>
        <fieldset className="sentiment">
          <legend>It is</legend>
          {sentiments.map((value) => (
            <label key={value}>
              <input type="radio" name="sentiment" value={value} checked={sentiment === value} onChange={() => setSentiment(value)} /> {value}
            </label>
          ))}
        </fieldset>
      </div>
      <label>
        Your feedback
        <textarea required rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      {similar.length > 0 && (
        <section className="similar-themes" aria-label="Others said something similar">
          <p>Others said something similar; you can add your voice instead:</p>
          <ul className="plain-list">
            {similar.map((theme) => (
              <li key={theme.id}>
                <strong>{theme.title}</strong>{' '}
                <span className="muted">
                  · {theme.voices} partner{theme.voices === 1 ? '' : 's'} · {theme.status}
                </span>{' '}
                <button type="button" onClick={() => void addVoice(theme)}>
                  Add my voice
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {message && (
        <p className={message.ok ? 'banner' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="primary">
        Send to my PAL
      </button>
    </form>
  );
}

function FeedbackItem({ item, children }: { item: Feedback; children?: React.ReactNode }) {
  return (
    <li className="feedback-item">
      {children}
      <span className={`sentiment-${item.sentiment}`}>{item.sentiment}</span> · {item.specialty?.name ?? item.programme} ·{' '}
      <span className="muted">
        {item.partner.name}, {formatDate(item.createdAt)}
      </span>
      <p>{item.text}</p>
      {item.theme && (
        <p className="muted">
          In theme “{item.theme.title}”: <strong>{statusLabels[item.theme.status]}</strong>
        </p>
      )}
    </li>
  );
}

function YourFeedback() {
  const items = useEndpoint(feedbackEndpoints.listFeedback, { query: {} }, { select: (page) => page.items });
  const retry = () => void items.refetch();
  return (
    <section aria-labelledby="your-feedback">
      <h3 id="your-feedback">Your feedback</h3>
      {items.status === 'error' && <ErrorBanner error={items.error} onRetry={retry} />}
      {items.status === 'success' &&
        (items.data.length === 0 ? (
          <p className="muted">You have not given feedback yet.</p>
        ) : (
          <ul className="plain-list">
            {items.data.map((item) => (
              <FeedbackItem key={item.id} item={item} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function MergeFeedback() {
  const write = useWrite();
  const items = useEndpoint(feedbackEndpoints.listFeedback, { query: { unthemed: 'true' } }, { select: (page) => page.items });
  const retry = () => void items.refetch();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState('');
  // '' makes a new theme; a theme's id adds the items to that one.
  const [into, setInto] = useState('');
  const themes = useEndpoint(
    feedbackEndpoints.listThemes,
    { query: { sort: 'recent', limit: 200 } },
    {
      select: (list) => list.items.filter((theme) => theme.status !== 'acted' && theme.status !== 'declined'),
    },
  );
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const merge = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (into) await write(feedbackEndpoints.mergeIntoTheme, { params: { id: into }, body: { feedback: [...chosen] } });
      else await write(feedbackEndpoints.createTheme, { body: { title, summary: '', feedback: [...chosen] } });
      setChosen(new Set());
      setTitle('');
      setMessage(null);
    } catch (error) {
      setMessage(failure(error));
    }
  };
  return (
    <section aria-labelledby="to-merge">
      <h3 id="to-merge">Feedback not in a theme yet</h3>
      {items.status === 'error' && <ErrorBanner error={items.error} onRetry={retry} />}
      {items.status === 'success' &&
        (items.data.length === 0 ? (
          <p className="muted">Nothing waiting: every item is in a theme.</p>
        ) : (
          <form onSubmit={(event) => void merge(event)} aria-label="Merge into a theme">
            <ul className="plain-list">
              {items.data.map((item) => (
                <FeedbackItem key={item.id} item={item}>
                  <input type="checkbox" aria-label={`Choose: ${item.text}`} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />{' '}
                </FeedbackItem>
              ))}
            </ul>
            <div className="inline-form">
              <label>
                Into
                <select value={into} onChange={(event) => setInto(event.target.value)}>
                  <option value="">a new theme</option>
                  {(themes.data ?? []).map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.title} ({theme.status})
                    </option>
                  ))}
                </select>
              </label>
              {!into && (
                <label>
                  Theme title
                  <input required value={title} onChange={(event) => setTitle(event.target.value)} />
                </label>
              )}
              <button type="submit" className="primary" disabled={chosen.size === 0}>
                {into ? `Add ${chosen.size} to the theme` : `Merge ${chosen.size} into a theme`}
              </button>
            </div>
            {message && (
              <p className="banner banner-error" role="alert">
                {message}
              </p>
            )}
          </form>
        ))}
    </section>
  );
}

function Themes() {
  const write = useWrite();
  const { user } = useSession();
  const [sort, setSort] = useState<'voices' | 'age'>('voices');
  const themes = useEndpoint(feedbackEndpoints.listThemes, { query: { sort: sort } });
  const retry = () => void themes.refetch();
  const { run: act, error: message } = useChange();
  return (
    <section aria-labelledby="themes-title">
      <div className="page-head">
        <h3 id="themes-title">Themes</h3>
        {themes.status === 'success' && (
          <span className="muted">
            {themes.data.summary.themes} themes · {themes.data.summary.withOutcome} reached an outcome · {themes.data.summary.open} open
          </span>
        )}
        <label>
          Order by{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as 'voices' | 'age')}>
            <option value="voices">voices</option>
            <option value="age">age</option>
          </select>
        </label>
      </div>
      {message && (
        <p className="banner banner-error" role="alert">
          {message}
        </p>
      )}
      {themes.status === 'error' && <ErrorBanner error={themes.error} onRetry={retry} />}
      {themes.status === 'success' &&
        (themes.data.items.length === 0 ? (
          <p className="muted">No themes yet.</p>
        ) : (
          <ul className="theme-list">
            {themes.data.items.map((theme) => (
              <li key={theme.id} className="theme" aria-label={theme.title}>
                <h4>
                  {theme.title} <span className={`status theme-${theme.status}`}>{statusLabels[theme.status]}</span>
                </h4>
                <p className="muted">
                  {theme.voices} partner{theme.voices === 1 ? '' : 's'} · {theme.areas.map((area) => `${area.name} ${area.voices}`).join(', ')} ·{' '}
                  {theme.tiers.map((tier) => `${tier.tier} ${tier.voices}`).join(', ')} · {theme.ageDays} days old
                </p>
                {theme.raisedWhere && (
                  <p>
                    Raised at {theme.raisedWhere}
                    {theme.raisedAt && ` on ${formatDate(theme.raisedAt)}`}.
                  </p>
                )}
                {theme.vendorAnswer && <p>Vendor’s answer: “{theme.vendorAnswer}”</p>}
                {theme.outcomeNote && <p>Outcome: {theme.outcomeNote}</p>}
                {user.partner && !theme.yours && ['collected', 'raised'].includes(theme.status) && (
                  <button type="button" onClick={() => void act(() => write(feedbackEndpoints.addVoice, { params: { id: theme.id }, body: {} }))}>
                    Add my voice
                  </button>
                )}
                {isPalOrAdmin(user) && (
                  <MoveControls
                    theme={theme}
                    onMove={(change) => void act(() => write(feedbackEndpoints.moveTheme, { params: { id: theme.id }, body: change }))}
                  />
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function MoveControls({ theme, onMove }: { theme: Theme; onMove(change: MoveTheme): void }) {
  const [text, setText] = useState('');
  if (theme.status === 'collected') {
    return (
      <form
        className="inline-form"
        aria-label={`Raise ${theme.title}`}
        onSubmit={(event) => {
          event.preventDefault();
          onMove({ status: 'raised', raisedWhere: text });
        }}
      >
        <label>
          Raised where
          <input required value={text} placeholder="partner conference, quarterly call…" onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit">Raise with the vendor</button>
      </form>
    );
  }
  if (theme.status === 'raised') {
    return (
      <form
        className="inline-form"
        aria-label={`Answer ${theme.title}`}
        onSubmit={(event) => {
          event.preventDefault();
          onMove({ status: 'answered', vendorAnswer: text });
        }}
      >
        <label>
          Vendor’s answer
          <input required value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit">Record the answer</button>
      </form>
    );
  }
  if (theme.status === 'answered') {
    return (
      <div className="inline-form">
        <label>
          Note
          <input value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="button" onClick={() => onMove({ status: 'acted', ...(text ? { note: text } : {}) })}>
          Acted upon
        </button>
        <button type="button" onClick={() => onMove({ status: 'declined', ...(text ? { note: text } : {}) })}>
          Declined
        </button>
      </div>
    );
  }
  return null;
}
