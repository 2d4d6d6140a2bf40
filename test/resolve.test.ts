/**
 * Speaker resolution on short articles written for these tests: surnames,
 * name particles, apostrophe variants, titles, organisations, credit lines.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';

function speakersOf(text: string): { name: string; type: string; attributions: number }[] {
  return analyzeText(text).speakers.map(({ name, type, attributions }) => ({ name, type, attributions }));
}

describe('speaker resolution', () => {
  it('joins a bare surname, with a name particle, to the full name', () => {
    const text = 'Mayor Bill de Blasio said the blast was intentional.\n\nDe Blasio said there was no link to terrorism.\n\nThe mayor said more details would follow.';
    expect(speakersOf(text)).toEqual([{ name: 'Bill de Blasio', type: 'person', attributions: 3 }]);
  });

  it('keeps a run of name particles inside the name ("Ursula von der Leyen" … "Von der Leyen said")', () => {
    expect(speakersOf('Ursula von der Leyen said the plan would pass.\n\nVon der Leyen said more would follow.')).toEqual([{ name: 'Ursula von der Leyen', type: 'person', attributions: 2 }]);
  });

  it('treats typographic and straight apostrophes in a name as the same', () => {
    const text = 'Police Commissioner James O’Neill said the device was found at 9 p.m.\n\n“We are still investigating,” O\'Neill said.';
    expect(speakersOf(text)).toEqual([{ name: 'James O’Neill', type: 'person', attributions: 2 }]);
  });

  it('takes the full name of a spokeswoman named after her role', () => {
    const text = 'Campaign spokeswoman Melezia Figueroa said the candidate was at the venue for interviews.\n\nFigueroa said the police had asked her to leave.';
    expect(speakersOf(text)).toEqual([{ name: 'Melezia Figueroa', type: 'person', attributions: 2 }]);
  });

  it('makes a speaker known by one unknown word a person when "he" or "she" can only mean it', () => {
    const text = 'The ferry timetable will change in spring, Okafor said on Monday. She added that fares would stay the same.';
    expect(speakersOf(text)).toEqual([{ name: 'Okafor', type: 'person', attributions: 2 }]);
    // "it" says the word is an organisation, and a person named in the text takes the "she".
    expect(speakersOf('The ferry timetable will change in spring, Westline said. It added that fares would stay.')).toEqual([{ name: 'Westline', type: 'organization', attributions: 2 }]);
    const named = speakersOf('Captain Maria Lopes sailed at dawn. The timetable will change, Westline said. She added that fares would stay.');
    expect(named.map((s) => [s.name, s.type])).toEqual([['Maria Lopes', 'person'], ['Westline', 'unknown']]);
  });

  it('types one unknown word as a person by a role, age or "who" after it, else as unknown, not an organisation', () => {
    const typeOf = (text: string): string | undefined => speakersOf(text)[0]?.type;
    expect(typeOf('Brannagh, the town mayor, said the ferry would sail.')).toBe('person');
    expect(typeOf('Brannagh, 52, said the ferry would sail.')).toBe('person');
    expect(typeOf('The ferry will sail, said Brannagh, who runs the port.')).toBe('person');
    expect(typeOf('Brannagh said the ferry would sail.')).toBe('unknown');
    // (An agency in apposition, or a brand's or an acronym's shape, is an organisation.)
    expect(typeOf('Kestrin, the state news agency, said the ferry would sail.')).toBe('organization');
    // (By the head noun, not an organisation's name in a possessive before it.)
    expect(typeOf("Brannagh, the company's chief executive, said the ferry would sail.")).toBe('person');
    expect(typeOf('FerryWatch said the ferry would sail.')).toBe('organization');
    // (Not a surname after a particle, "ElBaradei", nor a word in a line set in capitals.)
    expect(speakersOf('The ferry will sail, ElBaradei said. He added that fares would stay.')).toEqual([{ name: 'ElBaradei', type: 'person', attributions: 2 }]);
    expect(typeOf('BRANNAGH SAYS FERRY WILL SAIL ON TIME\n\nThe ferry left at noon.')).toBe('unknown');
  });

  it('gives a role in the headline or lead to the person the story then names with it ("Mayor vows … Mayor Elena Price said")', () => {
    const text = 'Mayor vows to reopen ferry bridge\n\nMayor Elena Price said on Monday that the bridge would reopen in May.\n\nThe mayor added that tolls would not rise.';
    expect(speakersOf(text)).toEqual([{ name: 'Elena Price', type: 'person', attributions: 3 }]);
    // The lead after a headline too.
    const lead = 'Bridge to reopen\n\nThe mayor said on Monday that the bridge would reopen by May.\n\nMayor Elena Price said tolls would not rise.';
    expect(speakersOf(lead)).toEqual([{ name: 'Elena Price', type: 'person', attributions: 2 }]);
    // Further on, a role named later is not looked for ahead: the story may name another holder of it.
    const later = 'The ferry bridge opened in 1960.\n\nIt was closed in March.\n\nThe mayor said the bridge would reopen in May.\n\nMayor Elena Price of the next town said hers would not.';
    expect(speakersOf(later).map((s) => s.name)).toEqual(['The mayor', 'Elena Price']);
  });

  it('gives a headline\'s organisation word, with or without "the", to the organisation the story names with it', () => {
    for (const headline of ['Harbour authority rejects dredging claims', 'The harbour authority rejects dredging claims']) {
      const text = `${headline}\n\nThe Solent Harbour Authority said on Monday that the dredging had not harmed the oyster beds.`;
      expect(speakersOf(text)).toEqual([{ name: 'The Solent Harbour Authority', type: 'organization', attributions: 2 }]);
    }
    // A name before the word makes it that organisation's own ("Okoro campaign"), not a reference.
    expect(speakersOf('Okoro campaign rejects claims\n\nThe Solent Harbour Authority said the claims were false.').map((s) => s.name)).not.toEqual(['The Solent Harbour Authority']);
  });

  it('does not take a dateline\'s wire service for "the council" the story then reports on', () => {
    const text = 'PORTSMOUTH (Reuters) - The city council on Tuesday approved a subsidy for the island ferry.\n\nThe council said the ferry would keep running.';
    expect(speakersOf(text).map((s) => s.name)).not.toContain('Reuters');
  });

  it('does not take a person\'s surname that is also a common word for an organisation ("Elena Price … Price said … the port authority said")', () => {
    const text = 'Mayor Elena Price said the bridge would reopen.\n\n“We fixed the cables,” Price said.\n\nThe port authority said trucks would have to wait.';
    expect(speakersOf(text).map((s) => [s.name, s.type, s.attributions])).toEqual([['Elena Price', 'person', 2], ['The port authority', 'organization', 1]]);
  });

  it('keeps one speaker for a transcript label with a title and the surname alone after it ("MAYOR PRICE:" … "PRICE:"), and reads "Councillor" as a title', () => {
    const text = 'MAYOR PRICE: We fixed the cables on the bridge.\n\nCOUNCILLOR LI: That is what you said last year.\n\nPRICE: This time the engineers agree.';
    expect(speakersOf(text).map((s) => [s.name, s.type, s.attributions])).toEqual([['PRICE', 'person', 2], ['LI', 'person', 1]]);
  });

  it('reads "one" before a common noun as an unnamed source, like "a" ("One nurse, who asked not to be named, said")', () => {
    const text = 'One nurse, who asked not to be named, said the ward was short of staff.\n\nA nurse said the lifts had failed.';
    expect(speakersOf(text).map((s) => [s.name, s.type])).toEqual([['One nurse', 'anonymous']]);
  });

  it('resolves "the company" to the organisation named before it, not to an unrelated hospital', () => {
    const text = 'Halden Biotech plans to publish the results next year.\n\n“The numbers are good,” said Dr. Amara Osei of St. Luke’s Hospital.\n\nThe trial will expand to six countries, the company said.';
    const speakers = speakersOf(text);
    expect(speakers.map((s) => [s.name, s.type])).toEqual([['Halden Biotech', 'organization'], ['Amara Osei', 'person']]);
  });

  it('joins "the council" or "the company" only to an organisation whose name fits it, else keeps it apart', () => {
    const speakerFor = (text: string, source: string): string | undefined => {
      const doc = analyzeText(text);
      const a = doc.attributions.find((x) => x.source?.text === source);
      return doc.speakers.find((sp) => sp.id === a?.speakerId)?.name;
    };
    // (An unknown word that spoke is no council; nor is a hospital a company.)
    expect(speakerFor('Brannagh said the plan was sound. The council said it would vote on Friday.', 'The council')).toBe('The council');
    expect(speakerFor('The Porto Vale City Council met on Monday. Brannagh said the plan was sound. The council said it would vote on Friday.', 'The council')).toBe('Porto Vale City Council');
    expect(speakerFor('Marlow Systems Inc. reported higher sales. Kessington Hospital said it had ordered scanners. The company said it would hire.', 'The company')).toBe('Marlow Systems Inc.');
    // (A name the lexicon knows as a company's is "the company" without a word of its kind; a country is not.)
    expect(speakerFor('Boeing said on Monday that deliveries would slow. The company said the strike had cost it a month.', 'The company')).toBe('Boeing');
    expect(speakerFor('The United States said on Monday that talks had failed. The company said it would wait.', 'The company')).toBe('The company');
  });

  it('resolves "the council" past a plural group of another kind that spoke since ("Local unions", "Fishermen\'s groups")', () => {
    const speakerFor = (text: string, source: string): string | undefined => {
      const doc = analyzeText(text);
      const a = doc.attributions.find((x) => x.source?.text === source);
      return doc.speakers.find((sp) => sp.id === a?.speakerId)?.name;
    };
    expect(speakerFor('The Dunmore town council approved the budget on Monday. Local unions criticised the cuts.\n\nThe council said the savings were unavoidable.', 'The council')).toMatch(/Dunmore town council/);
    expect(speakerFor('The Solent Harbour Authority rejected the claims. Fishermen\'s groups disputed the findings.\n\nThe authority said it would publish the surveys.', 'The authority')).toBe('The Solent Harbour Authority');
    // (A plural in "-ies": "Local charities" are charities, not a council.)
    expect(speakerFor('The Dunmore town council approved the budget on Monday. Local charities criticised the cuts.\n\nThe council said the savings were unavoidable.', 'The council')).toMatch(/Dunmore town council/);
    // "The union" is not the plural "Local unions" either.
    expect(speakerFor('Baxter Rail said fares would rise. Local unions criticised the rise.\n\nThe union said it would ballot its members.', 'The union')).not.toBe('Local unions');
  });

  it('takes a person’s gender from the given name, not from a surname that is also a given name', () => {
    const text = 'Mayor Linda Thomas said the budget was balanced. She said the library would stay open.\n\nBoard chair Patricia Nolan said the bridge was late.\n\nHe said the contractor had run out of steel.';
    const speakers = analyzeText(text).speakers;
    expect(speakers.map((s) => [s.name, s.mentions.map((m) => m.text)])).toEqual([['Linda Thomas', ['Mayor Linda Thomas', 'She']], ['Patricia Nolan', ['Board chair Patricia Nolan']]]);
  });

  it('takes a given name and a place or company name for a person ("Ana Lima", "Henry Ford")', () => {
    const text = 'Ana Lima said the ward was full. “We need help,” she said.\n\nHenry Ford said the plant would stay open.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.type, s.attributions])).toEqual([['Ana Lima', 'person', 2], ['Henry Ford', 'person', 1]]);
  });

  it('reads past an age or an adverb and a second aside to the name ("John Smith, 45, of Springfield, said", "Ruiz, meanwhile, who …, said")', () => {
    const text = 'John Smith, 45, of Springfield, said the water was brown.\n\nKim, 54, who has led the union since 2015, said the fight was not over.\n\nRuiz, meanwhile, who chairs the council, said the vote was fair.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.type])).toEqual([['John Smith', 'person'], ['Kim', 'person'], ['Ruiz', 'person']]);
  });

  it('keeps a name suffix and a party tag out of the surname ("Bob Casey Jr., D-Pa.", "Martin Luther King Jr.")', () => {
    const text = '“It is over,” said Sen. Bob Casey Jr., D-Pa.\n\nCasey said the vote would wait.\n\n“We shall overcome,” Martin Luther King Jr. said.\n\n“Not yet,” said Sen. Ella Hart, D-Ore.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.attributions])).toEqual([['Bob Casey Jr.', 2], ['Martin Luther King Jr.', 1], ['Ella Hart', 1]]);
  });

  it('does not take the outlet someone spoke to for "the company" ("Jo Diaz told CNN")', () => {
    const text = 'Acme Corp. plans to hire 200 people, Jo Diaz told CNN.\n\nThe company said it remained committed to the town.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.type])).toEqual([['Jo Diaz', 'person'], ['Acme Corp.', 'organization']]);
  });

  it('types "the report" as unknown (a document), but vague "reports" as an unnamed source', () => {
    const text = 'The report said the bridge was unsafe.\n\nReports said the mayor knew.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.type])).toEqual([['The report', 'unknown'], ['Reports', 'anonymous']]);
  });

  it('takes a title and a name after an organisation for the person ("Bank of England Governor Sam Ode")', () => {
    const text = '“Prices will fall,” Bank of England Governor Sam Ode said.\n\nOde said rates would stay high.';
    expect(analyzeText(text).speakers.map((s) => [s.name, s.type, s.attributions])).toEqual([['Sam Ode', 'person', 2]]);
  });

  it('names an organisation by the name after its description ("The utility, Northern Power")', () => {
    const text = 'The utility, Northern Power, said power would return by Friday.';
    expect(speakersOf(text)).toEqual([{ name: 'Northern Power', type: 'organization', attributions: 1 }]);
  });

  it('reads a title before a name as a noun only where a noun can stand ("engineer Sam Patel", not "who guard Trump")', () => {
    expect(speakersOf('“It works,” engineer Sam Patel said.')).toEqual([{ name: 'Sam Patel', type: 'person', attributions: 1 }]);
    expect(speakersOf('“We won,” said coach Dan Ortiz.')).toEqual([{ name: 'Dan Ortiz', type: 'person', attributions: 1 }]);
    expect(speakersOf('Agents who guard Trump said the threat was real.').map((s) => s.name)).toEqual(['Agents who guard Trump']);
  });

  it('reads past a role and a second aside to the name ("Scott Pruitt, the attorney general of Oklahoma, one of the states …, said")', () => {
    const found = analyzeText('“It is an invasion,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said on Monday.').attributions;
    expect(found.map((a) => [a.source?.text, a.content.text])).toEqual([['Scott Pruitt', 'It is an invasion,']]);
  });

  it('keeps one speaker for a surname that is also a title or a place ("Ana King", "Mayor Ana Lima" … "The mayor")', () => {
    const text = 'Ana King, the editor, said it was late. King said sorry.\n\nMayor Ana Lima said the plan was late.\n\nThe mayor said the bridge would reopen.\n\n“We shall overcome,” Martin Luther King Jr. said.';
    expect(speakersOf(text).map((s) => [s.name, s.attributions])).toEqual([['Ana King', 2], ['Ana Lima', 2], ['Martin Luther King Jr.', 1]]);
  });

  it('reads past an aside whose comma sits inside a doubled closing mark ("Mr. Manafort, citing \'\'…,\'\' said")', () => {
    expect(analyzeText("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.").attributions.map((a) => a.source?.text)).toEqual(['Mr. Manafort']);
  });

  it('keeps a given name the lexicon knows as a noun before a known surname ("Bo Yang")', () => {
    expect(speakersOf('The water was cold, Bo Yang said.').map((s) => s.name)).toEqual(['Bo Yang']);
  });

  it('reads a capitalised modal inside a sentence as a given name ("said Will Doyle", "“…,” Will Doyle said", "In 2016, Will Ames said")', () => {
    const text = '“Tuition keeps rising,” said Will Doyle, an economist.\n\n“Staff cost the most,” Will Doyle said.\n\nIn 2016, Will Ames said the board would act.';
    expect(speakersOf(text)).toEqual([
      { name: 'Will Doyle', type: 'person', attributions: 2 },
      { name: 'Will Ames', type: 'person', attributions: 1 },
    ]);
  });

  it('takes a described source after an inverted "said" up to the comma ("said an aide close to the Hales", "said Jo Li of the firm Argo")', () => {
    const found = analyzeText('“The bill is dead,” said an aide close to the Hales.\n\n“It is enough for now,” said Jo Li of the research firm Argo.\n\n“We are done,” said Senate ranking Democrat Ada Hull (D-Md.), who spoke last.');
    expect(found.attributions.map((a) => a.source?.text)).toEqual(['an aide close to the Hales', 'Jo Li of the research firm Argo', 'Senate ranking Democrat Ada Hull (D-Md.)']);
    expect(found.speakers.map(({ name, type }) => [name, type])).toEqual([['an aide close to the Hales', 'anonymous'], ['Jo Li', 'person'], [expect.stringMatching(/Ada Hull$/), 'person']]);
  });

  it('reads a participle before a title or name as part of the source ("said retired Army Lt. Gen. Mick Bednar")', () => {
    expect(speakersOf('“We disagree,” said retired Army Lt. Gen. Mick Bednar.').map((sp) => sp.name)).toEqual(['Mick Bednar']);
  });

  it('keeps a party tag’s dot and reads it as one more aside before an appositive or a participle', () => {
    expect(speakersOf('Sen. Ella Hart, D-Ore., a member of the panel, said the plan failed.\n\nSen. Jo Kline, R-S.C., appearing on the radio, said it had not.').map((sp) => sp.name)).toEqual(['Ella Hart', 'Jo Kline']);
  });

  it('resolves a relative pronoun source to the name before it, past a party tag ("Tom Baker, who opposed …", "Rep. Ana Ortiz, D-N.Y., who tweeted")', () => {
    expect(speakersOf('Tom Baker, who opposed the plan, said residents had not been heard.')).toEqual([{ name: 'Tom Baker', type: 'person', attributions: 2 }]);
    expect(speakersOf('Rep. Ana Ortiz, D-N.Y., who tweeted: “Maybe read it first?”')).toEqual([{ name: 'Ana Ortiz', type: 'person', attributions: 1 }]);
  });

  it('takes coordinated names, each with its party tag, as one source', () => {
    expect(analyzeText('Sen. Ella Hart, D-Ore., and Rep. Jo Kline, R-Texas, said the bill would pass.').attributions.map((a) => a.source?.text)).toEqual(['Sen. Ella Hart, D-Ore., and Rep. Jo Kline']);
  });

  it('keeps unnamed groups apart by whose they are ("U.S. officials", "Russian officials", "a finance ministry official"), a bare "officials" joining the latest', () => {
    const text = 'U.S. officials said the talks had stalled. Russian officials said the talks were going well. Officials added that a new round was planned. A finance ministry official said nothing had been agreed.';
    expect(speakersOf(text)).toEqual([
      { name: 'U.S. officials', type: 'anonymous', attributions: 1 },
      { name: 'Russian officials', type: 'anonymous', attributions: 2 },
      { name: 'A finance ministry official', type: 'anonymous', attributions: 1 },
    ]);
  });

  it('takes "a former aide to Senator Raymond Costa" for the aide, not the senator', () => {
    const doc = analyzeText('A former aide to Senator Raymond Costa testified on Thursday that the payments were consulting fees.');
    expect(doc.attributions.map((a) => a.source?.text)).toEqual(['A former aide to Senator Raymond Costa']);
    expect(doc.speakers.map((sp) => sp.type)).toEqual(['anonymous']);
  });

  it('does not give "the minister\'s spokeswoman" to the minister, nor to someone named later with a role of his own', () => {
    const own = analyzeText('Health Minister Karin Sorensen ordered an inquiry on Monday. The minister\'s spokeswoman said the inquiry would report within 30 days. “We owe the families answers,” Sorensen told reporters.');
    const bySource = (doc: ReturnType<typeof analyzeText>, source: string): string | undefined => doc.speakers.find((sp) => sp.id === doc.attributions.find((a) => a.source?.text === source)?.speakerId)?.name;
    expect(bySource(own, 'The minister\'s spokeswoman')).toBe('The minister\'s spokeswoman');
    const other = analyzeText('The health minister\'s spokeswoman rejected criticism that the rollout was slow. The opposition health spokesman, Dr. Kofi Mensah, called the figures “creative accounting.”');
    expect(bySource(other, 'The health minister\'s spokeswoman')).toBe('The health minister\'s spokeswoman');
  });

  it('reads the apostrophe of a plural possessive ("The nurses’ union") as one, not as a closing quotation mark', () => {
    for (const mark of ['’', '\'']) {
      const doc = analyzeText(`The nurses${mark} union said its members were exhausted.`);
      expect(doc.attributions.map((a) => a.source?.text)).toEqual([`The nurses${mark} union`]);
      expect(doc.speakers.map((sp) => [sp.name, sp.type])).toEqual([[`The nurses${mark} union`, 'organization']]);
    }
    expect(analyzeText('‘We have the votes’ the senators said.').attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['the senators', 'We have the votes']]);
  });

  it('types the name after "The company," as an organisation whatever it looks like, so that a later "It" finds it', () => {
    expect(speakersOf('The mill closed in Hollis Falls. The company, Verdant Pulp, said demand had fallen. It expressed regret for the impact.')).toEqual([
      { name: 'Verdant Pulp', type: 'organization', attributions: 2 },
    ]);
  });

  it('resolves "The company" to the organisation that spoke, not to a name in its source\'s parenthesis ("(NASDAQ: NVGD)")', () => {
    expect(speakersOf('NovaGrid Inc. (NASDAQ: NVGD) announced results for the quarter on Tuesday. The company reaffirmed its guidance for the year.')).toEqual([
      { name: 'NovaGrid Inc.', type: 'organization', attributions: 2 },
    ]);
  });

  it('does not take a plural for people, opening a sentence, for an organisation\'s name ("Prosecutors allege", "Passengers said")', () => {
    const types = speakersOf('Prosecutors allege that Costa took the money. Passengers said the train was late. Vickers, the chief executive of Norvik, said the plant would close.').map((sp) => [sp.name, sp.type]);
    // (A surname before a role in apposition is a person's.)
    expect(types).toEqual([['Prosecutors', 'anonymous'], ['Passengers', 'unknown'], ['Vickers', 'person']]);
  });

  it.each([
    ['His rival, Siobhán Ní Bhriain, said the plan was reckless.', 'Siobhán Ní Bhriain'],
    ['Her deputy, Per Holm, said the hospital would cooperate.', 'Per Holm'],
    ['The moderator, Jorge Alvarez of Channel 9, said the debate was over.', 'Jorge Alvarez'],
    ['Union leader Marieke van der Berg said the strike would go on. Van der Berg added that it was over.', 'Marieke van der Berg'],
    ['Nigel Ashworth KC said the case was weak. Ashworth added that he would appeal.', 'Nigel Ashworth KC'],
  ])('names the person of a role and name, whatever the name looks like: %s', (text, name) => {
    expect(speakersOf(text).map((sp) => [sp.name, sp.type])).toEqual([[name, 'person']]);
  });

  it('types an interview\'s one-letter "Q:" and "A:" labels as unknown speakers, not an organisation', () => {
    expect(speakersOf('Q: Will the library close?\n\nA: We have no plans to close it.').map((sp) => [sp.name, sp.type])).toEqual([['Q', 'unknown'], ['A', 'unknown']]);
    // A headline kicker is no speaker ("Q&A: …", like "The Latest: …").
    expect(speakersOf('Q&A: Mayor Ana Ruiz on the budget\n\nThe mayor spoke with us on Monday.')).toEqual([]);
  });

  it('reads a participle between an article and a noun as an adjective, not a verb inside the appositive ("another unaligned strategist")', () => {
    expect(speakersOf('Cy Ode, another unaligned Iowa strategist, said there are advantages.').map((sp) => sp.name)).toEqual(['Cy Ode']);
  });

  it('resolves a role to the person an abbreviated title names ("Sen. Chuck Grassley" … "The senator said")', () => {
    expect(speakersOf('Sen. Ada Hull said the Senate would hold hearings. The senator said she expected support.')).toEqual([{ name: 'Ada Hull', type: 'person', attributions: 2 }]);
    expect(speakersOf('Gen. Mark Ode said the army was ready. The general said troops were on alert.')).toEqual([{ name: 'Mark Ode', type: 'person', attributions: 2 }]);
  });

  it('resolves a role named before the name ("Teacher Sam Patel" … "The teacher said")', () => {
    expect(speakersOf('Teacher Sam Patel said the school was cold.\n\nThe teacher said the heating had failed.')).toEqual([{ name: 'Sam Patel', type: 'person', attributions: 2 }]);
  });

  it('names the organisation in a title ("University of Oregon President Ana Ruiz") for a later "the university"', () => {
    const text = 'University of Oregon President Ana Ruiz said tuition would rise.\n\nThe university said more details would follow.';
    expect(speakersOf(text).map((s) => [s.name, s.type])).toEqual([['Ana Ruiz', 'person'], ['University of Oregon', 'organization']]);
  });

  it('leaves a descriptive compound out of the name ("Mum-of-three Kerry Blackwood"), not a hyphenated name ("Jean-Paul Sartre-Martin", "Saif-al-Islam")', () => {
    expect(speakersOf('Mum-of-three Kerry Blackwood, 34, said: "It is a joke."').map((sp) => sp.name)).toEqual(['Kerry Blackwood']);
    expect(speakersOf('Jean-Paul Sartre-Martin said it was over.').map((sp) => sp.name)).toEqual(['Jean-Paul Sartre-Martin']);
    expect(speakersOf('Saif-al-Islam Gaddafi said the talks were over.')).toEqual([{ name: 'Saif-al-Islam Gaddafi', type: 'person', attributions: 1 }]);
  });

  it('types a company named for its trade as an organisation ("Acme Robotics"), and resolves "the trust" to a Trust', () => {
    expect(speakersOf('Acme Robotics said revenue rose.')).toEqual([{ name: 'Acme Robotics', type: 'organization', attributions: 1 }]);
    expect(speakersOf('The Northern Lighthouse Trust disagrees. In a statement, the trust said the work would end by spring.'))
      .toEqual([{ name: 'Northern Lighthouse Trust', type: 'organization', attributions: 1 }]);
  });

  it('types a command or corps as an organisation ("U.S. Central Command", "The Army Corps of Engineers")', () => {
    expect(speakersOf('Gen. Ana Ode, the head of U.S. Central Command, told reporters the strike worked. She added that more would follow.')).toEqual([{ name: 'Ana Ode', type: 'person', attributions: 2 }]);
    expect(speakersOf('The Army Corps of Engineers said the levee held. They said repairs would take a week.')).toEqual([{ name: 'The Army Corps of Engineers', type: 'organization', attributions: 2 }]);
  });

  it('leaves a liveblog timestamp out of the source ("9:15 p.m. The Associated Press has called …")', () => {
    expect(analyzeText('9:15 p.m. The Associated Press has called the race for Ana Ruiz.').attributions.map((a) => a.source?.text)).toEqual(['The Associated Press']);
  });

  it('leaves a bare day between the subject and its verb out of the source ("Acme Robotics today announced")', () => {
    expect(analyzeText('Acme Robotics today announced that it would close. The group Monday said it would sue.').attributions.map((a) => a.source?.text)).toEqual(['Acme Robotics', 'The group']);
  });

  it('does not resolve a pronoun to a name inside the quotation its speaker says', () => {
    expect(speakersOf('Mayor Bob Smith opened the meeting. The Rev. Tom Hale spoke next. “Smith is my friend,” he said.')).toEqual([{ name: 'Tom Hale', type: 'person', attributions: 1 }]);
    expect(speakersOf('“I told Bob Smith he was wrong,” he said.')).toEqual([]);
  });

  it('lets "she" stand for an unnamed spokeswoman, not for a man named before her', () => {
    const text = 'Mayor Tom Baird said the storm had passed.\n\nA spokeswoman for the utility said power would return by Friday. She said crews were working through the night.';
    expect(speakersOf(text)).toEqual([
      { name: 'Tom Baird', type: 'person', attributions: 1 },
      { name: 'A spokeswoman for the utility', type: 'anonymous', attributions: 2 },
    ]);
  });

  it('leaves a party tag in parentheses out of the name, and gives a report to whoever it is by', () => {
    const text = 'Rep. Tom Walsh (R-Ohio) said the bill would pass.\n\nAccording to a report by the state transportation department, the bridge is unsafe.';
    expect(speakersOf(text)).toEqual([
      { name: 'Tom Walsh', type: 'person', attributions: 1 },
      { name: 'the state transportation department', type: 'organization', attributions: 1 },
    ]);
  });

  it('types unnamed groups as anonymous', () => {
    const text = 'Opponents argue that the rules exceed the agency’s authority.';
    expect(speakersOf(text)).toEqual([{ name: 'Opponents', type: 'anonymous', attributions: 1 }]);
  });

  it('finds no attribution in a press release’s contact label ("Media Contact:")', () => {
    expect(analyzeText('Acme opens a plant in Ohio.\n\nMedia Contact:\nSarah Oneil, 555-0100\n').attributions).toEqual([]);
  });

  it('finds no attribution in a credit line', () => {
    expect(analyzeText('(Additional reporting by Lawrence Hurley; editing by Will Dunham.)').attributions).toEqual([]);
  });

  it('names the speaker by an appositive name after an unnamed role', () => {
    expect(speakersOf('A spokeswoman for the governor, Alicia Moreno, said the plan would be published next week.')).toEqual([{ name: 'Alicia Moreno', type: 'person', attributions: 1 }]);
    // Also when a name describes the role ("A White House spokesperson").
    expect(speakersOf('A Pentagon spokesman, Lt. Col. Jane Doe, said the strike was lawful.')).toEqual([{ name: 'Jane Doe', type: 'person', attributions: 1 }]);
  });

  it('takes the source past a relative clause that describes it', () => {
    const doc = analyzeText('A city hall official, who spoke on condition of anonymity, said the vote would be delayed.');
    expect(doc.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([['A city hall official', 'said', 'the vote would be delayed']]);
    expect(doc.speakers.map((s) => s.type)).toEqual(['anonymous']);
    // Without commas the anonymity clause ends at the main verb.
    const bare = analyzeText('Officials who spoke on condition of anonymity said the talks had stalled.');
    expect(bare.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([['Officials who spoke on condition of anonymity', 'said', 'the talks had stalled']]);
    expect(bare.speakers.map((s) => s.type)).toEqual(['anonymous']);
    // A clause saying why the source may not be named belongs to it; its verbs report nothing.
    const why = analyzeText('Two aides, who spoke on condition of anonymity because they were not authorized to discuss the talks, said the deal was close.');
    expect(why.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([['Two aides', 'said', 'the deal was close']]);
    // Any other reason is a clause of its own, and may report something.
    const feared = analyzeText('“No,” said the nurse, who spoke on condition of anonymity because she feared the hospital would fire her.');
    expect(feared.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([['the nurse', 'said', 'No,'], ['she', 'feared', 'the hospital would fire her']]);
  });

  it('keeps "close to" inside an anonymous source', () => {
    expect(speakersOf('A source close to the squad said the striker would miss the final.')).toEqual([{ name: 'A source close to the squad', type: 'anonymous', attributions: 1 }]);
  });

  it('ends mixed content with the closing quotation mark it opened', () => {
    const [a] = analyzeText('The police said the suspect was "armed and dangerous."').attributions;
    expect(a?.content.text).toBe('the suspect was "armed and dangerous."');
    expect(a?.kind).toBe('mixed');
  });
  it('gives a given name alone to the one person the text names in full with it ("Sarah Lind … Sarah said")', () => {
    const text = 'Sarah Lind said the talks had failed.\n\nJames Lind, her brother, said he backed the strike. James said porters would join.\n\nSarah said she was proud. Tom Ebeling said the ward was empty. Tom added that nobody came.';
    expect(speakersOf(text)).toEqual([
      { name: 'Sarah Lind', type: 'person', attributions: 2 }, { name: 'James Lind', type: 'person', attributions: 2 }, { name: 'Tom Ebeling', type: 'person', attributions: 2 },
    ]);
    // Not when two people share the given name.
    const two = speakersOf('Sarah Lind said the talks had failed. Sarah Kemp said they had not. Sarah said it was over.');
    expect(two.map((s) => s.name)).toEqual(['Sarah Lind', 'Sarah Kemp', 'Sarah']);
  });
  it('types a name before an institution\'s word as whose it is, an organisation ("The Lang campaign said", "the Trump administration")', () => {
    const text = 'Steve Lang said the plan was false.\n\nThe Lang campaign said the analysis was wrong. It said the governor was desperate.\n\nThe Holt administration said the figures were sound.';
    expect(speakersOf(text)).toEqual([
      { name: 'Steve Lang', type: 'person', attributions: 1 }, { name: 'The Lang campaign', type: 'organization', attributions: 2 }, { name: 'The Holt administration', type: 'organization', attributions: 1 },
    ]);
  });
  it('keeps the owner in an organisation known by a common noun ("Marco Rubio\'s campaign" is not "the Cruz campaign")', () => {
    const text = 'Marco Rubio\'s campaign said the ad was false. The Cruz campaign said it was true. Rubio\'s campaign said again it was false.\n\nRussia\'s Foreign Ministry said nothing. The Foreign Ministry said later it agreed.';
    expect(speakersOf(text).map((s) => [s.name, s.attributions])).toEqual([['Marco Rubio\'s campaign', 2], ['The Cruz campaign', 1], ['Russia\'s Foreign Ministry', 2]]);
  });
  it('names the speaker by an appositive of a role and a name ("One, the economist Dan Hale, said")', () => {
    const text = 'Critics said the study overstated the risk. One, the economist Dan Hale, said the models were too simple. He added that more data was needed.\n\nAnother critic, the geographer Ines Moro, said the maps were old.';
    expect(speakersOf(text)).toEqual([
      { name: 'Critics', type: 'anonymous', attributions: 1 }, { name: 'Dan Hale', type: 'person', attributions: 2 }, { name: 'Ines Moro', type: 'person', attributions: 1 },
    ]);
  });
  it('reads a surname the lexicon calls a verb, before a possessive, as the owner ("Park\'s chief of staff, Ken Ito, said")', () => {
    const doc = analyzeText('Park\'s chief of staff, Ken Ito, said the mayor was pleased. Let\'s wait, he said.');
    expect(doc.attributions.map((a) => a.source?.text)).toEqual(['Park\'s chief of staff, Ken Ito', 'he']);
    expect(doc.speakers.map((s) => s.name)).toEqual(['Ken Ito']);
  });
  it('takes a surname alone, however the lexicon reads it, as a mention a pronoun can refer to ("Park disagreed. She said")', () => {
    const text = 'Mayor Linda Park said the council had approved the bridge.\n\nHer opponent, Grace Odum, said the cost was too high.\n\nPark disagreed. She said the bridge would pay for itself.';
    const doc = analyzeText(text);
    const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
    expect(doc.attributions.map((a) => [a.source?.text, names.get(a.speakerId ?? '')])).toEqual([['Mayor Linda Park', 'Linda Park'], ['Her opponent, Grace Odum', 'Grace Odum'], ['She', 'Linda Park']]);
  });
  it('does not take a name inside what the speakers before said for a pronoun ("Ames said Cole was wrong. He added")', () => {
    const text = 'Mayor Tom Ames said Councillor Ben Cole had misled voters. He added that the vote would stand.';
    const doc = analyzeText(text);
    const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
    expect(doc.attributions.map((a) => names.get(a.speakerId ?? ''))).toEqual(['Tom Ames', 'Tom Ames']);
  });
  it('does not take a place for "the company" ("Veltra Motors … a factory in Ohio … the company said")', () => {
    const text = 'Veltra Motors said on Thursday it would build a factory in Ohio.\n\nThe company said the plant would employ 900 people.';
    expect(speakersOf(text)).toEqual([{ name: 'Veltra Motors', type: 'organization', attributions: 2 }]);
  });
  it('types an institution named by its common word alone as an organisation ("The administration said", "the court")', () => {
    const text = 'The administration said the rule was final. The appeals court said the rule was void.\n\nThe government said it would appeal.';
    expect(speakersOf(text).map((s) => [s.name, s.type])).toEqual([['The administration', 'organization'], ['The appeals court', 'organization'], ['The government', 'organization']]);
  });
  it('keeps a plural\'s apostrophe inside an organisation\'s name ("the Consumers\' Association … The association said")', () => {
    const text = '"It is about time," said Jane Cole of the Consumers\' Association.\n\nThe association said customers deserved refunds.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Jane Cole', 'Consumers\' Association']);
  });
  it('never gives a title of one sex to a person of the other who spoke first by the surname ("Mrs. Ruiz" is Ana Ruiz, not Carlos Ruiz)', () => {
    // Only Carlos Ruiz has spoken when "Mrs. Ruiz" does; the text names Ana Ruiz too.
    const text = 'Former Governor Carlos Ruiz and Ana Ruiz attended the gala. Mr. Ruiz said the evening went well.\n\nBut Mrs. Ruiz, who left early, said she did not recall the toast.';
    expect(speakersOf(text)).toEqual([{ name: 'Carlos Ruiz', type: 'person', attributions: 1 }, { name: 'Ana Ruiz', type: 'person', attributions: 1 }]);
    // A bare "Ruiz" of unknown sex took the first full name, Pat Ruiz's: "Mrs." goes to the woman the text names.
    const guessed = 'Pat Ruiz and Ana Ruiz arrived together. Ruiz said the evening went well.\n\nMrs. Ruiz said she did not recall the toast.';
    expect(speakersOf(guessed)).toEqual([{ name: 'Pat Ruiz', type: 'person', attributions: 1 }, { name: 'Ana Ruiz', type: 'person', attributions: 1 }]);
    // But one who spoke by the full name keeps the surname when the sex is unknown ("Teo Ruiz said … Mr. Ruiz said" is
    // Teo, not the Carlos Ruiz the text names after).
    const firm = 'Teo Ruiz said the race was close. His father, Carlos Ruiz, was a governor.\n\nMr. Ruiz said he would not quit.';
    expect(speakersOf(firm)).toEqual([{ name: 'Teo Ruiz', type: 'person', attributions: 2 }]);
    // The mentions follow: "Mrs. Ruiz" is none of Carlos Ruiz's.
    const doc = analyzeText(text);
    const carlos = doc.speakers.find((sp) => sp.name === 'Carlos Ruiz')!;
    expect(carlos.mentions.map((m) => m.text)).not.toContain('Mrs. Ruiz');
  });

  it('still joins a title to the one person named by the surname when the given name\'s sex is a guess ("Mr. Lind" is Lindsey Lind)', () => {
    const text = 'Senator Lindsey Lind said the bill would pass.\n\nMr. Lind said he expected a close vote.';
    expect(speakersOf(text)).toEqual([{ name: 'Lindsey Lind', type: 'person', attributions: 2 }]);
  });

  it('joins a surname with a title of one sex to the person of that sex who has it ("Mrs. Holt" is Ellen Holt, not Richard Holt)', () => {
    const text = 'Former Mayor Richard Holt said he would run again.\n\nHis wife, Ellen Holt, said the family supported him. Mrs. Holt said she would lead his campaign. Mr. Holt said he was grateful.';
    expect(speakersOf(text)).toEqual([{ name: 'Richard Holt', type: 'person', attributions: 2 }, { name: 'Ellen Holt', type: 'person', attributions: 2 }]);
  });
  it('reads people by calling or rank as roles ("the actress", "the front-runner", "Prince Karim … the prince said")', () => {
    const text = 'Prince Karim Aldar said the fund would grow.\n\nThe prince said more would follow. The front-runner said the race was over.';
    expect(speakersOf(text).map((s) => [s.name, s.type, s.attributions])).toEqual([['Karim Aldar', 'person', 2], ['The front-runner', 'person', 1]]);
  });
  it('gives a subject pronoun to the subject of the sentence before, not to a name after its verb ("Lee met Ortiz. He said" is Lee)', () => {
    const speakerOfPronoun = (text: string): string | undefined => {
      const result = analyzeText(text);
      const pronoun = result.attributions.find((a) => /^(he|she)$/i.test(a.source?.text ?? ''));
      return result.speakers.find((s) => s.id === pronoun?.speakerId)?.name;
    };
    expect(speakerOfPronoun('Senator Paul Lee met Tom Ortiz on Monday. He said the bridge would reopen.')).toBe('Paul Lee');
    expect(speakerOfPronoun('After meeting Ortiz, Paul Lee left the pier. He said the bridge would reopen.')).toBe('Paul Lee');
    // Unless the subject is of the other sex: a surname alone has the sex of the person named in full with it.
    expect(speakerOfPronoun('Tom Ortiz said the port was full.\n\nOn Monday, Ortiz met Lee at the pier. She said the ferry would run.')).toBe('Lee');
  });
  it('keeps holders of one role in two places apart ("the Florida senator" is not "the Vermont senator")', () => {
    const text = 'The Vermont senator said the race was close.\n\nThe Florida senator said it was over.';
    expect(speakersOf(text).map((s) => [s.name, s.attributions])).toEqual([['The Vermont senator', 1], ['The Florida senator', 1]]);
  });
  it('gives a surname alone the sex of the person named in full with it, not its sex as a given name ("Maria Bradley … Bradley said … She added")', () => {
    for (const text of [
      'Maria Bradley won the seat on Tuesday.\n\nBradley said the count was fair. She added that the vote was clean.',
      // (Also when the surname comes first, in a headline: the full name's sex does not then override the doubt.)
      'Bradley: the count was fair\n\nJudge Maria Bradley said on Tuesday that the count was fair. She added that the vote was clean.',
    ]) {
      expect(speakersOf(text).map((s) => s.name)).toEqual(['Maria Bradley']);
    }
  });
  it('starts a name at its given name, not at the capitalised words a title-case headline runs into it ("Underdog Ana Lind Wins Seat")', () => {
    expect(speakersOf('Underdog Ana Lind Wins Seat\n\nLind said the count was fair.').map((s) => s.name)).toEqual(['Ana Lind']);
    expect(speakersOf('Veteran Skipper Ana Lind Backs Pier Plan\n\nLind said the pier should stay open.').map((s) => s.name)).toEqual(['Ana Lind']);
    // (A given name that ends the name is its surname, and a place's word is not a name's start.)
    expect(speakersOf('Rand Paul said the bill was dead.').map((s) => s.name)).toEqual(['Rand Paul']);
    expect(speakersOf('Ana K Tom Lind said the bill was dead.').map((s) => s.name)).toEqual(['Ana K Tom Lind']);
    expect(speakersOf('The South Carolina Democrat said the vote was close.').map((s) => s.name)).toEqual(['South Carolina Democrat']);
  });
  it('types a group of people named by what its members are or whom they are for as anonymous ("Many Harbourites", "Ana Lind\'s aides"), not as an organisation or that person', () => {
    const text = 'Many Harbourites said the ferry was late.\n\nAna Lind\'s aides said she would appeal. Lind supporters said the count was wrong.';
    expect(speakersOf(text).map((s) => [s.name, s.type])).toEqual([['Many Harbourites', 'anonymous'], ['Ana Lind\'s aides', 'anonymous'], ['Lind supporters', 'anonymous']]);
    // (Not a person with the group: "Tom Bell and his aides".)
    expect(speakersOf('Tom Bell and his aides said the plan was dead.').map((s) => s.type)).toEqual(['person']);
  });
  it('gives a bare surname the full name as the body writes it, not as a title-case headline runs words into it', () => {
    const text = 'Ana Lind Compares Bell To Rivals\n\nThe race tightened on Monday as Mayor Tom Bell toured the pier.\n\nBell said the pier would stay open.';
    expect(speakersOf(text).map((s) => s.name)).toContain('Tom Bell');
  });
  it('gives a name the role an apposition after it names ("Tom Hanley, the actor, … The actor said"), not a following subject\'s', () => {
    const text = 'Tom Hanley, a veteran actor of the stage, arrived late on Monday.\n\nThe actor said he was tired.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Tom Hanley']);
    expect(speakersOf('In a talk with Ana Lind on Monday, the actor said he was tired.').map((s) => s.name)).toEqual(['the actor']);
  });
  it('does not take institutions, places of a role, or "the <place> <Party>" for persons ("the Harbour National Convention", "an Orlando Republican")', () => {
    expect(speakersOf('Tom Bell addressed the Harbour National Convention on Monday.\n\n"We will win," he said.').map((s) => s.name)).toEqual(['Tom Bell']);
    expect(speakersOf('Bell, an Orlando Republican who founded two firms, said schools were failing.\n\n"We need less paperwork," he said.')).toEqual([{ name: 'Bell', type: 'person', attributions: 2 }]);
    const text = 'Senator Tom Bell toured the pier. "It is unsafe," he said.\n\nIn a statement, the Kentucky Republican said repairs would start soon.';
    // (A role, not a person "Kentucky": the epithet calls back the senator the text is about.)
    expect(speakersOf(text)).toEqual([{ name: 'Tom Bell', type: 'person', attributions: 2 }]);
  });
  it('types a bare plural of people by role as anonymous ("Harbour pilots said"), not a definite or counted group ("the pilots", "three pilots")', () => {
    const types = (source: string): string[] => speakersOf(`${source} said the channel was too shallow.`).map((s) => s.type);
    expect(types('Harbour pilots')).toEqual(['anonymous']);
    expect(types('Veteran researchers')).toEqual(['anonymous']);
    expect(types('The researchers')).not.toEqual(['anonymous']);
    expect(types('Three researchers')).not.toEqual(['anonymous']);
  });
  it('takes a capitalised noun into a name only before a surname that ends it ("Bo Yang"), not before a first name that is also a surname ("… Icon Morton Lind")', () => {
    expect(speakersOf('Conservative Icon Morton Lind Endorses Lee\n\n"He is the one," Lind said.').map((s) => s.name)).toEqual(['Morton Lind']);
    expect(speakersOf('Bo Yang said the pier would close.').map((s) => s.name)).toEqual(['Bo Yang']);
  });
  it('reads a named person before a relative clause in the source as that person, not an anonymous source ("Said Ana Ruiz, who grew up …,")', () => {
    expect(speakersOf('Said Ana Ruiz, who grew up on the island, "We were all so proud of him."').map((s) => [s.name, s.type])).toEqual([['Ana Ruiz', 'person']]);
  });
  it('gives a full name with an unknown given name no sex from another person of the surname ("Keith Brooks … Nalani Brooks … she says")', () => {
    const text = 'Video of the stop released\n\nKeith Brooks was stopped by the police.\n\n"I have no weapon," Brooks said. Nalani Brooks was in the car. "Do not shoot him," she says.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Keith Brooks', 'Nalani Brooks']);
  });
});

describe('speaker resolution: a noun named by a participle', () => {
  it('names the speaker by the name after "called", "named" or "known as"', () => {
    expect(speakersOf('A group called Harbor Watch said the pier was unsafe.')).toEqual([{ name: 'Harbor Watch', type: 'organization', attributions: 1 }]);
    expect(speakersOf('A man named Tom Bell said the pier was unsafe.')).toEqual([{ name: 'Tom Bell', type: 'person', attributions: 1 }]);
  });
});

describe('speaker resolution: a role of someone named, and a person named with another role', () => {
  it('does not give "Lee\'s spokesman" to a person named later as a leader, though a later mention lacks the role', () => {
    const text = 'The plan, Lee\'s spokesman said, is dead. The union\'s leader, Tom Bell, said pay was low. Bell added that talks would go on.';
    expect(speakersOf(text)).toEqual([{ name: 'Lee\'s spokesman', type: 'person', attributions: 1 }, { name: 'Tom Bell', type: 'person', attributions: 2 }]);
  });
});

describe('speaker resolution: data and documents by their author', () => {
  it('gives "data from the Census Bureau" to the bureau, but "a memo obtained by the Times" not to the Times', () => {
    expect(speakersOf('According to data from the Census Bureau, incomes rose.')).toEqual([{ name: 'the Census Bureau', type: 'organization', attributions: 1 }]);
    expect(speakersOf('A memo obtained by the Times shows the deal was off.')).toEqual([{ name: 'A memo obtained by the Times', type: 'unknown', attributions: 1 }]);
  });
});

describe('speaker resolution: part of an unnamed group', () => {
  it('reads "One of Lee\'s top aides" and "Most of the senators" as anonymous', () => {
    expect(speakersOf('One of Lee\'s top aides said the ad was false.')).toEqual([{ name: 'One of Lee\'s top aides', type: 'anonymous', attributions: 1 }]);
    expect(speakersOf('Most of the senators said no.')).toEqual([{ name: 'Most of the senators', type: 'anonymous', attributions: 1 }]);
  });

  it('resolves "Most of us" as "we" would and "Most of them" as "they" would (a person is no "they")', () => {
    const speakerNames = (second: string): (string | undefined)[] => {
      const doc = analyzeText(`Ana Ruiz said the mill would close. ${second} said the owners had lied.`);
      return doc.attributions.map((a) => doc.speakers.find((sp) => sp.id === a.speakerId)?.name);
    };
    expect(speakerNames('We')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(speakerNames('Most of us')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(speakerNames('Most of them')).toEqual(['Ana Ruiz', undefined]);
  });

  it('resolves a possessive source like its subject pronoun ("Her message was: “…”", "his claim that …")', () => {
    const text = 'Ana Ruiz toured the flooded mill on Monday. Her message was simple: “We will rebuild.”\n\nTom Hale visited the docks. His warning that the pier would close drew jeers.';
    expect(speakersOf(text).map((sp) => sp.name)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('does not take a news outlet for "the agency" ("… the Harbor Herald reported. The agency said …"), but for "the newspaper"', () => {
    const text = 'The Coastal Water Agency raised fees on Monday, the Harbor Herald reported.\n\nThe agency said the rise would fund new pipes.\n\nThe newspaper said the fees had doubled since 2019.';
    const doc = analyzeText(text);
    expect(doc.attributions.map((a) => doc.speakers.find((sp) => sp.id === a.speakerId)?.name)).toEqual(['the Harbor Herald', 'Coastal Water Agency', 'the Harbor Herald']);
  });
});

describe('speaker resolution: a pronoun that refers ahead', () => {
  it('gives a pronoun in a fronted adverbial clause to the main clause\'s subject after it ("Back when he wrote his book, Mr. Hale said …")', () => {
    const text = 'Ana Ruiz runs the fund.\n\nBack when he wrote that debt was a trap, Mr. Hale said that he considered debt a last resort.';
    const doc = analyzeText(text);
    const names = doc.attributions.map((a) => [a.source?.text, doc.speakers.find((sp) => sp.id === a.speakerId)?.name]);
    expect(names).toEqual([['he', 'Hale'], ['Mr. Hale', 'Hale']]);
  });
});

describe('speaker resolution: a relative pronoun as the source', () => {
  /** Each attribution's [source, speaker name, speaker type]. */
  const resolved = (text: string): (string | undefined)[][] => {
    const doc = analyzeText(text);
    return doc.attributions.map((a) => {
      const sp = doc.speakers.find((s) => s.id === a.speakerId);
      return [a.source?.text, sp?.name, sp?.type];
    });
  };

  it('reads "who" back to the noun phrase before it, after a comma or a dash ("Ruiz, who …", "Hale—who …"); the source stays the pronoun', () => {
    expect(resolved('Ana Ruiz spoke on Monday. The plan has won over Ruiz, who came out and endorsed Lee during a call.')).toEqual([['who', 'Ana Ruiz', 'person']]);
    expect(resolved('On Friday, Tom Hale—who had earlier endorsed Ruiz for mayor—said he would help.')[0]).toEqual(['who', 'Tom Hale', 'person']);
    // In parentheses, to the name nearest it, not the phrase it ends ("a photo of …").
    expect(resolved('Lee showed a photo of the harbor pilot Tom Hale (who backs the levy) to the crowd.')[1]).toEqual(['who', 'Tom Hale', 'person']);
  });

  it('reads a relative joined to an earlier one back to what that one stands for ("Lee, whom …, and who …")', () => {
    expect(resolved('Ana Ruiz wrote to Ben Lee, whom the council named in May, and who now backs the levy.').at(-1)).toEqual(['who', 'Ben Lee', 'person']);
  });

  it('reads a noun the tagger took for a verb before "who" as the phrase\'s end ("convention delegates who …")', () => {
    expect(resolved('The mayor met convention delegates who backed Ruiz on Monday.')).toEqual([['who', 'convention delegates', 'unknown']]);
  });

  it('names a group only its clause says who they are ("those who want lower fares") by the phrase, one speaker each', () => {
    expect(resolved('Among those who want lower fares, most back Lee. Among those who want more ferries, most back Ruiz.')).toEqual([
      ['who', 'those who want lower fares', 'anonymous'],
      ['who', 'those who want more ferries', 'anonymous'],
    ]);
    // (A name inside the clause is not the group: "Those who backed Sen. Ana Ruiz" are not Ana Ruiz.)
    expect(resolved('Those who backed Sen. Ana Ruiz said taxes mattered.')).toEqual([['Those who backed Sen. Ana Ruiz', 'Those who backed Sen. Ana Ruiz', 'anonymous']]);
  });

  it('names the speaker of a source ending in "that" without it ("a downtown museum that …")', () => {
    expect(resolved('The mayor spoke at a downtown museum that has long opposed the ferry plan.')).toEqual([['a downtown museum that', 'a downtown museum', 'unknown']]);
  });

  it('names the speaker of a source ending in a relative pronoun by the phrase it stands for ("any word of Ruiz, who", "the anger of legislators who")', () => {
    // After a comma, the nearest phrase; right after its noun, the first phrase of people in the chain.
    expect(resolved('Ana Ruiz spoke on Monday. The flyer left out any word of Ruiz, who has said she would veto the levy.').at(-1)).toEqual(['any word of Ruiz, who', 'Ana Ruiz', 'person']);
    expect(resolved('The toll plan met the anger of legislators who say the levy is unfair.')).toEqual([['the anger of legislators who', 'legislators', 'anonymous']]);
    expect(resolved('The mayor held a meeting with council members who say the budget is short.')).toEqual([['a meeting with council members who', 'council members', 'anonymous']]);
    // Not past a role or a share of the people, nor to a party tag or a month.
    expect(resolved('The story cited a senior analyst at Harbor Capital, who said the deal was weak.').at(-1)).toEqual(['a senior analyst at Harbor Capital, who', 'a senior analyst at Harbor Capital', 'anonymous']);
    expect(resolved('Ana Ruiz did well with a third of the renters who said the rent was too high.')).toEqual([['a third of the renters who', 'a third of the renters', 'anonymous']]);
    expect(resolved('The bill was backed by Sen. Jo Hart, D-Ore., who said it would pass.')).toEqual([['Sen. Jo Hart, D-Ore., who', 'Jo Hart', 'person']]);
    expect(resolved('Lee filed her tax returns in May, which showed a loss.')).toEqual([['her tax returns in May, which', 'Lee\'s tax returns in May', 'unknown']]);
  });

  it('takes the subject after a relative that has one of its own for the source ("in which he was booed …", "which he backed")', () => {
    expect(resolved('Ana Ruiz prevailed after a brutal week, in which she was loudly booed on stage and accused of lying.').map((r) => r[0])).toEqual(['she']);
    expect(resolved('Tom Hale turned against the ferry bill - which he once supported - and has embraced a toll.').map((r) => r[0])).toEqual(['he']);
  });

  it('gives no speaker to a pronoun that stands for nothing named ("over who supported …", "That suggests …")', () => {
    expect(resolved('The debate grew heated over who supported which bill.')).toEqual([['who', undefined, undefined]]);
    expect(resolved('Lee won the county by nine points. That suggests a shift in the race.')).toEqual([['That', undefined, undefined]]);
  });
});

describe('speaker resolution: the sex of a given name', () => {
  it('knows the sex of common given names the lexicon leaves without one ("Bill", "Mark"), for "she" and "he"', () => {
    expect(speakersOf('Council member Rosa Ortiz said the vote was close.\n\nMayor Bill Hadley spoke next. She said the council would vote again.')).toEqual([{ name: 'Rosa Ortiz', type: 'person', attributions: 2 }]);
    expect(speakersOf('Council member Ana Ortiz met Mark Hadley on Monday.\n\nHe said the council would vote again.').map((s) => s.name)).toEqual(['Mark Hadley']);
  });

  it('gives a given name before "and" and a full name that surname ("Tom and Rosa Ferreira" … "Mr. Ferreira")', () => {
    const text = 'The owners, Tom and Rosa Ferreira, opened the bakery in 1998.\n\nMr. Ferreira said the rent had doubled.\n\nMs. Ferreira said the family would stay.';
    expect(speakersOf(text).map((s) => s.name)).toEqual(['Tom Ferreira', 'Rosa Ferreira']);
  });

  it('never joins a titled surname to a full name surely of the other sex ("Rosa Ferreira" … "Mr. Ferreira")', () => {
    expect(speakersOf('Rosa Ferreira, the bakery\'s owner, said the rent had doubled.\n\nMr. Ferreira said the family would stay.').map((s) => s.name)).toEqual(['Rosa Ferreira', 'Ferreira']);
    // (A given name of either sex is no proof: "Mr. Dale" may be "Casey Dale".)
    expect(speakersOf('Casey Dale, the bakery\'s owner, said the rent had doubled.\n\nMr. Dale said the family would stay.').map((s) => s.name)).toEqual(['Casey Dale']);
  });

  it('gives a bare surname the sex the text\'s honorifics give it ("Ferreira" in a text of "Mr. Ferreira" is not "Rosa Ferreira")', () => {
    const text = 'Ferreira says bakery will close\n\nMr. Ferreira said the rent had doubled.\n\nHis sister, Rosa Ferreira, said she would help.';
    expect(speakersOf(text)).toEqual([{ name: 'Ferreira', type: 'person', attributions: 2 }, { name: 'Rosa Ferreira', type: 'person', attributions: 1 }]);
  });

  it('gives a bare surname to the person named in full, not to one the text calls by the given name ("his wife, Jane")', () => {
    const text = 'Ruiz weighs his options\n\nSen. Tom Ruiz is weighing his options.\n\nHis wife, Jane, said in an interview that they would decide soon.\n\nRuiz said he would keep fighting.\n\nIn the same interview, Jane Ruiz said the campaign had been hard.';
    expect(speakersOf(text)).toEqual([{ name: 'Jane Ruiz', type: 'person', attributions: 2 }, { name: 'Tom Ruiz', type: 'person', attributions: 1 }]);
  });
});

describe('speaker resolution: groups, shares and epithets', () => {
  it('makes a group of people by a plural noun at a sentence\'s start an anonymous group ("Mourners said")', () => {
    expect(speakersOf('Mourners said the mayor had been kind to them.')).toEqual([{ name: 'Mourners', type: 'anonymous', attributions: 1 }]);
    expect(speakersOf('Many respondents said the tax was unfair.')).toEqual([{ name: 'Many respondents', type: 'anonymous', attributions: 1 }]);
  });

  it('makes a share of a group an anonymous source ("Sixty percent of voters", "six in 10 voters", "a third")', () => {
    for (const share of ['Sixty percent of voters', 'Six in 10 voters', 'Nearly a third of the residents', '42%']) {
      expect(speakersOf(`${share} said the new bridge was too costly.`)).toEqual([{ name: share, type: 'anonymous', attributions: 1 }]);
    }
    // (Not a share of a thing, nor a title with a share's word.)
    expect(speakersOf('The minority leader said the bill was dead.')[0]?.type).toBe('person');
  });

  it('keeps a people noun inside an organisation\'s name an organisation ("the Communications Workers of Ohio")', () => {
    expect(speakersOf('The Communications Workers of Ohio said the strike would go on.')[0]?.type).toBe('organization');
  });

  it('names an interrogative "who" and place an unnamed source ("who in Lisbon")', () => {
    const text = 'Ruiz didn’t specify who in Lisbon has alleged a role in the fire.';
    const r = analyzeText(text);
    const a = r.attributions.find((x) => x.source?.text === 'who in Lisbon');
    expect(r.speakers.find((s) => s.id === a?.speakerId)).toMatchObject({ name: 'unnamed source in Lisbon', type: 'anonymous' });
  });

  it('joins "the Republican" or "the 45-year-old" to the person the text is about ("Tom Varga … The 45-year-old said")', () => {
    expect(speakersOf('Tom Varga said the bill was dead.\n\nThe 45-year-old said he would vote no.')).toEqual([{ name: 'Tom Varga', type: 'person', attributions: 2 }]);
    expect(speakersOf('In a statement, Lindqvist said he would resign.\n\nThe Republican, who has served since 2010, said he was tired.')).toEqual([{ name: 'Lindqvist', type: 'person', attributions: 2 }]);
    // (Not one the text gives another party.)
    const text = 'Ana Ruiz, the Democrat, said the levy was fair.\n\nThe Republican said the levy was unfair.';
    expect(speakersOf(text).map((sp) => sp.name)).toEqual(['Ana Ruiz', 'The Republican']);
  });

  it('joins an office or description ("the Oregon senator", "the nominee") to the person the text is about', () => {
    expect(speakersOf('Tom Varga toured the flooded valley on Monday.\n\nThe Oregon senator said the levees had failed.')).toEqual([{ name: 'Tom Varga', type: 'person', attributions: 1 }]);
    expect(speakersOf('Ana Ruiz spoke to farmers in Dayton.\n\nThe Democratic nominee said the tariffs would hurt them.')).toEqual([{ name: 'Ana Ruiz', type: 'person', attributions: 1 }]);
    // (Not "the candidate and the mayor", two people.)
    expect(speakersOf('Ana Ruiz spoke to farmers in Dayton.\n\nThe candidate and the mayor said the tariffs would hurt them.').map((sp) => sp.name)).not.toContain('Ana Ruiz');
  });

  it('does not join an office or description to a person the text says otherwise of (office, state, party)', () => {
    // (Another office: the governor is not "Sen." Varga.)
    expect(speakersOf('Sen. Tom Varga toured the flooded valley on Monday.\n\nThe governor said the levees had failed.').map((sp) => sp.name)).toEqual(['The governor']);
    // (Another state.)
    expect(speakersOf('Ohio Rep. Tom Varga toured the flooded valley on Monday.\n\nThe Oregon senator said the levees had failed.').map((sp) => sp.name)).toEqual(['The Oregon senator']);
    // (Another party, by a title or a party tag.)
    expect(speakersOf('Republican Ana Ruiz spoke to farmers in Dayton.\n\nThe Democratic nominee said the tariffs would hurt them.').map((sp) => sp.name)).toEqual(['The Democratic nominee']);
    expect(speakersOf('Ana Ruiz (R-Ohio) spoke to farmers in Dayton.\n\nThe Democratic nominee said the tariffs would hurt them.').map((sp) => sp.name)).toEqual(['The Democratic nominee']);
  });

  it('gives an office to the one person the text titles with it, not to the person it is about ("Mayor Bill Lund … the mayor")', () => {
    const named = (text: string): [string, number][] => speakersOf(text).map((s) => [s.name, s.attributions]);
    expect(named('Mayor Bill Lund said the bridge would open on Monday. Ana Ruiz said the bridge was late. The mayor said it was on time.')).toEqual([['Bill Lund', 2], ['Ana Ruiz', 1]]);
    expect(named('Gov. Bill Lund said the bridge would open on Monday. Ana Ruiz, a nurse, said the bridge was late. The governor said it was on time.')).toEqual([['Bill Lund', 2], ['Ana Ruiz', 1]]);
    // (Of two governors so titled, the one the text is about.)
    expect(named('Gov. Tom Lee said taxes would fall. Gov. Ed Park said they would not. Ana Ruiz said she agreed. The governor said it was on time.')).toEqual([['Tom Lee', 1], ['Ed Park', 1], ['Ana Ruiz', 2]]);
  });

  it('gives no one a sex by an epithet it does not join ("Sen. Zorbel Kettering … The congressman said")', () => {
    const said = (text: string): [string | undefined, string | undefined][] => {
      const doc = analyzeText(text);
      return doc.attributions.map((a) => [a.source?.text, doc.speakers.find((s) => s.id === a.speakerId)?.name]);
    };
    // (Kettering's sex is unknown: neither the refused congressman nor the businessman makes him a man, and a later "she" may be Kettering.)
    expect(said('Sen. Zorbel Kettering toured the valley. The congressman said the levees had failed. Kettering said the state would pay. She said it was late.')).toEqual([
      ['The congressman', 'The congressman'], ['Kettering', 'Zorbel Kettering'], ['She', 'Zorbel Kettering'],
    ]);
    expect(said('Sen. Zorbel Kettering toured the valley. The businessman said the levees had failed.')).toEqual([['The businessman', 'The businessman']]);
  });

  it('does not take a state for the person a pronoun means ("In North Carolina, he said")', () => {
    const text = 'Tom Varga said the levy was fair.\n\nIn North Carolina, he said the levy would pass.';
    expect(speakersOf(text)).toEqual([{ name: 'Tom Varga', type: 'person', attributions: 2 }]);
  });

  it('makes "the Republican" or "the 45-year-old" alone a person, not an organisation', () => {
    expect(speakersOf('The Republican said he would not run again.')).toEqual([{ name: 'The Republican', type: 'person', attributions: 1 }]);
    expect(speakersOf('The 45-year-old said he would not run again.')).toEqual([{ name: 'The 45-year-old', type: 'person', attributions: 1 }]);
  });
});

describe('speaker resolution: a source that is someone\'s by a possessive pronoun', () => {
  it('keeps the phrases of two owners who share a surname or a last word apart ("his advisers", "her advisers")', () => {
    const names = (text: string): string[] => speakersOf(text).map((s) => s.name);
    expect(names('Bill Clinton said the deal was fair.\n\nHis advisers said it would pass.\n\nHillary Clinton said the deal was bad.\n\nHer advisers said it would fail.')).toEqual([
      'Bill Clinton', "Bill Clinton's advisers", 'Hillary Clinton', "Hillary Clinton's advisers",
    ]);
    expect(names('Westline Rail said the fares would rise.\n\nIts board said the vote was close.\n\nEastline Rail said the fares would fall.\n\nIts board said the vote was easy.')).toEqual([
      'Westline Rail', "Westline Rail's board", 'Eastline Rail', "Eastline Rail's board",
    ]);
  });

  it('names a possessive phrase with a name in apposition by that name ("Its parent company, Harbor Holdings Inc.")', () => {
    expect(speakersOf('Westline Rail said the fares would rise.\n\nIts parent company, Harbor Holdings Inc., said the vote was close.').map((s) => s.name)).toEqual(['Westline Rail', 'Harbor Holdings Inc.']);
    expect(speakersOf('Tom Varga said the fares would rise.\n\nHis group, Fair Votes Now, said the vote was close.').map((s) => s.name)).toEqual(['Tom Varga', 'Fair Votes Now']);
  });

  it('names "his campaign", "her advisers", "its chairman" by the owner the pronoun refers to, of the phrase\'s type', () => {
    expect(speakersOf('Tom Varga said the bill was dead.\n\nHis campaign said he would keep fighting.')).toEqual([
      { name: 'Tom Varga', type: 'person', attributions: 1 },
      { name: 'Tom Varga\'s campaign', type: 'organization', attributions: 1 },
    ]);
    expect(speakersOf('Ana Ruiz said the levy was fair.\n\nHer advisers said she would not back down.').at(-1)).toEqual({ name: 'Ana Ruiz\'s advisers', type: 'anonymous', attributions: 1 });
    expect(speakersOf('Ana Ruiz said the levy was fair.\n\nHer husband said she was tired.').at(-1)).toEqual({ name: 'Ana Ruiz\'s husband', type: 'person', attributions: 1 });
    expect(speakersOf('Westline Rail said the line would reopen.\n\nIts chairman said the repairs were done.').at(-1)).toEqual({ name: 'Westline Rail\'s chairman', type: 'person', attributions: 1 });
    // (A surname ending in "s" takes the apostrophe alone.)
    expect(speakersOf('Tom Sanders said the bill was dead.\n\nHis aides said he would vote no.').at(-1)?.name).toBe('Tom Sanders\' aides');
  });

  it('makes the phrases of one owner one speaker, and those of two owners two', () => {
    const text = 'Tom Varga said the bill was dead.\n\nHis campaign said he would vote no. His campaign also said the vote was rigged.\n\nAna Ruiz said the bill was alive.\n\nHer campaign said she had the votes.';
    expect(speakersOf(text).map((sp) => [sp.name, sp.attributions])).toEqual([['Tom Varga', 1], ['Tom Varga\'s campaign', 2], ['Ana Ruiz', 1], ['Ana Ruiz\'s campaign', 1]]);
    // (And one with the owner's campaign the text names: "the Varga campaign".)
    expect(speakersOf('The Varga campaign said the bill was dead.\n\nTom Varga said he would vote no.\n\nHis campaign said the vote was rigged.').map((sp) => [sp.name, sp.attributions])).toEqual([['The Varga campaign', 2], ['Tom Varga', 1]]);
  });

  it('keeps the phrase as written when the pronoun refers to no one named ("his aides", "their analysis")', () => {
    expect(speakersOf('His aides said the bill was dead.')).toEqual([{ name: 'His aides', type: 'anonymous', attributions: 1 }]);
    expect(speakersOf('Analysts said the bill was dead.\n\nTheir analysis said it would cost more.').at(-1)?.name).toBe('Their analysis');
  });
});
