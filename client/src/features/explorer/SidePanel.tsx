import { useState } from 'react';
import type { Area, Pal, Specialty } from '@contracts/catalog';
import type { User } from '@contracts/auth';
import type { ExplorerState, PanelTab } from '../../lib/explorer-url';
import { mayExplore, mayUseDesk } from '../../lib/permissions';
import { MatchesTab } from '../matches';
import { PalDesk } from '../pal-desk';
import { InspectPanel } from './InspectPanel';
import { PathFinder } from './PathFinder';
import type { ExplorerView } from './useExplorerView';
import { isExpanded } from './view';

const tabLabels: Record<PanelTab, string> = { details: 'Details', matches: 'Matches', desk: 'PAL desk' };

interface Props {
  explorer: ExplorerView;
  state: ExplorerState;
  user: User;
  centerName: string;
  areas: Area[];
  specialties: Specialty[];
  pals: Pal[];
  onNavigate(next: ExplorerState): void;
  onFocus(partner: string | null): void;
}

/** The side panel: details and the way in, matches, and (for that PAL) the PAL desk. */
export function SidePanel({ explorer, state, user, centerName, areas, specialties, pals, onNavigate, onFocus }: Props) {
  const { view, selectedNodeId, selection, base, paths } = explorer;
  const subjectId = selectedNodeId && view.nodes.get(selectedNodeId)?.data.kind === 'partner' ? selectedNodeId : state.partner;
  const subject = subjectId ? view.nodes.get(subjectId) : undefined;
  const subjectName = subject?.data.label ?? subjectId ?? '';
  const subjectIsPal = subject?.data.kind === 'partner' && subject.data.isPal;
  const tabsShown: PanelTab[] = [
    'details',
    ...(subjectId && mayExplore(user, subjectId) ? (['matches'] as const) : []),
    ...(subjectIsPal && subjectId && mayUseDesk(user, subjectId) ? (['desk'] as const) : []),
  ];
  const tab: PanelTab = tabsShown.includes(state.tab) ? state.tab : 'details';
  // On a phone the panel is a sheet over the bottom of the graph: half the screen, or nearly all of it.
  const [sheetRaised, setSheetRaised] = useState(false);
  return (
    <aside className={`panel${sheetRaised ? ' sheet-raised' : ''}`} aria-label="Side panel">
      <button type="button" className="sheet-toggle" aria-expanded={sheetRaised} onClick={() => setSheetRaised((raised) => !raised)}>
        {sheetRaised ? 'Show more of the graph' : 'Show more of the panel'}
      </button>
      <div className="tabs" role="tablist" aria-label={`About ${subjectName}`}>
        {tabsShown.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => onNavigate({ ...state, tab: name })}
          >
            {tabLabels[name]}
          </button>
        ))}
      </div>
      {tab === 'matches' && subjectId && <MatchesTab partnerId={subjectId} partnerName={subjectName} onFocus={onFocus} onHoverRoute={explorer.setHoverRoute} />}
      {tab === 'desk' && subjectId && <PalDesk pal={{ id: subjectId, name: subjectName }} pals={pals} onFocus={onFocus} />}
      {tab === 'details' && (
        <>
          <PathFinder
            fromName={centerName}
            result={paths}
            chosen={explorer.chosenPath}
            onTarget={(pathTo) => onNavigate({ ...state, pathTo })}
            onChoose={explorer.setChosenPath}
            onRetry={() => void paths.refetch()}
          />
          {base.status === 'success' && (
            <InspectPanel
              selection={selection}
              centerId={state.partner ?? ''}
              nodes={view.nodes}
              edges={view.edges}
              areas={areas}
              specialties={specialties}
              expanded={isExpanded(view, selectedNodeId ?? state.partner ?? '')}
              onFocus={onFocus}
              onExpand={(id) => void explorer.expandNode(id)}
              onCollapse={explorer.collapseNode}
              onRemove={explorer.removeNode}
              onFindPath={(id) => onNavigate({ ...state, pathTo: id })}
            />
          )}
        </>
      )}
    </aside>
  );
}
