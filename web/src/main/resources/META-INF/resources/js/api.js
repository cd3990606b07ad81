// The services' public REST APIs as any browser front end calls them: a bearer token, If-Match on edits, and
// problem+json answers turned into an ApiError whose message is the problem in words.
let config;
const TOKEN_KEY = 'warmintro.token';

export async function loadConfig() {
  config = await (await fetch('/config.json')).json();
  return config;
}

export const session = {
  get token() { return sessionStorage.getItem(TOKEN_KEY); },
  signIn(token) { sessionStorage.setItem(TOKEN_KEY, token); },
  signOut() { sessionStorage.removeItem(TOKEN_KEY); },
};

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = (problem?.errors ?? []).map(e => `${e.field}: ${e.message}`);
    super([problem?.title, problem?.detail, ...fields].filter(Boolean).join(' — ') || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls `service` ("contacts", "referral", "notification"); answers {data, etag}. */
export async function call(service, path, { method = 'GET', body, type = 'application/json', etag } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = type;
  if (etag) headers['If-Match'] = etag;
  const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(config[service] + path, { method, headers, body: payload });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new CustomEvent('session-expired'));
    throw new ApiError(response.status, data);
  }
  return { data, etag: response.headers.get('ETag') };
}
