import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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
  useEffect(
    () =>
      onSessionEnded(() => {
        setSessionEnded(true);
        reexecute({ requestPolicy: 'network-only' });
      }),
    [reexecute],
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
