// JSON API client: errors carry the server's problem-details message.

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

let bearer = null;

/** The server's token as the analyst typed it (corrections.js): sent with every later request of this page. */
export function useToken(token) { bearer = token; }

export async function getJson(url, init) {
  let res;
  const headers = { Accept: 'application/json', ...init?.headers, ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) };
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init, headers });
  } catch (e) {
    throw new ApiError(0, String(e));
  }
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, (body && (body.detail || body.title)) || res.statusText);
  return body;
}

export function postBody(url, body, contentType) {
  return getJson(url, { method: 'POST', body, headers: { Accept: 'application/json', 'Content-Type': contentType } });
}
