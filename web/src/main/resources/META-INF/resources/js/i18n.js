// English and French; the browser's language by default, the member's choice once made.
const LANGUAGE_KEY = 'warmintro.language';

const messages = {
  en: {
    skip: 'Skip to content', language: 'Language', signOut: 'Sign out', mainNav: 'Main',
    signIn: 'Sign in', pickMember: 'Pick the demo member to sign in as:', signInAs: 'Sign in as {member}',
    signInWithProvider: 'Sign in with your account',
    noSignIn: 'No way to sign in is configured for this server.',
    sessionExpired: 'Your session has expired: please sign in again.',
    network: 'Network', import: 'Import your network', contacts: 'Contacts', search: 'Search',
    dropHere: 'Drop a LinkedIn Connections.csv or a vCard (.vcf) file here, or choose one.', chooseFile: 'File to import',
    importing: 'Importing {name}…', imported: '{created} new, {updated} updated, {skipped} already known.',
    errors: 'Lines not imported', warnings: 'Lines imported differently', line: 'Line {line}:',
    contactsFound: '{count} contacts', seeker: 'seeker', hiring: 'hiring',
    contact: 'Contact', card: 'Card', fullName: 'Full name', headline: 'Headline', company: 'Company',
    jobTitle: 'Job title', fieldOfWork: 'Field of work', skills: 'Skills (separated by commas)', location: 'Location',
    tags: 'Tags (separated by commas)', consent: 'Agrees to be introduced', save: 'Save card', saved: 'Saved.',
    conflict: 'Someone else changed this card since you opened it: your edit was not saved, and it is still in the form.',
    theirVersion: 'Their version:', keepMine: 'Keep my edit over theirs',
    conflictRetry: 'Save again to replace their version with yours.',
    strength: 'Relationship strength: {strength} / 5',
    seeking: 'Seeking profile', selfIntroduction: 'Self-introduction (in their words)', offers: 'What they offer',
    targetRoles: 'Roles sought (separated by commas)', locations: 'Places (separated by commas)', remote: 'Open to remote',
    seekingStatus: 'Status', ACTIVE: 'Active', PAUSED: 'Paused', PLACED: 'Placed', saveSeeking: 'Save seeking profile',
    seeMatches: 'See their matches',
    hiringProfile: 'Hiring profile', openRole: 'Open role', influence: 'Has hiring influence', saveHiring: 'Save hiring profile',
    notes: 'Notes', newNote: 'New note', addNote: 'Add note', interactions: 'Interactions',
    matches: 'Matches', matchesOf: 'Matches for {name}', noMatches: 'No match yet.',
    notSeekingYet: 'Not an active seeker yet, or the matches are still being computed: try again in a moment.',
    score: 'score {score}', signals: 'Signals', proposeTo: 'Propose an introduction to {name}',
    'signal.skills': 'Skills', 'signal.title': 'Title', 'signal.field': 'Field', 'signal.location': 'Location',
    'signal.seniority': 'Seniority', 'signal.influence': 'Influence', 'signal.targetRelationship': 'You and them',
    'signal.seekerRelationship': 'You and the seeker', 'signal.balance': 'Give and take',
    suggestions: "Today's suggestions", noSuggestions: 'No suggestion today.', forSeeker: 'For',
    propose: 'Propose an introduction', proposeTitle: 'Introduce {seeker} to {target}', forRole: 'For the role: {role}',
    blurb: 'What they will read', personalMessage: 'Your personal message (optional)', send: 'Send',
    proposed: 'Proposed: {name} is asked whether they want the introduction.',
    introductions: 'Introductions', refresh: 'Refresh', none: 'None.', outcome: 'Outcome', recordOutcome: 'Record outcome',
    emails: 'Emails sent', 'state.OPT_IN_REQUESTED': 'Waiting for a yes', 'state.INTRODUCED': 'Introduced',
    'state.DECLINED': 'Declined', 'state.EXPIRED': 'Expired', 'state.ACCEPTED': 'Accepted', 'state.CANCELLED': 'Cancelled',
    'state.PROPOSED': 'Proposed', 'outcome.INTERVIEWING': 'Interviewing', 'outcome.HIRED': 'Hired', 'outcome.NO_FIT': 'No fit',
    'role.TARGET': 'to the person asked', 'role.CONNECTOR': 'to you', 'email.PENDING': 'waiting', 'email.HELD': 'held',
    'email.SENT': 'sent', 'email.FAILED': 'failed', 'email.SUPPRESSED': 'not sent',
  },
  fr: {
    skip: 'Aller au contenu', language: 'Langue', signOut: 'Se déconnecter', mainNav: 'Principal',
    signIn: 'Connexion', pickMember: 'Choisissez le membre de démonstration :', signInAs: 'Se connecter en tant que {member}',
    signInWithProvider: 'Se connecter avec votre compte',
    noSignIn: 'Aucun moyen de connexion n’est configuré sur ce serveur.',
    sessionExpired: 'Votre session a expiré : veuillez vous reconnecter.',
    network: 'Réseau', import: 'Importer votre réseau', contacts: 'Contacts', search: 'Rechercher',
    dropHere: 'Déposez ici un Connections.csv de LinkedIn ou un fichier vCard (.vcf), ou choisissez-en un.',
    chooseFile: 'Fichier à importer', importing: 'Import de {name}…',
    imported: '{created} nouveaux, {updated} mis à jour, {skipped} déjà connus.',
    errors: 'Lignes non importées', warnings: 'Lignes importées autrement', line: 'Ligne {line} :',
    contactsFound: '{count} contacts', seeker: 'en recherche', hiring: 'recrute',
    contact: 'Contact', card: 'Fiche', fullName: 'Nom complet', headline: 'Accroche', company: 'Entreprise',
    jobTitle: 'Fonction', fieldOfWork: 'Domaine', skills: 'Compétences (séparées par des virgules)', location: 'Lieu',
    tags: 'Étiquettes (séparées par des virgules)', consent: 'Accepte d’être présenté', save: 'Enregistrer la fiche',
    saved: 'Enregistré.',
    conflict: 'Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez ouverte : votre modification n’a pas été enregistrée, elle est toujours dans le formulaire.',
    theirVersion: 'Leur version :', keepMine: 'Garder ma modification',
    conflictRetry: 'Enregistrez à nouveau pour remplacer leur version par la vôtre.',
    strength: 'Force de la relation : {strength} / 5',
    seeking: 'Profil de recherche', selfIntroduction: 'Présentation (avec ses mots)', offers: 'Ce qu’elle ou il apporte',
    targetRoles: 'Postes recherchés (séparés par des virgules)', locations: 'Lieux (séparés par des virgules)',
    remote: 'Ouvert au télétravail', seekingStatus: 'Statut', ACTIVE: 'Active', PAUSED: 'En pause', PLACED: 'En poste',
    saveSeeking: 'Enregistrer le profil de recherche', seeMatches: 'Voir ses correspondances',
    hiringProfile: 'Profil de recrutement', openRole: 'Poste ouvert', influence: 'Peut faire embaucher',
    saveHiring: 'Enregistrer le profil de recrutement',
    notes: 'Notes', newNote: 'Nouvelle note', addNote: 'Ajouter la note', interactions: 'Échanges',
    matches: 'Correspondances', matchesOf: 'Correspondances pour {name}', noMatches: 'Aucune correspondance pour l’instant.',
    notSeekingYet: 'Pas encore en recherche active, ou les correspondances sont en cours de calcul : réessayez dans un instant.',
    score: 'score {score}', signals: 'Signaux', proposeTo: 'Proposer une présentation à {name}',
    'signal.skills': 'Compétences', 'signal.title': 'Fonction', 'signal.field': 'Domaine', 'signal.location': 'Lieu',
    'signal.seniority': 'Séniorité', 'signal.influence': 'Influence', 'signal.targetRelationship': 'Vous et cette personne',
    'signal.seekerRelationship': 'Vous et la personne en recherche', 'signal.balance': 'Donner et recevoir',
    suggestions: 'Suggestions du jour', noSuggestions: 'Aucune suggestion aujourd’hui.', forSeeker: 'Pour',
    propose: 'Proposer une présentation', proposeTitle: 'Présenter {seeker} à {target}', forRole: 'Pour le poste : {role}',
    blurb: 'Ce qu’elle ou il lira', personalMessage: 'Votre message personnel (facultatif)', send: 'Envoyer',
    proposed: 'Proposée : on demande à {name} s’il ou elle souhaite la présentation.',
    introductions: 'Présentations', refresh: 'Actualiser', none: 'Aucune.', outcome: 'Résultat',
    recordOutcome: 'Enregistrer le résultat', emails: 'E-mails envoyés',
    'state.OPT_IN_REQUESTED': 'En attente d’un oui', 'state.INTRODUCED': 'Présentés', 'state.DECLINED': 'Refusées',
    'state.EXPIRED': 'Expirées', 'state.ACCEPTED': 'Acceptées', 'state.CANCELLED': 'Annulées', 'state.PROPOSED': 'Proposées',
    'outcome.INTERVIEWING': 'Entretiens', 'outcome.HIRED': 'Embauché·e', 'outcome.NO_FIT': 'Pas de correspondance',
    'role.TARGET': 'à la personne sollicitée', 'role.CONNECTOR': 'à vous', 'email.PENDING': 'en attente',
    'email.HELD': 'retenu', 'email.SENT': 'envoyé', 'email.FAILED': 'échec', 'email.SUPPRESSED': 'non envoyé',
  },
};

export function language() {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  if (chosen && messages[chosen]) return chosen;
  return (navigator.languages ?? [navigator.language]).map(l => l.slice(0, 2)).find(l => messages[l]) ?? 'en';
}

export function setLanguage(code) {
  localStorage.setItem(LANGUAGE_KEY, code);
}

/** The message `key` in the current language, with {name} placeholders filled from `values`. */
export function t(key, values = {}) {
  const text = messages[language()][key] ?? messages.en[key] ?? key.split('.').pop();
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}
