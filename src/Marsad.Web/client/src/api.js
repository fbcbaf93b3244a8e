// JSON API client: errors carry the server's problem-details message.

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export async function getJson(url, init) {
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', ...init });
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
