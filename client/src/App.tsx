import { ExplorerPage } from './features/explorer/ExplorerPage';

export function App() {
  return <ExplorerPage />;
}
