import { createContext, useContext } from 'react';
import type { User } from '@contracts/auth';

export interface SessionValue {
  user: User;
  signOut(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in person; every page below the sign-in gate has one. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}
