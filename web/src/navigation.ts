/**
 * Where the app is: the URL path names the screen, so reloads and the back button work
 * (the server answers every non-API path with the app).
 */
import { useEffect, useState } from 'react';

export type Route =
  | { readonly screen: 'workspaces' }
  | { readonly screen: 'models'; readonly workspaceId: string }
  | { readonly screen: 'model'; readonly workspaceId: string; readonly modelId: string };

export function routeOf(path: string): Route {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  if (parts[0] === 'workspaces' && parts[1] !== undefined) {
    if (parts[2] === 'models' && parts[3] !== undefined)
      return { screen: 'model', workspaceId: parts[1], modelId: parts[3] };
    return { screen: 'models', workspaceId: parts[1] };
  }
  return { screen: 'workspaces' };
}

export function pathOf(route: Route): string {
  switch (route.screen) {
    case 'workspaces':
      return '/';
    case 'models':
      return `/workspaces/${encodeURIComponent(route.workspaceId)}`;
    case 'model':
      return `/workspaces/${encodeURIComponent(route.workspaceId)}/models/${encodeURIComponent(route.modelId)}`;
  }
}

export function navigate(route: Route): void {
  window.history.pushState(null, '', pathOf(route));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(routeOf(window.location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
