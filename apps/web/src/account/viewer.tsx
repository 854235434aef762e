import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { onSessionEnded } from '../graphql/client';
import { useMutation, useQuery } from 'urql';
import { graphql } from './gql';
import type { MeQuery } from './gql/graphql';

const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      role
      agency {
        id
        name
        status
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

type Me = MeQuery['me'];

interface ViewerState {
  viewer: Me | null;
  /** Asking `me`, for the first time or again after signing in or out: who it is is not known yet. */
  loading: boolean;
  /** Reads the viewer again (after signing in or out). */
  refresh: () => void;
  signOut: () => Promise<void>;
  /** The API said the session ended (expired or revoked) since the last sign-in. */
  sessionEnded: boolean;
}

const ViewerContext = createContext<ViewerState>({
  viewer: null,
  loading: true,
  refresh: () => undefined,
  signOut: async () => undefined,
  sessionEnded: false,
});

/** Who is signed in (the session is the API's cookie; this only asks `me`). */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: ME, requestPolicy: 'network-only' });
  const [, logout] = useMutation(LOGOUT);
  const [sessionEnded, setSessionEnded] = useState(false);
  // After signing in or out: the ended session, if any, is behind us.
  const refresh = useCallback(() => {
    setSessionEnded(false);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);
  // Refused as not signed in while someone was: their session ended, whether or not the API could still say so.
  const signedIn = Boolean(result.data?.me);
  useEffect(
    () =>
      onSessionEnded((said) => {
        if (!said && !signedIn) return;
        setSessionEnded(true);
        reexecute({ requestPolicy: 'network-only' });
      }),
    [reexecute, signedIn],
  );
  const signOut = useCallback(async () => {
    await logout({});
    refresh();
  }, [logout, refresh]);
  const value = useMemo(
    () => ({ viewer: result.data?.me ?? null, loading: result.fetching, refresh, signOut, sessionEnded }),
    [result.data, result.fetching, refresh, signOut, sessionEnded],
  );
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export const useViewer = (): ViewerState => useContext(ViewerContext);

/**
 * After signing in (or setting a password, or applying): reads the viewer again and goes to `to`
 * once the app knows `userId` is the one signed in, so the next page decides on who is signed in
 * now, not on who was a moment ago.
 */
export function useGoOnceSignedIn(): (userId: string, to: string) => void {
  const { viewer, refresh } = useViewer();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<{ userId: string; to: string } | null>(null);
  useEffect(() => {
    if (pending && viewer?.id === pending.userId) navigate(pending.to);
  }, [pending, viewer, navigate]);
  return useCallback(
    (userId: string, to: string) => {
      setPending({ userId, to });
      refresh();
    },
    [refresh],
  );
}
