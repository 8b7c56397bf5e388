import { createContext, useContext } from 'react';

// The workspace provides the ids: a view the navigation lists cannot import the navigation back (an import cycle).
const PlaceIdsContext = createContext<ReadonlySet<string>>(new Set());

export const PlaceIdsProvider = PlaceIdsContext.Provider;

/** The ids of the places this build's navigation offers (a finding's "go to" needs its place to exist). */
export function usePlaceIds(): ReadonlySet<string> {
  return useContext(PlaceIdsContext);
}
