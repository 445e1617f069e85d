/** The Additional authentication page, under /security so the admin keeps the app bar and drawer. */
export const STEP_UP_PATH = '/security/step-up';

const FALLBACK = '/security';

/**
 * Where to go after a step-up: only a same-origin path under /security (never the step-up page
 * itself), so a crafted `returnTo` can never send the admin to another site.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, window.location.origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== window.location.origin) return FALLBACK;
  if (url.pathname !== '/security' && !url.pathname.startsWith('/security/')) return FALLBACK;
  if (url.pathname === STEP_UP_PATH || url.pathname.startsWith(`${STEP_UP_PATH}/`)) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The step-up page's URL for an admin who was at `location` (path + query). */
export function stepUpUrl(location: { pathname: string; search: string }): string {
  const returnTo = safeReturnTo(`${location.pathname}${location.search}`);
  return `${STEP_UP_PATH}?${new URLSearchParams({ returnTo }).toString()}`;
}
