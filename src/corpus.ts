/**
 * The speakers of a corpus, for the table's corpus rows: each document's speakers by name and type, counted over the
 * documents that have them. A person some articles call by the surname alone ("Okafor", a person or of unknown type)
 * is counted with the one full name of the corpus that ends with it ("Ada Okafor"), unless the resolver kept the two
 * apart in some document or their sexes differ ("Mr. Okafor", "Ada Okafor"). Each document's speakers stay as
 * analysed. Names compare as resolve.ts's nameKey ("O’Neill" = "O'Neill").
 */
import { GENDERED_NOUNS, NAME_SUFFIXES, PRONOUNS } from './lexicon/words.js';
import { sureGivenNameSex, withoutDot, type Gender } from './pipeline/entities.js';
import { nameKey } from './pipeline/resolve.js';
import type { CorpusSpeaker, DocumentResult, Speaker, SpeakerType } from './types.js';

/** A corpus row while it is built: the documents (their indexes) that have it and the sexes its mentions give. */
interface Row {
  name: string;
  type: SpeakerType;
  documents: Set<number>;
  attributions: number;
  sexes: Set<Gender>;
}

/** The corpus' speakers, most attributions first (then by name). */
export function corpusSpeakers(documents: readonly DocumentResult[]): CorpusSpeaker[] {
  const rows = new Map<string, Row>();
  const apart = new Set<string>();
  documents.forEach((doc, d) => {
    for (const pair of bareAndFullNames(doc.speakers)) apart.add(pair);
    for (const s of doc.speakers) {
      const key = rowKey(s);
      const row = rows.get(key) ?? { name: s.name, type: s.type, documents: new Set(), attributions: 0, sexes: new Set() };
      row.documents.add(d);
      row.attributions += s.attributions;
      for (const m of s.mentions) row.sexes.add(mentionSex(m.text));
      rows.set(key, row);
    }
  });
  return withBareNamesFolded(rows, apart)
    .map((r) => ({ name: r.name, type: r.type, documents: r.documents.size, attributions: r.attributions }))
    .sort((a, b) => b.attributions - a.attributions || a.name.localeCompare(b.name));
}

function rowKey(s: { type: string; name: string }): string {
  return `${s.type}:${nameKey(s.name.trim())}`;
}

/** One document's pairs of a speaker named by one word and a person whose surname it is, as the two rows' keys. */
function bareAndFullNames(speakers: readonly Speaker[]): string[] {
  const people = speakers.filter((s) => s.type === 'person');
  return speakers.flatMap((bare) => (isBareName(bare) ? people.filter((full) => surnameOf(full.name) === nameKey(bare.name.trim())).map((full) => `${rowKey(bare)}\n${rowKey(full)}`) : []));
}

/** A person, or a speaker of unknown type (resolve.ts: one unknown word, "Okafor"), named by one word. */
function isBareName(s: { type: SpeakerType; name: string }): boolean {
  return (s.type === 'person' || s.type === 'unknown') && !/\s/.test(s.name.trim());
}

/**
 * The rows with each one-word person or unknown row folded into the one full-name person row whose surname it is,
 * when no document has both as speakers of their own (there the resolver found two people: "Rosa Ferreira … Mr. Ferreira
 * said") and the given name, titles and pronouns of both name one sex at most. With two such full names ("Ada
 * Okafor", "Ben Okafor") it stays a row of its own: which one is meant is not known.
 */
function withBareNamesFolded(rows: Map<string, Row>, apart: ReadonlySet<string>): Row[] {
  const fullNamesBySurname = new Map<string, Row[]>();
  for (const row of rows.values()) {
    const surname = row.type === 'person' ? surnameOf(row.name) : null;
    if (surname !== null) fullNamesBySurname.set(surname, [...(fullNamesBySurname.get(surname) ?? []), row]);
  }
  const kept: Row[] = [];
  for (const row of rows.values()) {
    const full = isBareName(row) ? fullNamesBySurname.get(nameKey(row.name.trim())) : undefined;
    const into = full?.length === 1 ? full[0]! : null;
    const sexes = into && new Set([...row.sexes, ...into.sexes, sureGivenNameSex(into.name.split(/\s+/)[0]!)].filter((s) => s !== null));
    if (!into || !sexes || sexes.size > 1 || apart.has(`${rowKey(row)}\n${rowKey(into)}`)) {
      kept.push(row);
      continue;
    }
    into.attributions += row.attributions;
    for (const d of row.documents) into.documents.add(d);
  }
  return kept;
}

/** The surname of a name of two words or more, past suffixes ("Martin Luther King Jr." → "king"); else null. */
function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  while (words.length > 2 && NAME_SUFFIXES.has(withoutDot(words.at(-1)!.toLowerCase().replace(/,$/, '')))) words.pop();
  return words.length >= 2 ? nameKey(words.at(-1)!).replace(/,$/, '') : null;
}

/** The sex a mention gives its speaker: a pronoun's ("she"), else its last gendered title or noun's ("Mr. Okafor"). */
function mentionSex(text: string): Gender {
  const words = text.toLowerCase().split(/\s+/);
  const pronoun = words.length === 1 ? PRONOUNS[words[0]!]?.gender : undefined;
  if (pronoun === 'male' || pronoun === 'female') return pronoun;
  return words.reduce<Gender>((sex, w) => GENDERED_NOUNS[withoutDot(w)] ?? sex, null);
}
