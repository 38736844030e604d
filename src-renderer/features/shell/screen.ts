import { useEffect } from 'react';
import type { AppStore } from '../../state';

/**
 * The screen a location hash shows, as its route path: "#/meetings/m1/minutes?x=1" is
 * "/meetings/m1/minutes". Read as wouter's hash location reads it (leading "#" and "/" optional).
 */
export function screenOf(hash: string): string {
  const path = hash.replace(/^#?\/?/, '').split('?')[0] ?? '';
  return `/${path}`;
}

/**
 * Tells the store which screen is shown, so notices go with the screen they arose on. It
 * listens to `hashchange` itself rather than waiting for a render: the router fires that event
 * synchronously as it navigates, so a notice raised just before a move is known to go along.
 */
export function useScreenForNotices(store: AppStore): void {
  useEffect(() => {
    const show = () => store.getState().showScreen(screenOf(window.location.hash));
    show();
    window.addEventListener('hashchange', show);
    return () => window.removeEventListener('hashchange', show);
  }, [store]);
}
