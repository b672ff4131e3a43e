/**
 * The signed-in token, kept for the browser tab only (sessionStorage): closing the tab signs
 * out, and no other tab or later visit sees it.
 */
const KEY = 'mvnoscope.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null): void {
  if (token === null) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, token);
}
