// The web app: a hash router over the screens; each screen renders into <main> and calls the APIs itself.
import { loadConfig, session, call, ApiError } from './api.js';
import { t, language, setLanguage } from './i18n.js';

const main = document.getElementById('main');
let config;

/** An element: el('p', {class: 'x'}, 'text', child...). Text is always set as text, never as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.flat().filter(child => child != null && child !== false));
  return node;
}

function field(id, label, input) {
  input.id = id;
  input.name ??= id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}

const input = (value, attributes = {}) => el('input', { value: value ?? '', ...attributes });
const area = (value, attributes = {}) => { const a = el('textarea', { rows: 4, ...attributes }); a.value = value ?? ''; return a; };
const list = text => text.split(',').map(s => s.trim()).filter(Boolean);
const percent = value => `${Math.round((value ?? 0) * 100)}\u00a0%`;

function announce(message) {
  document.getElementById('status').textContent = message;
}

function problemBox(error) {
  return el('div', { class: 'problem', role: 'alert' }, error instanceof ApiError ? error.message : String(error));
}

function screen(title, ...content) {
  document.title = `${title} · warmintro`;
  main.replaceChildren(el('h1', {}, title), ...content.flat().filter(Boolean));
  main.focus();
}

// ---- sign-in ----

async function signInScreen(params) {
  const expired = sessionStorage.getItem('warmintro.expired');
  sessionStorage.removeItem('warmintro.expired');
  const expiredNote = expired ? el('p', { class: 'problem', role: 'alert', id: 'expired' }, t('sessionExpired')) : null;
  if (config.signIn === 'oidc') {
    const answer = params.get('oidc') === 'done' ? await fetch('/session/token.json') : null;
    if (answer?.ok) {
      session.signIn((await answer.json()).token);
      location.hash = '#/network';
      return;
    }
    return screen(t('signIn'), expiredNote, el('a', { class: 'button', href: '/session/sign-in' }, t('signInWithProvider')));
  }
  if (config.signIn !== 'demo') {
    return screen(t('signIn'), el('p', {}, t('noSignIn')));
  }
  const { data: members } = await call('web', '/demo-members.json');
  const next = params.get('next') ?? '/network';
  const chosen = members.find(m => m.member === params.get('as'));
  if (chosen) {
    session.signIn(chosen.token);
    location.hash = `#${next}`;
    return;
  }
  screen(t('signIn'), expiredNote,
    el('p', {}, t('pickMember')),
    el('ul', { class: 'members' }, members.map(m => el('li', {}, el('button', {
      type: 'button', onclick: () => { session.signIn(m.token); location.hash = `#${next}`; },
    }, t('signInAs', { member: m.member }))))));
}

// ---- network ----

async function networkScreen() {
  const results = el('div', { id: 'results' });
  const search = input('', { type: 'search', autocomplete: 'off' });
  const report = el('div', { id: 'import-report', 'aria-live': 'polite' });
  const file = el('input', { type: 'file', accept: '.csv,.vcf,text/csv,text/vcard' });
  const drop = el('div', { class: 'drop', id: 'drop-zone' }, el('p', {}, t('dropHere')),
    field('import-file', t('chooseFile'), file));
  let pending;
  const refresh = async () => {
    const q = search.value.trim();
    try {
      const { data } = await call('contacts', `/api/v1/contacts?size=50${q ? `&q=${encodeURIComponent(q)}` : ''}`);
      results.replaceChildren(el('p', {}, t('contactsFound', { count: data.total })),
        el('ul', { class: 'cards' }, data.items.map(contactItem)));
    } catch (e) { results.replaceChildren(problemBox(e)); }
  };
  search.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(refresh, 150); });
  const upload = async chosen => {
    const vcard = /\.vcf$/i.test(chosen.name) || chosen.type.includes('vcard');
    report.replaceChildren(el('p', {}, t('importing', { name: chosen.name })));
    try {
      const { data } = await call('contacts', '/api/v1/contacts/import',
        { method: 'POST', type: vcard ? 'text/vcard' : 'text/csv', body: await chosen.text() });
      report.replaceChildren(importReport(data));
      refresh();
    } catch (e) { report.replaceChildren(problemBox(e)); }
  };
  file.addEventListener('change', () => file.files[0] && upload(file.files[0]));
  drop.addEventListener('dragover', event => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer.files[0]) upload(event.dataTransfer.files[0]);
  });
  screen(t('network'),
    el('section', { 'aria-labelledby': 'import-title' }, el('h2', { id: 'import-title' }, t('import')), drop, report),
    el('section', { 'aria-labelledby': 'search-title' }, el('h2', { id: 'search-title' }, t('contacts')),
      field('search', t('search'), search), results));
  refresh();
}

function contactItem(contact) {
  return el('li', {}, el('a', { href: `#/contacts/${contact.id}` }, contact.fullName),
    el('span', { class: 'muted' }, [contact.title, contact.company].filter(Boolean).join(', ')),
    (contact.tags ?? []).map(tag => el('span', { class: 'tag' }, tag)),
    contact.seeking?.status === 'ACTIVE' ? el('span', { class: 'tag seeking' }, t('seeker')) : null,
    contact.hiring?.openRoles?.length ? el('span', { class: 'tag hiring' }, t('hiring')) : null);
}

function importReport(report) {
  const lines = kind => report[kind].length ? el('section', {}, el('h3', {}, t(kind)),
    el('ul', { class: kind }, report[kind].map(line => el('li', {}, t('line', { line: line.line }), ' ', line.reason)))) : null;
  return el('div', { class: 'report' },
    el('p', {}, t('imported', { created: report.created, updated: report.updated, skipped: report.skipped })),
    lines('errors'), lines('warnings'));
}

// ---- contact card ----

async function contactScreen(id) {
  let contact, etag;
  try {
    ({ data: contact, etag } = await call('contacts', `/api/v1/contacts/${id}`));
  } catch (e) { return screen(t('contact'), problemBox(e)); }
  const notice = el('div', { 'aria-live': 'polite' });
  const save = async (path, method, body, type) => {
    try {
      ({ data: contact, etag } = await call('contacts', `/api/v1/contacts/${id}${path}`, { method, body, type, etag }));
      notice.replaceChildren(el('p', { class: 'ok' }, t('saved')));
      announce(t('saved'));
      return true;
    } catch (e) {
      if (e.status === 412 || e.status === 409) {
        const { data: theirs, etag: theirEtag } = await call('contacts', `/api/v1/contacts/${id}`);
        notice.replaceChildren(el('div', { class: 'problem', role: 'alert', id: 'conflict' },
          el('p', {}, t('conflict')),
          el('p', {}, t('theirVersion'), ' ', [theirs.fullName, theirs.headline, theirs.title, theirs.company].filter(Boolean).join(' · ')),
          el('button', { type: 'button', onclick: async () => { etag = theirEtag; contact = theirs;
            notice.replaceChildren(el('p', {}, t('conflictRetry'))); } }, t('keepMine'))));
      } else notice.replaceChildren(problemBox(e));
      return false;
    }
  };

  const card = el('form', { id: 'card-form' },
    field('fullName', t('fullName'), input(contact.fullName, { required: true, autocomplete: 'off' })),
    field('headline', t('headline'), input(contact.headline)),
    field('company', t('company'), input(contact.company)),
    field('title', t('jobTitle'), input(contact.title)),
    field('field', t('fieldOfWork'), input(contact.field)),
    field('skills', t('skills'), input((contact.skills ?? []).join(', '))),
    field('location', t('location'), input(contact.location)),
    field('tags', t('tags'), input((contact.tags ?? []).join(', '))),
    field('introductionsAllowed', t('consent'), el('input', { type: 'checkbox', checked: contact.consent?.introductionsAllowed })),
    el('button', { type: 'submit' }, t('save')));
  card.addEventListener('submit', event => {
    event.preventDefault();
    const f = card.elements;
    save('', 'PATCH', {
      fullName: f.fullName.value, headline: f.headline.value || null, company: f.company.value || null,
      title: f.title.value || null, field: f.field.value || null, skills: list(f.skills.value),
      location: f.location.value || null, tags: list(f.tags.value),
      consent: { introductionsAllowed: f.introductionsAllowed.checked },
    }, 'application/merge-patch+json');
  });

  const s = contact.seeking ?? {};
  const seeking = el('form', { id: 'seeking-form' },
    field('selfIntroduction', t('selfIntroduction'), area(s.selfIntroduction, { required: true, minlength: 50 })),
    field('offers', t('offers'), area(s.offers, { rows: 2 })),
    field('targetRoles', t('targetRoles'), input((s.targetRoles ?? []).join(', '))),
    field('seekingSkills', t('skills'), input((s.skills ?? []).join(', '))),
    field('locations', t('locations'), input((s.locations ?? []).join(', '))),
    field('remote', t('remote'), el('input', { type: 'checkbox', checked: s.remote })),
    field('seekingStatus', t('seekingStatus'), el('select', {}, ['ACTIVE', 'PAUSED', 'PLACED'].map(v =>
      el('option', { value: v, selected: (s.status ?? 'ACTIVE') === v }, t(v))))),
    el('button', { type: 'submit' }, t('saveSeeking')));
  seeking.addEventListener('submit', async event => {
    event.preventDefault();
    const f = seeking.elements;
    if (await save('/seeking', 'PUT', {
      selfIntroduction: f.selfIntroduction.value, offers: f.offers.value || null, targetRoles: list(f.targetRoles.value),
      skills: list(f.seekingSkills.value), locations: list(f.locations.value), remote: f.remote.checked, status: f.seekingStatus.value,
    })) seekingLinks.replaceChildren(matchesLink());
  });
  const matchesLink = () => el('a', { href: `#/seekers/${id}/matches`, id: 'matches-link' }, t('seeMatches'));
  const seekingLinks = el('p', {}, contact.seeking ? matchesLink() : null);

  const h = contact.hiring ?? { openRoles: [], hiringInfluence: false };
  const role = h.openRoles[0] ?? {};
  const hiring = el('form', { id: 'hiring-form' },
    field('roleTitle', t('openRole'), input(role.title)),
    field('roleSkills', t('skills'), input((role.skills ?? []).join(', '))),
    field('roleLocation', t('location'), input(role.location)),
    field('hiringInfluence', t('influence'), el('input', { type: 'checkbox', checked: h.hiringInfluence })),
    el('button', { type: 'submit' }, t('saveHiring')));
  hiring.addEventListener('submit', event => {
    event.preventDefault();
    const f = hiring.elements;
    const openRoles = f.roleTitle.value ? [{ ...role, title: f.roleTitle.value, skills: list(f.roleSkills.value),
      location: f.roleLocation.value || null }, ...h.openRoles.slice(1)] : h.openRoles.slice(1);
    save('/hiring', 'PUT', { openRoles, hiringInfluence: f.hiringInfluence.checked });
  });

  const notes = el('ul', { id: 'notes' });
  const noteText = area('', { rows: 2, required: true });
  const noteForm = el('form', {}, field('note', t('newNote'), noteText), el('button', { type: 'submit' }, t('addNote')));
  const loadNotes = async () => {
    const { data } = await call('contacts', `/api/v1/contacts/${id}/notes`);
    notes.replaceChildren(...data.map(n => el('li', {}, n.body)));
  };
  noteForm.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await call('contacts', `/api/v1/contacts/${id}/notes`, { method: 'POST', body: { body: noteText.value } });
      noteText.value = '';
      loadNotes();
    } catch (e) { notice.replaceChildren(problemBox(e)); }
  });

  const interactions = el('ul', { id: 'interactions' });
  call('contacts', `/api/v1/contacts/${id}/interactions`).then(({ data }) => interactions.replaceChildren(
    ...(data.length ? data.map(i => el('li', {}, [new Date(i.occurredAt).toLocaleDateString(language()),
      t(`kind.${i.kind}`), i.summary].filter(Boolean).join(' · '))) : [el('li', {}, t('none'))])))
    .catch(e => interactions.replaceChildren(problemBox(e)));

  const strength = contact.relationship?.strength;
  screen(contact.fullName, notice,
    el('p', { class: 'muted' }, t('strength', { strength: strength ?? '–' })),
    el('section', { 'aria-labelledby': 'interactions-title' },
      el('h2', { id: 'interactions-title' }, t('interactions')), interactions),
    el('section', { 'aria-labelledby': 'card-title' }, el('h2', { id: 'card-title' }, t('card')), card),
    el('section', { 'aria-labelledby': 'seeking-title' }, el('h2', { id: 'seeking-title' }, t('seeking')), seeking, seekingLinks),
    el('section', { 'aria-labelledby': 'hiring-title' }, el('h2', { id: 'hiring-title' }, t('hiringProfile')), hiring),
    el('section', { 'aria-labelledby': 'notes-title' }, el('h2', { id: 'notes-title' }, t('notes')), notes, noteForm));
  loadNotes().catch(e => notes.replaceChildren(problemBox(e)));
}

// ---- matches and suggestions ----

function matchItem(seekerId, match) {
  const propose = `#/propose/${seekerId}/${match.targetId}?role=${encodeURIComponent(match.roleTitle ?? '')}`;
  return el('li', { class: 'match' },
    el('h3', {}, el('a', { href: `#/contacts/${match.targetId}` }, match.targetName ?? match.targetId)),
    el('p', {}, [match.roleTitle, match.company].filter(Boolean).join(' · '), ' — ', t('score', { score: percent(match.score) })),
    el('ul', { class: 'signals', 'aria-label': t('signals') }, Object.entries(match.signals ?? {}).map(([name, value]) =>
      el('li', {}, el('span', {}, t(`signal.${name}`)),
        el('meter', { min: 0, max: 1, value, 'aria-label': `${t(`signal.${name}`)} ${percent(value)}` }),
        el('span', { class: 'muted' }, percent(value))))),
    el('ul', { class: 'reasons' }, (match.reasons ?? []).map(reason => el('li', {}, reason))),
    el('a', { class: 'button', href: propose }, t('proposeTo', { name: match.targetName ?? '' })));
}

async function matchesScreen(seekerId) {
  try {
    const [{ data: seeker }, { data }] = await Promise.all([call('contacts', `/api/v1/contacts/${seekerId}`),
      call('referral', `/api/v1/seekers/${seekerId}/matches?limit=10`)]);
    screen(t('matchesOf', { name: seeker.fullName }),
      data.matches.length ? el('ol', { class: 'matches' }, data.matches.map(m => matchItem(seekerId, m)))
        : el('p', {}, t('noMatches')));
  } catch (e) {
    screen(t('matches'), problemBox(e.status === 404 ? t('notSeekingYet') : e));
  }
}

async function suggestionsScreen() {
  try {
    const { data } = await call('referral', '/api/v1/suggestions?limit=20');
    screen(t('suggestions'), data.suggestions.length
      ? el('ol', { class: 'matches' }, data.suggestions.map(s => el('li', {},
        el('p', {}, t('forSeeker'), ' ', el('a', { href: `#/seekers/${s.seekerId}/matches` }, s.seekerName ?? t('seeker'))),
        el('ul', { class: 'plain' }, matchItem(s.seekerId, s.match)))))
      : el('p', {}, t('noSuggestions')));
  } catch (e) { screen(t('suggestions'), problemBox(e)); }
}

// ---- propose ----

async function proposeScreen(seekerId, targetId, role) {
  let seeker, target;
  try {
    [{ data: seeker }, { data: target }] = await Promise.all([call('contacts', `/api/v1/contacts/${seekerId}`),
      call('contacts', `/api/v1/contacts/${targetId}`)]);
  } catch (e) { return screen(t('propose'), problemBox(e)); }
  const message = area('', { rows: 3 });
  const result = el('div', { 'aria-live': 'polite' });
  const form = el('form', { id: 'propose-form' },
    field('message', t('personalMessage'), message),
    el('button', { type: 'submit' }, t('send')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const { data: intro } = await call('referral', '/api/v1/intros', { method: 'POST',
        body: { seekerId, targetId, roleTitle: role || null, message: message.value || null } });
      form.remove();
      result.replaceChildren(el('p', { class: 'ok', id: 'proposed' }, t('proposed', { name: target.fullName })),
        el('blockquote', {}, intro.blurb), el('a', { href: '#/intros' }, t('introductions')));
      announce(t('proposed', { name: target.fullName }));
    } catch (e) { result.replaceChildren(problemBox(e)); }
  });
  screen(t('proposeTitle', { seeker: seeker.fullName, target: target.fullName }),
    el('p', {}, role ? t('forRole', { role }) : null),
    el('h2', {}, t('blurb')),
    el('blockquote', { id: 'blurb' }, el('p', {}, seeker.seeking?.selfIntroduction ?? ''),
      seeker.seeking?.offers ? el('p', {}, seeker.seeking.offers) : null),
    form, result);
}

// ---- introductions ----

const STATES = ['OPT_IN_REQUESTED', 'INTRODUCED', 'DECLINED', 'EXPIRED', 'ACCEPTED', 'CANCELLED', 'PROPOSED'];

async function introsScreen() {
  let intros;
  try {
    ({ data: { items: intros } } = await call('referral', '/api/v1/intros?size=100'));
  } catch (e) { return screen(t('introductions'), problemBox(e)); }
  const sections = STATES.map(state => {
    const ofState = intros.filter(intro => intro.state === state);
    if (!ofState.length && !['OPT_IN_REQUESTED', 'INTRODUCED', 'DECLINED', 'EXPIRED'].includes(state)) return null;
    return el('section', { 'aria-labelledby': `state-${state}` }, el('h2', { id: `state-${state}` }, t(`state.${state}`)),
      ofState.length ? el('ul', { class: 'intros' }, ofState.map(introItem)) : el('p', { class: 'muted' }, t('none')));
  });
  screen(t('introductions'), el('button', { type: 'button', onclick: introsScreen, id: 'refresh' }, t('refresh')), sections);
}

function introItem(intro) {
  const item = el('li', { class: 'intro', 'data-intro': intro.id, 'data-state': intro.state },
    el('p', {}, el('strong', {}, intro.seeker?.name), ' → ', el('strong', {}, intro.target?.name),
      intro.roleTitle ? ` (${intro.roleTitle})` : ''),
    intro.outcome ? el('p', { class: 'outcome' }, t('outcome'), ': ', t(`outcome.${intro.outcome}`)) : null);
  if (intro.state === 'INTRODUCED') {
    const select = el('select', {}, ['INTERVIEWING', 'HIRED', 'NO_FIT'].map(o =>
      el('option', { value: o, selected: intro.outcome === o }, t(`outcome.${o}`))));
    const form = el('form', { class: 'outcome-form' }, field(`outcome-${intro.id}`, t('outcome'), select),
      el('button', { type: 'submit' }, t('recordOutcome')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await call('referral', `/api/v1/intros/${intro.id}/outcome`, { method: 'POST', body: { outcome: select.value } });
        announce(t('saved'));
        introsScreen();
      } catch (e) { form.append(problemBox(e)); }
    });
    item.append(form);
  }
  const emails = el('details', {}, el('summary', {}, t('emails')));
  emails.addEventListener('toggle', async () => {
    if (!emails.open || emails.dataset.loaded) return;
    emails.dataset.loaded = 'yes';
    try {
      const { data } = await call('notification', `/api/v1/notifications?introId=${intro.id}`);
      emails.append(el('ul', {}, data.items.map(n => el('li', {}, [n.subject, t(`role.${n.recipientRole}`), t(`email.${n.status}`)].filter(Boolean).join(' · ')))));
    } catch (e) { emails.append(problemBox(e)); }
  });
  item.append(emails);
  return item;
}

// ---- frame ----

function renderFrame() {
  document.documentElement.lang = language();
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('language-label').textContent = t('language');
  document.getElementById('language').value = language();
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('signOut');
  signOut.hidden = !session.token;
  const links = [['#/network', 'network'], ['#/suggestions', 'suggestions'], ['#/intros', 'introductions']];
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('mainNav'));
  nav.replaceChildren(...(session.token ? links : []).map(([href, key]) => el('a', {
    href, 'aria-current': location.hash.startsWith(href) ? 'page' : false }, t(key))));
}

async function route() {
  renderFrame();
  const hash = location.hash.slice(1) || '/network';
  if (!session.token && !hash.startsWith('/signin')) { location.hash = '#/signin'; return; }
  const [path, query] = hash.split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  try {
    switch (parts[0]) {
      case 'signin': return await signInScreen(params);
      case 'contacts': return await contactScreen(parts[1]);
      case 'seekers': return await matchesScreen(parts[1]);
      case 'suggestions': return await suggestionsScreen();
      case 'propose': return await proposeScreen(parts[1], parts[2], params.get('role'));
      case 'intros': return await introsScreen();
      default: return await networkScreen();
    }
  } catch (e) { screen('warmintro', problemBox(e)); }
}

window.addEventListener('session-expired', () => {
  session.signOut();
  sessionStorage.setItem('warmintro.expired', 'yes');
  location.hash = '#/signin';
});

document.getElementById('language').addEventListener('change', event => { setLanguage(event.target.value); route(); });
document.getElementById('sign-out').addEventListener('click', () => { session.signOut(); location.hash = '#/signin'; });
window.addEventListener('hashchange', route);

config = await loadConfig();
config.web = '';
route();
