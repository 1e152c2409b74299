/**
 * Documents for the report's tests: a network with names in Greek, Cyrillic, Arabic, Hebrew, emoji and other
 * scripts, hostile text, and a plan whose five actions have owners outside the action team (persons and an
 * organisation), with contacts, agreements and dates that a pseudonymised report must leave out.
 */
import { readDocument, type KringDocument } from '@kring/core';

export const SCRIPT_NAMES = {
  focus: 'Zoë Ötzürk-Łukasiewicz',
  greek: 'Αλέξανδρος Παπαδόπουλος',
  cyrillic: 'Дмитрий Иванов',
  arabic: 'محمد العلي',
  hebrew: 'דוד כהן',
  emoji: 'Sam 🙂',
  chinese: '王小明',
  hostile: '<script>alert(1)</script>',
} as const;

export function scriptsDocument(): KringDocument {
  const raw = {
    format: 'kring',
    version: 2,
    title: 'Netwerk van Zoë',
    referenceDate: '2024-05-01',
    focus: 'p-focus',
    persons: [
      {
        id: 'p-focus',
        name: SCRIPT_NAMES.focus,
        gender: 'woman',
        birth: '2010-03-04',
        location: 'Utrecht',
        notes: 'Vertrouwelijke notitie',
      },
      {
        id: 'p-greek',
        name: SCRIPT_NAMES.greek,
        gender: 'man',
        birth: '1980',
        contact: { phone: '06-11112222' },
      },
      {
        id: 'p-cyrillic',
        name: SCRIPT_NAMES.cyrillic,
        gender: 'man',
        contact: { email: 'dmitri@example.org' },
      },
      { id: 'p-arabic', name: SCRIPT_NAMES.arabic, gender: 'man', location: 'Rotterdam' },
      { id: 'p-hebrew', name: SCRIPT_NAMES.hebrew, gender: 'man' },
      { id: 'p-emoji', name: SCRIPT_NAMES.emoji, gender: 'non_binary' },
      { id: 'p-chinese', name: SCRIPT_NAMES.chinese, gender: 'man' },
      { id: 'p-hostile', name: `${SCRIPT_NAMES.hostile}\u0007\u0000`, gender: 'woman' },
    ],
    organisations: [{ id: 'o-school', name: 'Basisschool De Horizon', category: 'school' }],
    ties: [
      { id: 't-1', from: 'p-focus', to: 'p-greek', sector: 'family', ring: 1, strength: 3 },
      { id: 't-2', from: 'p-focus', to: 'p-cyrillic', sector: 'friends', ring: 2, strength: 2 },
      { id: 't-3', from: 'p-focus', to: 'p-arabic', sector: 'neighbours', ring: 2, strength: 2 },
      { id: 't-4', from: 'p-focus', to: 'p-hebrew', sector: 'friends', ring: 3, strength: 1 },
      { id: 't-5', from: 'p-focus', to: 'p-emoji', sector: 'work_school', ring: 3, strength: 2 },
      { id: 't-6', from: 'p-focus', to: 'p-chinese', sector: 'friends', ring: 3, strength: 2 },
      { id: 't-7', from: 'p-focus', to: 'p-hostile', sector: 'neighbours', ring: 2, strength: 2 },
      { id: 't-8', from: 'p-focus', to: 'o-school', sector: 'professionals', ring: 3, strength: 2 },
    ],
    plan: {
      goal: 'Zoë woont veilig thuis; Alexandros en Dmitri helpen mee',
      question: 'Wie vangt Zoë op als haar moeder in het ziekenhuis ligt?',
      meetingDate: '2024-05-20',
      evaluationDate: '2024-09-01',
      actionTeam: ['p-focus', 'p-greek'],
      invitees: [
        { id: 'p-greek', status: 'confirmed' },
        { id: 'p-cyrillic', status: 'confirmed' },
        { id: 'p-arabic', status: 'invited' },
      ],
      actions: [
        {
          id: 'a-1',
          text: 'Dmitri haalt Zoë op dinsdag op van school',
          owners: ['p-cyrillic'],
          status: 'agreed',
          due: '2024-06-01',
        },
        {
          id: 'a-2',
          text: 'Boodschappen op zaterdag',
          owners: ['p-arabic', 'p-hebrew'],
          status: 'in_progress',
        },
        {
          id: 'a-3',
          text: 'Huiswerkhulp op woensdag',
          owners: ['p-emoji'],
          status: 'proposed',
          due: '2024-07',
        },
        { id: 'a-4', text: 'De school belt Alexandros bij verzuim', owners: ['o-school'], status: 'agreed' },
        { id: 'a-5', text: 'Samen koken op vrijdag', owners: ['p-chinese', 'p-hostile'], status: 'proposed' },
      ],
      agreements: 'Geheime afspraak: de sleutel ligt onder de mat',
    },
  };
  const read = readDocument(raw);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.document;
}
