/**
 * The exact text of attributions' content where the fixtures' word-token
 * comparison cannot tell: quotation marks and what surrounds a quotation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';
import { segment } from '../src/pipeline/segment.js';
import { tokenize } from '../src/pipeline/tokens.js';

const contents = (text: string): string[] => analyzeText(text).attributions.map((a) => a.content.text);
/** Each attribution's source and content words. */
const pairs = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.content.text]);
/** Each attribution's cue words. */
const cues = (text: string): string[] => analyzeText(text).attributions.map((a) => a.cue?.text ?? '');
/** Each attribution's source words. */
const sources = (text: string): string[] => analyzeText(text).attributions.map((a) => a.source?.text ?? '');
/** The part of speech of each token of a one-sentence text. */
const tags = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.pos);

describe('content text', () => {
  it('gives a label’s whole quotation without its marks, like any direct quotation (Marsh: “…”)', () => {
    expect(contents('Marsh: “We were in the channel the whole time.”')).toEqual(['We were in the channel the whole time.']);
    expect(contents('Marsh: We were in the channel. “Nobody told us.”')).toEqual(['We were in the channel. “Nobody told us.”']);
  });

  it('ends a transcript turn at the next line’s label when turns are written a line each (PRESENTER: … / MINISTER: …)', () => {
    const doc = analyzeText('PRESENTER: You have built half that.\nMINISTER: I do not accept that.\nPRESENTER: Will you resign?\n');
    expect(doc.attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['PRESENTER', 'You have built half that.'], ['MINISTER', 'I do not accept that.'], ['PRESENTER', 'Will you resign?']]);
    // Labels in capitals that are roles are persons, whichever the role.
    expect(doc.speakers.map((sp) => [sp.name, sp.type])).toEqual([['PRESENTER', 'person'], ['MINISTER', 'person']]);
    // A long line without final punctuation ends its turn too, and a turn's cue ("said") stays the speaker's words.
    expect(pairs('HOST: Your rival said last week that you built half of what you promised and\nJo Reed: I do not accept that.\n')).toEqual([
      ['HOST', 'Your rival said last week that you built half of what you promised and'], ['Jo Reed', 'I do not accept that.'],
    ]);
  });

  it('reads an -ed word between a subject and its object\'s article as the verb ("Her office later released a statement saying …")', () => {
    expect(pairs('Her office later released a statement saying the senator had concerns.')).toEqual([['Her office', 'the senator had concerns']]);
    // After a name too, and before an object pronoun or possessive.
    expect(pairs('Later, Ana Ruiz released a statement saying the pier would close.')).toEqual([['Ana Ruiz', 'the pier would close']]);
    expect(pairs('The harbour board released its report saying the pier would close.')).toEqual([['The harbour board', 'the pier would close']]);
  });

  it('reads an -ed word after a comma or "and", before "that" or an article, as the verb ("…, Ana Ruiz, suggested that …")', () => {
    expect(tags('The harbour board, Ana Ruiz, suggested that the pier close.')[7]).toBe('verb');
    expect(tags('The mayor thanked the crew and celebrated the ruling.')[6]).toBe('verb');
  });

  it('reads "cast" before "doubt"/"blame" or a reflexive pronoun and "as" as the verb ("… and cast doubt on the count")', () => {
    expect(tags('Ruiz criticized the council and cast doubt on the official count.').slice(5, 7)).toEqual(['verb', 'noun']);
    expect(tags('Lee attacked the board and cast himself as an outsider.')[5]).toBe('verb');
    expect(pairs('Ruiz criticized the council and cast doubt on the official count.')).toEqual([['Ruiz', 'the council'], ['Ruiz', 'the official count']]);
    // "cast the blame on" is one cue, the article inside it; whom it blames is the content.
    expect(pairs('Last year Ruiz cast the blame on his rivals in the council.')).toEqual([['Ruiz', 'his rivals in the council']]);
  });

  it('takes an infinitive after a time phrase as the content, though the tagger reads its verb as a noun ("vowed on Monday to reopen the bridge")', () => {
    expect(contents('The mayor vowed on Monday to reopen the bridge by May.')).toEqual(['to reopen the bridge by May']);
  });

  it('finds the subject before a contracted auxiliary ("they’re endorsing …", "who’ve announced …")', () => {
    expect(pairs('They’re endorsing Ana Ruiz for mayor.')).toEqual([['They', 'Ana Ruiz for mayor']]);
    expect(pairs('The levy could fund the pier, they’ve suggested.')).toEqual([['they', 'The levy could fund the pier']]);
  });

  it('ends the content of a cue inside a parenthesis at its closing mark ("(or they are worried that …), the state offers …")', () => {
    expect(pairs('Ana Ruiz (who said the vote was rigged) lost the race.')).toEqual([['who', 'the vote was rigged']]);
    expect(contents('(Or if they are worried that the loans might affect aid), the state offers grants too.')[0]).toEqual('that the loans might affect aid');
  });

  it('gives a headline verb after a comma the headline\'s subject, as the next of its verbs ("Lee wins Ohio, vows …")', () => {
    expect(pairs('Mayor Lee slams the board, praises the union as a partner\n\nThe vote is on Monday.\n')).toEqual([['Mayor Lee', 'the board'], ['Mayor Lee', 'the union as a partner']]);
    // The verb before it reports up to the comma.
    expect(pairs('Ruiz Says Hackers Hit City Hall, Calls Lee’s Remarks Troubling\n\nThe vote is on Monday.\n')).toEqual([['Ruiz', 'Hackers Hit City Hall'], ['Ruiz', 'Lee’s Remarks Troubling']]);
    // Not in the body.
    expect(cues('The vote is on Monday.\n\nMayor Lee slams the board, praises the union as a partner.\n')).toEqual(['slams']);
  });

  it('takes the preposition after an addressee as what was asked, reminded or warned about when no clause follows ("asked the court for quick action")', () => {
    expect(pairs('The attorney general asked the court for a fast decision.')).toEqual([['The attorney general', 'for a fast decision']]);
    expect(pairs('Ruiz reminded her staff about the old budget fight.')).toEqual([['Ruiz', 'about the old budget fight']]);
    expect(pairs('The moderators did not ask him about the loans.')).toEqual([['The moderators', 'about the loans']]);
    // Likeness is no report: "of" after a pronoun; nor an addressee with no topic.
    expect(pairs('The harbour reminds me of my childhood.')).toEqual([]);
    expect(pairs('Lee asked him a question.')).toEqual([]);
  });

  it('reads no addressee into an object with a comma between adjectives, nor after "warned of"', () => {
    expect(contents('The mayor promised the start of a long, costly repair of the pier.')).toEqual(['the start of a long, costly repair of the pier']);
    expect(contents('Engineers warned of a long, costly recovery for the harbour.')).toEqual(['a long, costly recovery for the harbour']);
    // After a form of "be", with an adverb or not, the subject is the one addressed: no report.
    expect(contents('The senator was quickly assured of a majority by party leaders.')).toEqual([]);
    // A comma after the addressee still ends it.
    expect(contents('The mayor told the crowd, “We will rebuild.”')).toEqual(['We will rebuild.']);
  });

  it('ends a sentence at "no." unless a number follows ("No. 5")', () => {
    expect(contents('Cole said neither yes nor no. Reed said yes.')).toEqual(['neither yes nor no', 'yes']);
    expect(contents('The bill, No. 5 on the list, passed, Cole said.')).toEqual(['The bill, No. 5 on the list, passed']);
    expect(analyzeText('“We lost,” said the No. 2 Republican, John Cornyn.').attributions.map((a) => a.source?.text)).toEqual(['the No. 2 Republican, John Cornyn']);
  });

  it('ends a sentence after a party tag before a capital ("…, D-Calif. The vote …"), and keeps only an abbreviation\'s dot in the tag', () => {
    expect(pairs('“It passed,” said Sen. Ana Ruiz, D-Calif. The vote is on Monday, aides said.')).toEqual([['Sen. Ana Ruiz, D-Calif.', 'It passed,'], ['aides', 'The vote is on Monday']]);
    expect(pairs('“It passed,” said Rep. Ana Ruiz, R-Texas.')).toEqual([['Rep. Ana Ruiz, R-Texas', 'It passed,']]);
  });

  it('finds the subject of "He left the room and said …" though the lexicon reads "left" as an adjective', () => {
    expect(analyzeText('He left the room and said it was over.').attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['He', 'it was over']]);
  });

  it('reads an -s word after a preposition as a plural noun, so a participle after it reports for the sentence\'s subject ("a series of tweets … saying")', () => {
    const triples = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(triples('Mayor Ruiz sent a flurry of tweets on Sunday saying the bridge would stay shut.')).toEqual([['Mayor Ruiz', 'saying', 'the bridge would stay shut']]);
    expect(triples('The cost more than doubles, the council said.')).toEqual([['the council', 'said', 'The cost more than doubles']]);
  });

  it('goes on with a quotation in single marks where the article quotes in single marks (‘A,’ said X. ‘B.’), not with one nested in double marks', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans("'It is a disgrace,' said Neil Byrne. 'Someone paid for them.'")).toEqual([['It is a disgrace,', 'Someone paid for them.']]);
    expect(spans('‘It is a disgrace,’ said Neil Byrne.\n\n‘Someone paid for them.’')).toEqual([['It is a disgrace,', 'Someone paid for them.']]);
    expect(spans('“When the board said, ‘We will wait,’ we heard, ‘We have given up,’” said Ana Ruiz.')[1]).toEqual(['We will wait,']);
  });

  it('does not take a quotation opening the next paragraph as going on with a quoted title', () => {
    const text = 'The group published "Why Small Cities Fail" last year.\n\n"Rates will rise again next year."';
    expect(analyzeText(text).quotes.map((q) => q.attributionId === null)).toEqual([false, true]);
  });

  it('keeps both reports of "X, said Y had said …" (the inner subject does not take the outer verb as a participle)', () => {
    expect(pairs('The aide, Dan Whit, said Costa had said the money came from a trust.')).toEqual([
      ['The aide, Dan Whit', 'Costa had said the money came from a trust'],
      ['Costa', 'the money came from a trust'],
    ]);
  });

  it('keeps no saying inside a finding or a report that comes before it ("A poll showed that 60 percent said …"), but keeps one before ", the footage showed"', () => {
    expect(pairs('A new poll showed that 60 percent of residents said the ferry should run on Sundays.')).toEqual([['A new poll', 'that 60 percent of residents said the ferry should run on Sundays']]);
    expect(pairs('The Herald reported that Ruiz said he was leaving the council.')).toEqual([['The Herald', 'that Ruiz said he was leaving the council']]);
    expect(pairs('Lee said the ferry was late, which he said was rare, the log showed.').map((p) => p[0])).toContain('Lee');
  });

  it('reports nothing whose content is only a time, degree or linking word ("reported late Thursday", "said little")', () => {
    expect(contents('The ferry will close in May, the Herald reported late Thursday.')).not.toContain('late Thursday');
    expect(contents('Ruiz, in a grey suit, said little, offering only short answers.')).toEqual(['only short answers']);
  });

  it('takes a signature\'s words up to a comma as the source (“…” ― Council member Tom Baker), and ends the quotation there', () => {
    const doc = analyzeText('“We will fight this,” ― Council member Tom Baker\n\n“Rates will rise.”\n\n“Never again.” ― Janet Feld, county clerk');
    expect(doc.attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['Council member Tom Baker', 'We will fight this,'], ['Janet Feld', 'Never again.']]);
    expect(doc.quotes.map((q) => q.attributionId === null)).toEqual([false, true, false]);
  });

  it('pairs German „…“ and Danish/German »…« quotation marks, and ends a sentence after them', () => {
    const read = (text: string): unknown => { const doc = analyzeText(text); return [doc.quotes.map((q) => q.text), doc.attributions.map((a) => [a.source?.text, a.content.text])]; };
    expect(read('The mayor said: „We will fight this.“ She left.')).toEqual([['„We will fight this.“'], [['The mayor', 'We will fight this.']]]);
    expect(read('»We will fight this,« the mayor said. She left.')).toEqual([['»We will fight this,«'], [['the mayor', 'We will fight this,']]]);
    // The single marks inside: ‚…‘.
    expect(analyzeText('The mayor said: „They called it ‚a disgrace‘ on Monday.“').quotes.map((q) => q.text)).toEqual(['„They called it ‚a disgrace‘ on Monday.“', '‚a disgrace‘']);
  });

  it('pairs single marks by their convention, ‚…‘, ‹…› and ›…‹, and reads them as single quotations', () => {
    const marks = (text: string): unknown => segment(text).quotes.all.map((q) => [text.slice(q.start, q.end), q.mark]);
    expect(marks('The mayor said: „They called it ‚a disgrace‘ on Monday.“')).toEqual([['„They called it ‚a disgrace‘ on Monday.“', 'double'], ['‚a disgrace‘', 'single']]);
    expect(marks('The mayor said: «They called it ‹a disgrace› on Monday.»')).toEqual([['«They called it ‹a disgrace› on Monday.»', 'double'], ['‹a disgrace›', 'single']]);
    expect(marks('»They called it ›a disgrace‹ on Monday,« the mayor said.')).toEqual([['»They called it ›a disgrace‹ on Monday,«', 'double'], ['›a disgrace‹', 'single']]);
  });

  it('goes on with the next paragraph\'s quotation after short sayings in lower case (“not now”), which are no titles', () => {
    const text = 'Asked about a tax rise, Mayor Ann Lee said “not now” and “not yet”\n\n“We have to wait for the audit. Then we decide.”';
    expect(analyzeText(text).quotes.every((q) => q.attributionId !== null)).toBe(true);
  });

  it('reads a single quotation of several sentences ending in a plural as a quotation, not a possessive (‘… the votes’ Byrne said)', () => {
    expect(analyzeText('‘It was close. We lost the votes’ Byrne told reporters.').attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['Byrne', 'It was close. We lost the votes']]);
  });

  it('takes no clause after a dash for a signature (“It is over.” — The council adjourned at nine.)', () => {
    expect(analyzeText('“It is over.” — The council adjourned at nine.').attributions).toEqual([]);
  });

  it('keeps "and tell him …" in the reported clause, though the lexicon lists "tell" as a noun', () => {
    expect(contents('Kasich says he’d sit Putin down and tell him “no more nonsense.”')).toEqual(['he’d sit Putin down and tell him “no more nonsense.”']);
  });

  it('leaves the time of the report out of an object ("… on Saturday", "… in December")', () => {
    expect(contents('The mayor criticised the budget on Saturday. The council rejected the plan in December.')).toEqual(['the budget', 'the plan']);
  });

  it('ends the source at a quotation closed without a comma (“…” Grubbs said), but reads through a quoted word or title', () => {
    expect(pairs('“The caucus is a battle of niches” Grubbs said.')).toEqual([['Grubbs', 'The caucus is a battle of niches']]);
    expect(pairs('Unnamed “Russians” said the plan failed.')).toEqual([['Unnamed “Russians”', 'the plan failed']]);
    expect(pairs('“Orange Is the New Black” star Ana Diaz said the show would end.')).toEqual([[expect.stringMatching(/Orange Is the New Black” star Ana Diaz$/), 'the show would end']]);
  });

  it('finds no attribution in the writer’s set phrases ("That said, …", "it is too soon to say whether …", "All told, …")', () => {
    expect(contents('That said, the vote will go ahead. It is too soon to say whether the plan works. Needless to say, it rained.')).toEqual([]);
    expect(contents('That said it all, Bo Li said.')).toEqual(['That said it all']);
    expect(contents('All told, the port raised four million dollars. All told us the ferry was late.')).toEqual(['the ferry was late']);
    // "may want to …": the writer's advice, not the subject's wish.
    expect(contents('The council may want to reconsider the plan.')).toEqual([]);
    expect(contents('The council wants to reconsider the plan.')).toEqual(['to reconsider the plan']);
  });

  it('reads a gerund after an article, or a bare verb before the clause’s verb, as a noun ("Another ranking says", "a pro-union rally said")', () => {
    expect(pairs('Another ranking says he is not a billionaire.')).toEqual([['Another ranking', 'he is not a billionaire']]);
    expect(pairs('Even the organizer of a pro-union rally said the rules were unfair.')).toEqual([['the organizer of a pro-union rally', 'the rules were unfair']]);
    expect(pairs('The former secretary of state said the army needed a plan.')).toEqual([['The former secretary of state', 'the army needed a plan']]);
  });

  it('reads a noun after "it" or "you" as a verb only where the pronoun opens a clause ("it shows", not "told you people")', () => {
    expect(contents('The mayor told you people that the plan failed.')).toEqual(['that the plan failed']);
    expect(contents('She said it shows the plan failed.')).toEqual(['it shows the plan failed']);
  });

  it('gives one quotation one speaker: “…” Jones said. after “A,” Smith said. “B.” takes B from Smith', () => {
    const found = analyzeText('“We won,” Smith said. “They lost.” Jones said.').attributions;
    expect(found.map((a) => [a.source?.text, a.content.spans.length])).toEqual([['Smith', 1], ['Jones', 1]]);
  });

  it('skips an aside between dashes after the cue ("said — on Twitter, as it happens — that …")', () => {
    expect(contents('Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.')).toEqual(['that Trump raised $4 million that day']);
  });

  it('skips an addressee described by a relative clause up to "that"', () => {
    expect(contents('Ana Ruiz told voters who came to the hall that the plan was dead.')).toEqual(['that the plan was dead']);
  });

  it('reads a figure list written with a spaced "%" as on ("Smith at 45 %, 30 % to 20 % for Jones")', () => {
    expect(contents('The poll shows Smith at 45 %, 30 % to 20 % for Jones.')).toEqual(['Smith at 45 %, 30 % to 20 % for Jones']);
  });

  it('ends the content before "according to" with the closing mark of a quotation opened in it', () => {
    expect(contents('Turnout was “historic,” according to the county clerk.')).toEqual(['Turnout was “historic,”']);
  });

  it('leaves the addressee out when a clause follows it without "that" ("told reporters the raid had been planned")', () => {
    expect(contents('Gen. Ana Ode told reporters the raid had been planned for weeks.')).toEqual(['the raid had been planned for weeks']);
  });

  it('leaves the addressee out when the clause after it has only an -ed verb the lexicon calls an adjective ("told reporters the talks failed")', () => {
    expect(contents('Dock officials told reporters the wage talks failed.')).toEqual(['the wage talks failed']);
    expect(contents('The mayor warned residents the old ferry failed on Monday.')).toEqual(['the old ferry failed on Monday']);
  });

  it('leaves an object pronoun addressee out before a clause with a name, a possessive or adverbs ("told me his support for … makes")', () => {
    expect(contents('Ruiz told me his support for the mayor makes him more honest.')).toEqual(['his support for the mayor makes him more honest']);
    expect(contents('Lee was telling them Acme was worth far more than its price.')).toEqual(['Acme was worth far more than its price']);
    expect(contents('Ruiz told her she clearly did not need any notes.')).toEqual(['she clearly did not need any notes']);
    // Not a time after the pronoun, nor an infinitive: "told him to resign" keeps its object.
    expect(contents('Ruiz told them Friday the vote would wait.')).toEqual(['the vote would wait']);
    expect(contents('Lee told him to resign.')).toEqual(['him to resign']);
  });

  it('leaves out the person reassured or convinced before the clause ("reassured voters that …", "convince the courts that …")', () => {
    expect(contents('Ruiz reassured voters that the ballots were safe.')).toEqual(['that the ballots were safe']);
    expect(contents('The union convinced the judges that the law was unfair.')).toEqual(['that the law was unfair']);
    // Without an addressee the clause is the same: "is convinced that …".
    expect(contents('Lee is convinced that the plan will fail.')).toEqual(['that the plan will fail']);
  });

  it('keeps a noun of what was said or planned after the verb\'s preposition before its clause ("bristled at the suggestion that …")', () => {
    expect(contents('Lee bristled at the suggestion that she had misled voters.')).toEqual(['the suggestion that she had misled voters']);
    expect(contents('The mayor balked at the developer\'s proposal to build a tower.')).toEqual(['the developer\'s proposal to build a tower']);
    expect(contents('The council acquiesced to the claim that taxes must rise.')).toEqual(['the claim that taxes must rise']);
    // Not a phrase of where or when before "that", nor a person spoken to.
    expect(contents('Ruiz said at the hearing that the plant would close.')).toEqual(['that the plant would close']);
    expect(contents('Ruiz claimed at one point that the plant would close.')).toEqual(['that the plant would close']);
    expect(contents('Ruiz said to reporters that the plant would close.')).toEqual(['that the plant would close']);
  });

  it('skips a long addressee with its place and time up to "that"', () => {
    expect(contents('The novelist told an audience at a literary festival in Houston last week that the comments were intolerable.')).toEqual(['that the comments were intolerable']);
  });

  it('takes the clause before "…, said Ana Ruiz." whatever the lexicon made of its verb', () => {
    expect(contents('Prices rose, said Ana Ruiz.')).toEqual(['Prices rose']);
    expect(contents('The vote failed, said Ana Ruiz, the mayor.')).toEqual(['The vote failed']);
    expect(contents('But, said Ana Ruiz.')).toEqual([]);
  });

  it('takes the clause before "…, said Ana Ruiz, an X who …" and before an aside ("…, forcing cuts, said Ana Ruiz")', () => {
    const said = (text: string): string[][] => analyzeText(text).attributions.filter((a) => a.cue?.lemma === 'say').map((a) => [a.source?.text ?? '', a.content.text]);
    expect(said('Many factors raise the cost, said Ana Ruiz, an economist who has written three books.')).toEqual([['Ana Ruiz', 'Many factors raise the cost']]);
    expect(said('It would mean trouble for the mayor ahead of the vote, forcing her to fight both rivals, said Bo Li, a pollster.'))
      .toEqual([['Bo Li', 'It would mean trouble for the mayor ahead of the vote, forcing her to fight both rivals']]);
    // A passive in a relative clause after the source reports nothing of its own.
    expect(said('“We will win,” said Jo Li, who was asked about the plan.')).toEqual([['Jo Li', 'We will win,']]);
    // A subject with an aside stays the source.
    expect(said('Graham, a former candidate, said the party would unite.')).toEqual([['Graham', 'the party would unite']]);
  });

  it('takes the main clause after "As X reported Monday," as the content, not the time', () => {
    expect(contents('As the Salem Times reported Monday, the plant will close.')).toEqual(['the plant will close']);
    expect(contents('As Ana Ruiz said last week, the plant will close.')).toEqual(['the plant will close']);
  });

  it('leaves a wire dateline out of the content (WASHINGTON (Reuters) - “…”)', () => {
    expect(contents('WASHINGTON (Reuters) - “We are not going anywhere,” Sen. Ella Hart said.')).toEqual(['We are not going anywhere,']);
    expect(contents('NEW YORK -- The Senate will vote on Friday, leaders said.')).toEqual(['The Senate will vote on Friday']);
    expect(contents('KYIV, Ukraine — “We will hold,” General Ana Petrenko said.')).toEqual(['We will hold,']);
    expect(contents('BRUSSELS, March 3 — “We agree,” the minister said.')).toEqual(['We agree,']);
    // One acronym before a dash is the subject, not a dateline.
    expect(contents('ISIS — the group that seized Mosul — is weakening, officials said.')).toEqual(['ISIS — the group that seized Mosul — is weakening']);
  });

  it('steps back over an aside opened by a reflexive ("X, himself a veteran, said") or by "both of whom" to its subject', () => {
    expect(pairs('Ruiz, himself a former prosecutor, said the case was weak.')).toEqual([['Ruiz', 'the case was weak']]);
    expect(pairs('Two senators, both of whom served in the army, argued that the base should stay open.')).toEqual([['Two senators', 'that the base should stay open']]);
  });

  it('takes no parenthetical source from a relative clause inside an appositive ("X, a historian who has written about it, argues that …")', () => {
    expect(pairs('Dr Alan Pryce, a historian who has written about the service, argues that the keepers’ knowledge is being lost.'))
      .toEqual([['Dr Alan Pryce', 'that the keepers’ knowledge is being lost']]);
  });

  it('keeps a company\'s legal form after a comma in its name ("Acme Robotics, Inc. (NASDAQ: ACMR) today announced")', () => {
    expect(pairs('Acme Robotics, Inc. (NASDAQ: ACMR) today announced results for its third quarter.')).toEqual([['Acme Robotics, Inc. (NASDAQ: ACMR)', 'results for its third quarter']]);
    expect(analyzeText('Harbor Foods, Inc. said prices would rise.').speakers.map((sp) => [sp.name, sp.type])).toEqual([['Harbor Foods, Inc.', 'organization']]);
  });

  it('leaves a wire dateline written with a hyphen out of the source (PORTSMOUTH, Nov 27 (Reuters) - The … Authority rejected)', () => {
    expect(pairs('PORTSMOUTH, Nov 27 (Reuters) - The Solent Harbour Authority on Thursday rejected claims that its dredging had damaged oyster beds.'))
      .toEqual([['The Solent Harbour Authority', 'claims that its dredging had damaged oyster beds']]);
    expect(pairs('LONDON -- The Treasury said the plan would cost less.')).toEqual([['The Treasury', 'the plan would cost less']]);
  });

  it('goes on with “A,” X said at an occasion. “B.” when the occasion’s noun is a weak cue ("during the debate")', () => {
    const found = analyzeText('“I owe nobody an apology for that,” the senator said during Saturday night’s Democratic debate. “When working families get a raise, they spend it in town.”').attributions;
    expect(found.map((a) => a.content.spans.length)).toEqual([2]);
  });

  it('ends an object at a phrase of when ("in early June", "on Sunday at a forum"), but not where the object goes on after it', () => {
    expect(contents('Mayor Ruiz endorsed Ana Holt in early June, weeks before the vote.')).toEqual(['Ana Holt']);
    expect(contents('The treasurer stressed those risks on Sunday at a forum in Dayton.')).toEqual(['those risks']);
    expect(contents('Ana Holt announced her candidacy in June 2015.')).toEqual(['her candidacy']);
    expect(contents('The governor criticised the mayor on Monday over her handling of the budget.')).toEqual(['the mayor on Monday over her handling of the budget']);
    expect(contents('Holt hopes to win the seat in the November general election.')).toEqual(['to win the seat in the November general election']);
  });

  it('takes only the quotation after a colon as the content of “…,” X said', () => {
    expect(contents('Ruiz went through the rules the council had always kept: “Nobody shouts and nobody leaves early,” she said.')).toEqual(['Nobody shouts and nobody leaves early,']);
  });

  it('ends the content of a cue in a fronted "when"/"if" clause at the main clause ("When the chair pointed out that …, the mayor …")', () => {
    expect(contents('When the chair pointed out that the mayor had not answered, the mayor walked out.')).toEqual(['that the mayor had not answered']);
    expect(contents('Last month, when I asked Ana Ruiz if she would run again, she laughed.')).toEqual(['if she would run again']);
  });

  it('takes a capitalised quotation after "X said," as the whole content, whatever its marks; a lower-case one completes the sentence before the source', () => {
    expect(contents("In March, as the hall emptied, the mayor said, ''Please sit down.''")).toEqual(['Please sit down.']);
    expect(contents('In March, as the hall emptied, the mayor said, “Please sit down.”')).toEqual(['Please sit down.']);
    expect(analyzeText('The truth is, she added, “there is no money left.”').attributions.map((a) => a.content.spans.length)).toEqual([2]);
    expect(analyzeText("The truth is, she added, ''there is no money left.''").attributions.map((a) => a.content.spans.length)).toEqual([2]);
  });

  it('keeps "to" before a verb the lexicon reads as an adjective or a plural ("pledged to shut down", "wanted to address")', () => {
    expect(contents('The mayor pledged to shut down the old shelters.')).toEqual(['to shut down the old shelters']);
    expect(contents('The mayor wanted to address the council’s worry that she was not sorry.')).toEqual(['to address the council’s worry that she was not sorry']);
    expect(contents('The mayor responded to angry letters from the council.')).toEqual(['angry letters from the council']);
  });

  it('keeps an infinitive’s own time and adverbial clause ("pledged to hold a vote next week", "plans to win after …")', () => {
    expect(contents('Ruiz pledged to hold a vote next week.')).toEqual(['to hold a vote next week']);
    expect(contents('Holt plans to win after the recount in Ohio.')).toEqual(['to win after the recount in Ohio']);
    expect(contents('The mayor criticised the budget on Saturday.')).toEqual(['the budget']);
  });

  it('ends the clause of "X seemed to …" / "X is expected to …" where the infinitive ends, as after any cue', () => {
    expect(contents('The band seemed to match the mood of the hall, with the old song playing from the speakers.')).toEqual(['The band seemed to match the mood of the hall']);
    expect(contents('Ruiz appears to be gaining ground, despite big-name holdouts such as Holt and Marsh.')).toEqual(['Ruiz appears to be gaining ground']);
    expect(contents('The two both seemed to be well known in town, and voters at the school greeted both by name.')).toEqual(['The two both seemed to be well known in town']);
    expect(contents('The council is expected to vote on the plan next week.')).toEqual(['The council is expected to vote on the plan next week']);
  });

  it('reads "X seemed to urge …" / "X appears to show that …" as the reporting verb\'s, with X as its source', () => {
    expect(pairs('In the same interview, Ruiz seemed to urge the opposite course.')).toEqual([['Ruiz', 'the opposite course']]);
    expect(pairs('The review of the ledgers appears to show that the council overspent.')).toEqual([['The review of the ledgers', 'that the council overspent']]);
    // Not a verb that reports nothing: the whole clause, with no source.
    expect(pairs('The crowd seemed to enjoy the speech.')).toEqual([['', 'The crowd seemed to enjoy the speech']]);
  });

  it('leaves the verb group out of a sourceless "X is expected to …" clause: two fragments, as annotated', () => {
    const text = 'The council is widely expected to vote on the plan next week.';
    const [found] = analyzeText(text).attributions;
    expect(found?.content.spans.map((sp) => text.slice(sp.start, sp.end))).toEqual(['The council', 'to vote on the plan next week']);
  });

  it('skips the time or medium between the cue and the report: a bare day, "in her opening remarks", "in a text message:"', () => {
    expect(contents('Ruiz said Tuesday her budget was balanced.')).toEqual(['her budget was balanced']);
    expect(contents('The paper reported last month Holt had ordered aides to call the mayor.')).toEqual(['Holt had ordered aides to call the mayor']);
    expect(contents('Ruiz said in her opening remarks that the plan should be cheaper.')).toEqual(['that the plan should be cheaper']);
    expect(contents('Holt responded in a text message: “The vote will pass.”')).toEqual(['The vote will pass.']);
    expect(contents('Ruiz said Saturday’s vote would settle it.')).toEqual(['Saturday’s vote would settle it']);
  });

  it('ends an object at "and" before a verb in the cue’s own tense ("denied the charges and sued her"), not before an infinitive or a noun', () => {
    expect(contents('Holt denied the charges and sued the paper for libel.')).toEqual(['the charges']);
    expect(contents('Ruiz mentioned the report and walked out of the hall.')).toEqual(['the report']);
    expect(contents('Ruiz praised the staff and the volunteers.')).toEqual(['the staff and the volunteers']);
    // The cue's verb gives the tense, not its particle ("sided with").
    expect(contents('Senator Ruiz sided with the mayor and bankrolled ads against the plan.')).toEqual(['the mayor']);
    // An auxiliary after "and" goes on with the source's sentence whatever the tense; not inside a relative clause.
    // (Being "a critic of" his style is a stance of its own.)
    expect(contents('Senator Ruiz has not endorsed Tom Reyes and has been a critic of his style.')).toEqual(['Tom Reyes', 'his style']);
    expect(contents('Ruiz praised a town that borders the lake and has kept its harbour open.')).toEqual(['a town that borders the lake and has kept its harbour open']);
    // After a gerund cue, "and" before another gerund; not when the object has a gerund of its own.
    expect(contents('Ruiz spent the week touting her harbour plan and pounding her rival on taxes.')).toEqual(['her harbour plan']);
    expect(contents('Ruiz is proposing projects like building ten piers and dredging the bay.')).toEqual(['projects like building ten piers and dredging the bay']);
  });

  it('goes on with a quotation that is the whole next sentence after an indirect report ("added that …. “B.”")', () => {
    const text = 'Ruiz added that the board wants the vote done before the summer. “They don’t like to talk about it, but they want it over.”';
    const [found] = analyzeText(text).attributions;
    expect(found?.content.spans.map((sp) => text.slice(sp.start, sp.end))).toEqual(['that the board wants the vote done before the summer', 'They don’t like to talk about it, but they want it over.']);
    // Not when the quotation has a speaker of its own, nor after a report of a word or two.
    expect(analyzeText('Ruiz added that the board wants the vote done soon. “We are ready,” Holt said.').attributions.map((a) => a.content.spans.length)).toEqual([1, 1]);
    expect(analyzeText('Holt urged restraint. “Nobody wins a fight like this.”').attributions.map((a) => a.content.spans.length)).toEqual([1]);
  });

  it('ends a reported clause at the writer’s addition after a comma or dash (", who …", ", compared with …", "– though …"), but not inside a quotation', () => {
    expect(pairs('Ana Li said she would vote for Tom Reyes, who faces a challenger on Tuesday.')).toEqual([['Ana Li', 'she would vote for Tom Reyes']]);
    expect(pairs('Forty percent said they trusted the mayor, compared with 30 percent last year.')).toEqual([['Forty percent', 'they trusted the mayor']]);
    expect(pairs('Li said the party would back “Tom Reyes, who has earned it.”')).toEqual([['Li', 'the party would back “Tom Reyes, who has earned it.”']]);
    expect(pairs('Officials said the economy had turned a corner – though independent economists doubt it.')).toEqual([['Officials', 'the economy had turned a corner']]);
    // So does "but" and a clause of its own after a dash, but for a speech act's clause, which it goes on with.
    expect(pairs('Lee feels the plan is sound — but the council does see risks in it.')).toEqual([['Lee', 'the plan is sound'], ['the council', 'risks in it']]);
    expect(contents('Lee calls it a fresh start — but it is not a campaign for mayor.')).toEqual(['it a fresh start']);
    expect(contents('Lee said the plan would close the gap — but he needs to win over the council.')).toEqual(['the plan would close the gap — but he needs to win over the council']);
  });

  it('reads on past ", who …," when the relative clause sits between the reported clause\'s subject and its verb ("that Reyes, who runs the mill, has sold it")', () => {
    expect(pairs('Ana Li said that Tom Reyes, who runs the mill, has sold half of it.')).toEqual([['Ana Li', 'that Tom Reyes, who runs the mill, has sold half of it']]);
    // (Not when the relative clause ends the sentence, nor when the verb after it is a report of its own.)
    expect(pairs('Ana Li said she would vote for Tom Reyes, who faces a challenger on Tuesday.')).toEqual([['Ana Li', 'she would vote for Tom Reyes']]);
  });

  it('reads on through a name’s or figure’s parenthesis, but stops at the writer’s aside in one', () => {
    expect(contents('Holt said Sen. Ann Ruiz (R-Tex.) voted against the bill.')).toEqual(['Sen. Ann Ruiz (R-Tex.) voted against the bill']);
    expect(contents('Holt said the bill was on firm legal ground (naturally).')).toEqual(['the bill was on firm legal ground']);
    expect(contents('Holt said the council backs cheaper loans (the members voted on it twice) for small firms.')).toEqual(['the council backs cheaper loans']);
    // Not an aside between a subject and its verb, which goes on past it.
    expect(contents('Holt pointed out that Ann Ruiz (who has 40 delegates) must still win most of the rest.')).toEqual(['that Ann Ruiz (who has 40 delegates) must still win most of the rest']);
  });

  it('ends an object noun phrase before an adverbial clause after it, whose verb does not make the object a clause ("praised the budget after the council passed it")', () => {
    expect(contents('Mayor Ruiz praised the new harbour budget after the council passed it on Monday.')).toEqual(['the new harbour budget']);
    // (A reported clause keeps its adverbial clause.)
    expect(contents('Mayor Ruiz said the budget grew after the council passed it.')).toEqual(['the budget grew after the council passed it']);
  });

  it('reads a subject, an aside between dashes and the subject\'s verb as a clause ("said families - A, B or C - would qualify …")', () => {
    expect(contents('The board has said tenants and owners - old, new, large or small - would pay the same fee under the plan.')).toEqual(['tenants and owners - old, new, large or small - would pay the same fee under the plan']);
  });

  it('keeps a qualifier or a quotation between dashes with an object, up to the closing dash ("to rule out a levy - only if … -")', () => {
    expect(contents('Ruiz refused to rule out a new levy on fuel - only if it were offset by lower payroll taxes - at the forum.')).toEqual(['to rule out a new levy on fuel - only if it were offset by lower payroll taxes']);
    expect(contents('Lee was eager to criticize the council at all — even on the budget — during the debate.')).toEqual(['to criticize the council at all — even on the budget']);
    // Not a noun phrase that describes the object.
    expect(contents('Ortiz backed a single-payer system — a dream for many Democrats — while the mayor stayed quiet.')).toEqual(['a single-payer system']);
  });

  it('reads on through a restrictive "which" or "where" in an object phrase ("the ground on which to wage a comeback")', () => {
    expect(contents('Holt described the county as the most fertile ground on which to wage a comeback.')).toEqual(['the county as the most fertile ground on which to wage a comeback']);
  });

  it('reads an object on through the comma between a town and its state ("in Dayton, Ohio")', () => {
    expect(contents('The mayor condemned a shooting in Dayton, Ohio.')).toEqual(['a shooting in Dayton, Ohio']);
  });

  it('reads a list of objects whose first items have a preposition of their own ("four votes for Holt, 31 for Ruiz and two abstentions")', () => {
    expect(contents('The clerk announced four votes for Holt, 31 for Ruiz and two abstentions.')).toEqual(['four votes for Holt, 31 for Ruiz and two abstentions']);
    expect(contents('Ruiz mentioned the floods, her support for first responders and her new budget.')).toEqual(['the floods, her support for first responders and her new budget']);
  });

  it('leaves an indefinite stance noun and its preposition to the cue ("offered some kind words about …", "expressed confidence that …")', () => {
    expect(contents('Holt offered some kind words about the mayor.')).toEqual(['the mayor']);
    expect(contents('Ruiz expressed confidence that the vote would pass.')).toEqual(['that the vote would pass']);
    // Someone's stance is the content, and so is a noun before a phrase of when.
    expect(contents('Holt repeated his support for the mayor.')).toEqual(['his support for the mayor']);
    expect(contents('The union announced support on Thursday.')).toEqual(['support']);
  });

  it('goes on with the next sentence’s quotation past the attribution’s own inverted cue and source ("…, said X. “B.”")', () => {
    const text = 'Ruiz “did very well” in the north, said Dana Holt. “That was always her ground.”';
    const [found] = analyzeText(text).attributions;
    expect(found?.content.spans.map((sp) => text.slice(sp.start, sp.end))).toEqual(['Ruiz “did very well” in the north', 'That was always her ground.']);
  });

  it('goes on with a relative clause past a verb of a clause inside it ("which they had been assured was safe even though it smelled …")', () => {
    expect(contents('Residents kept drinking the water, which they had been assured was safe even though it smelled of rust.')).toContain('which they had been assured was safe even though it smelled of rust');
    expect(contents('The council counted what officials estimated were about 300 families who were already living in the district.')).toContain('what officials estimated were about 300 families who were already living in the district');
  });

  it('goes on past the closing mark of the next sentence’s quotation with the words that continue it (“A,” Lee said. “B” and C.)', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('"The ferry loses money every winter," Lee said. "We owe a better service to the island" and to its schools.')).toEqual([['The ferry loses money every winter,', 'We owe a better service to the island" and to its schools']]);
    // (Not a report of its own after it.)
    expect(spans('"The ferry loses money every winter," Lee said. "We will fix it" and she said so twice.').map((x) => x[1])).not.toEqual(['We will fix it" and she said so twice']);
  });

  it('takes the words opening the next sentence with its quotation (“A,” Lee said. Later, “B.”), not a sentence of narration before it', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('"The pier is safe," Lee said. Later, "we will keep it open."')).toEqual([['The pier is safe,', 'Later, "we will keep it open."']]);
    expect(spans('"The pier is safe," Lee said. The crowd cheered. "We will keep it open."')).toEqual([['The pier is safe,', 'We will keep it open.']]);
  });

  it('keeps the unquoted start of the reported clause after a leading adverbial ("said on Monday he “sent a letter”")', () => {
    expect(contents('Lee said on Monday he "sent a letter to the harbour board."')).toEqual(['he "sent a letter to the harbour board."']);
    expect(contents('Lee promised at a rally to end "the wasteful ferry subsidy."')).toEqual(['to end "the wasteful ferry subsidy."']);
  });

  it('keeps a determiner before a quotation that opens the content ("Perhaps, he said, this “small pier …”")', () => {
    const text = 'Perhaps, he said, this "small pier has grown too busy."';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toEqual([['Perhaps', 'this "small pier has grown too busy."']]);
  });

  it('takes the subject before a quotation of several sentences along ("The board “was slow. People were angry,” Ruiz said.")', () => {
    expect(contents('The harbour board "was slow to act. People were angry," said Ana Ruiz.')).toEqual(['The harbour board "was slow to act. People were angry,"']);
    // Not a conjunction set off by a comma, nor a sentence of its own before the quotation.
    expect(contents('Yet, "it is hard to say. Very hard," added Ruiz.')).toEqual(['it is hard to say. Very hard,']);
    expect(contents('He left. "It was slow. People were angry," said Ana Ruiz.')).toEqual(['It was slow. People were angry,']);
  });

  it('runs "According to X, …" content to the closing mark of a quotation opened in it ("the board “was slow. B.”")', () => {
    expect(contents('According to Lee, the harbour board "was slow to act. People were angry."')).toEqual(['the harbour board "was slow to act. People were angry."']);
  });

  it('starts the content after "told" + addressee at a subject whose verb is quoted ("told reporters the pier “was unsafe”")', () => {
    expect(contents('Lee told reporters on Monday the pier "was unsafe for ferries."')).toEqual(['the pier "was unsafe for ferries."']);
    expect(contents('Lee told the radio station she "had no regrets at all."')).toEqual(['she "had no regrets at all."']);
  });

  it('skips a time phrase between the cue and its infinitive ("sought on Wednesday to calm …", "pleaded guilty in May to …")', () => {
    expect(contents('Lee sought on Wednesday to calm worries about the pier.')).toEqual(['to calm worries about the pier']);
    expect(contents('Lee pleaded guilty in May 2012 to illegal lobbying.')).toEqual(['to illegal lobbying']);
  });

  it('takes only the relative pronoun before a parenthetical source ("the plan, which, she said, would cut costs")', () => {
    const text = 'The mayor backed the ferry plan, which, she said, would cut costs.';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toContainEqual(['which', 'would cut costs']);
    // After a dash too, and "that" after its noun.
    for (const other of ['The mayor backed the ferry plan — which, she said, would cut costs.', 'The mayor backed a new budget that, she said, would cut costs.']) {
      expect(analyzeText(other).attributions.map((a) => a.content.spans.map((sp) => other.slice(sp.start, sp.end)).join(' | '))).toContainEqual(expect.stringMatching(/^(which|that) \| would cut costs$/));
    }
  });

  it('reads an object on through a comma between adjectives before their noun ("a long, bitter fight")', () => {
    expect(contents('The vote shows the start of a long, bitter fight for the seat.')).toEqual(['the start of a long, bitter fight for the seat']);
  });

  it('reports only the relative pronoun of a passive subject ("Ana Ruiz, who is admired by …")', () => {
    const text = 'The plan came from Ana Ruiz, who is admired by many voters.';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toEqual([['who']]);
    // ("backed" is a cue of its own: the mayor backs the bill.)
    const other = 'The mayor backed the bill, which was first reported by the Ledger.';
    expect(analyzeText(other).attributions.map((a) => a.content.spans.map((sp) => other.slice(sp.start, sp.end)))).toEqual([['the bill'], ['which']]);
  });

  it('gives a participle after a verb’s object the verb’s subject as source ("The union issued a statement saying …")', () => {
    expect(pairs('The union issued a statement on Monday saying the strike would end.')).toEqual([['The union', 'the strike would end']]);
    expect(pairs('Ana Li has sent a letter to the board urging its members to resign.')).toEqual([['Ana Li', 'its members to resign']]);
    // The quotation before the source is still that cue’s content, and the participle keeps its own.
    expect(pairs('“We will win,” she said at a news conference announcing that the city was suing the firm.')).toEqual([['she', 'We will win,'], ['she', 'that the city was suing the firm']]);
  });

  it('does not take a time opening the sentence for the name before an appositive ("Last week, the city’s lawyer, Ana Ruiz, said")', () => {
    expect(sources("Last week, the city's lawyer, Ana Ruiz, recommended that no charges be filed.")).toEqual(["the city's lawyer, Ana Ruiz"]);
    expect(sources('Last month, the Ledger, a local newspaper, revealed that the mayor had lied.')).toEqual(['the Ledger']);
  });

  it('gives a participle after a joined clause that clause’s subject ("… after protesters interrupted her, shouting …")', () => {
    expect(pairs('The clash came hours after protesters interrupted her speech, shouting that she had lied.')).toEqual([['protesters', 'that she had lied']]);
    expect(pairs('Police charged the driver and the mayor fired his chief, saying trust was lost.')).toEqual([['the mayor', 'trust was lost']]);
    // (A coordinated object is no clause: the participle stays with the subject.)
    expect(sources('Ruiz attacked Lee and the council, saying they had failed.')).toEqual(['Ruiz', 'Ruiz']);
  });

  it('gives "asked by X whether …" its asker as source', () => {
    expect(pairs('Asked by a reporter whether she would run, Ruiz said no.')[0]).toEqual(['a reporter', 'whether she would run']);
    expect(sources('When asked by a radio host if the leaks helped, Lee said yes.')[0]).toEqual('a radio host');
  });

  it('gives a verb coordinated inside a relative clause the relative pronoun as source ("Lee, who came out and endorsed …")', () => {
    expect(pairs('The plan has won over Weaver, who came out and endorsed Ruiz.')).toEqual([['who', 'Ruiz']]);
    expect(sources('Ruiz criticized the plan and said it would fail.')).toEqual(['Ruiz', 'Ruiz']);
  });

  it('gives a participle after any other object that object as source ("Lee held up a sign saying …")', () => {
    expect(sources('Lee held up a sign saying the vote was rigged.')).toEqual(['a sign']);
    expect(sources('The mayor could face a chorus of council members urging him to resign.')).toEqual(['a chorus of council members']);
    // What the subject made, spent or addressed leaves the source with the subject.
    expect(sources('Ruiz spent much of the debate accusing Lee of lying.')).toEqual(['Ruiz']);
    expect(sources('Ruiz emailed supporters saying the fight goes on.')[1]).toEqual('Ruiz');
  });

  it('gives a participle of feeling or belief after "be" its subject as source ("Her advisers are not convinced that …")', () => {
    expect(pairs('Her advisers are not convinced that the plan will work.')).toEqual([['Her advisers', 'that the plan will work']]);
    expect(pairs('Farmers were worried that the rain would not come.')).toEqual([['Farmers', 'that the rain would not come']]);
  });

  it('reads "accused of" / "charged with" straight after a noun as passive: the noun is who is accused, not a source ("The driver accused of …")', () => {
    expect(pairs('The driver accused of killing a cyclist laughed afterwards, a witness told the court.')).toEqual([['a witness', 'The driver accused of killing a cyclist laughed afterwards']]);
    expect(pairs('A nurse charged with theft will appear in court on Monday.')).toEqual([]);
    // Active, with its object: the subject accuses.
    expect(pairs('The mayor accused the council of lying.')).toEqual([['The mayor', 'the council of lying']]);
  });

  it('steps back over a time phrase between the source and its cue ("on Friday evening", "this past week", "two weeks ago", "in the past")', () => {
    const sources = (text: string): string[] => analyzeText(text).attributions.map((a) => a.source?.text ?? '');
    expect(sources('Party spokesman Ana Ruiz on Friday evening said the party was fine.')).toEqual(['Party spokesman Ana Ruiz']);
    expect(sources('The chairman this past week announced that the site was live.')).toEqual(['The chairman']);
    expect(sources('The ministry less than two weeks ago said that it had lost the files.')).toEqual(['The ministry']);
    expect(sources('Her allies have in the past said she would run.')).toEqual(['Her allies']);
    // A bare unit before "ago", "earlier" or "later" is a time phrase too.
    expect(sources('Ruiz years ago said the pier would close.')).toEqual(['Ruiz']);
    expect(sources('The council weeks earlier said the pier would close.')).toEqual(['The council']);
    expect(sources('Lee two days later said the pier would close.')).toEqual(['Lee']);
  });

  it('gives a coordinated cue the source of the cue it is coordinated with, not of one reported inside that cue’s content', () => {
    expect(pairs('The prime minister said that the country would declare its plans by May and suggested that it would leave the pact.'))
      .toEqual([['The prime minister', 'that the country would declare its plans by May'], ['The prime minister', 'that it would leave the pact']]);
  });

  it('ends a report before a speech act in a clause joined by a bare comma ("Ruiz told him that …, she also stated …")', () => {
    expect(pairs('Ruiz affirmed that she backs the plan to the radio host, she also stated a day earlier, “We will win.”'))
      .toEqual([['Ruiz', 'that she backs the plan to the radio host'], ['she', 'We will win.']]);
    // (Not a source set off by commas inside the report: "the plan, Ruiz argued, would fail".)
    expect(pairs('Lee said the plan, Ruiz argued, would fail.')).toContainEqual(['Lee', 'the plan, Ruiz argued, would fail']);
  });

  it('gives a cue inside a fronted adverbial clause no report past its comma ("After the hearing ended, Lee stated …"), but keeps "As Lee noted, …"', () => {
    expect(pairs('After the hearing concluded, Ruiz stated that the audit was flawed.')).toEqual([['Ruiz', 'that the audit was flawed']]);
    expect(pairs('As Lee noted, the budget is short.')).toEqual([['Lee', 'the budget is short']]);
    expect(pairs('When a reporter shouted, “Resign,” the mayor walked away.')).toContainEqual(['a reporter', 'Resign,']);
  });

  it('ends a report before a cue verb of the same source joined after a comma, or after content that is no clause ("questioned whether …, but declined to …")', () => {
    expect(pairs('Ruiz questioned whether the mayor could lead the city, but declined to repeat the charge at the hearing.'))
      .toEqual([['Ruiz', 'whether the mayor could lead the city'], ['Ruiz', 'to repeat the charge at the hearing']]);
    expect(pairs('Lee referred to the protesters as his neighbors and showed sympathy for them.'))
      .toEqual([['Lee', 'the protesters as his neighbors'], ['Lee', 'them']]);
    // A reported clause goes on with its own verbs.
    expect(contents('Ruiz said she was tired of the delays and wanted a mayor who would listen.')).toEqual(['she was tired of the delays and wanted a mayor who would listen']);
  });

  it('steps over a time phrase to the main clause’s subject for a coordinated cue ("The council on Friday made … and pledged …")', () => {
    expect(analyzeText('The council on Friday made a strong condemnation of the vote and pledged to impose new fines.').attributions.map((a) => a.source?.text)).toEqual(['The council']);
  });

  it('reads a town and its state ("Flint, Mich.,", "Aurora, Colorado,") inside an aside before the cue, not as the source', () => {
    const sources = (text: string): string[] => analyzeText(text).attributions.map((a) => a.source?.text ?? '');
    expect(sources('Cory Ames, 22, of Flint, Mich., said he had not given up.')).toEqual(['Cory Ames']);
    expect(sources('Ana Li, who lost her son in Aurora, Colorado, in July 2012, said that the senator had been rude.')).toEqual(['Ana Li']);
    expect(sources('Bo Tran, speaking at a rally in Wilmington, N.C., warned that the judges would block it.')).toEqual(['Bo Tran']);
  });

  it('reads a progressive cue after an aside ("X, speaking at …, is criticizing …") from its own subject, not as a participle', () => {
    expect(pairs('Ana Li, celebrating a victory in the primary in her home state, is pledging to fight on.')).toEqual([['Ana Li', 'to fight on']]);
    expect(pairs('Bo Tran, speaking at a rally at his home in Miami, is criticizing the plan as reckless.')).toEqual([['Bo Tran', 'the plan as reckless']]);
  });

  it('reads an infinitive on through a list of verb phrases ("to triple …, grow … and create …")', () => {
    expect(contents('She vowed to triple the size of the program, grow the corps and create a new reserve.')).toEqual(['to triple the size of the program, grow the corps and create a new reserve']);
    // (A clause after the comma still ends it.)
    expect(contents('She vowed to triple the program, and aides said it would work.')).toEqual(['to triple the program', 'it would work']);
  });

  it('reads "like …" between commas as an aside before the cue ("Ana Li, like Obama, has said …")', () => {
    expect(analyzeText('Ana Li, like Obama, has said she would stay.').attributions.map((a) => a.source?.text)).toEqual(['Ana Li']);
  });

  it('reads no report in another sense of a weak verb ("found himself", "find a way", "showed up", "cast ballots")', () => {
    expect(cues('The senator found himself in a tight race against a newcomer.')).toEqual([]);
    expect(cues('Officials found a way to cut costs, and she could not find a job in her field.')).toEqual([]);
    expect(cues('About 400 people showed up at the rally. Voters cast ballots in the rain.')).toEqual([]);
    // A vote cast, before or after the verb: the act of voting, not a report ("cast their votes", "the 900 votes cast").
    expect(cues('Delegates are free until they cast their votes in July. Lee won 60 percent of the 900 votes cast on Tuesday.')).toEqual([]);
    expect(cues('Ruiz cast his rival as a friend of the developers.')).toEqual(['cast']);
    expect(cues('The survey found that voters were split.')).toEqual(['found']);
    // A phrase of several words: "called to mind" recalls, "called off" cancels.
    expect(cues('The ruling called to mind the old harbor plan. Two firms called off their projects with the council.')).toEqual([]);
    expect(cues('Ruiz called the plan a disaster.')).toEqual(['called']);
  });

  it('reads a cue on past a time adverb the tagger takes for an adjective (“A,” X said, adding later, “B.”)', () => {
    const cueAndContent = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.cue?.text ?? '', a.content.text]);
    expect(cueAndContent('“We cannot pay for this,” Ana Li said, adding later, “The fund is nearly empty.”')).toEqual([['said', 'We cannot pay for this,'], ['adding', 'The fund is nearly empty.']]);
  });

  it('reads "seek" with an office as its object as running for it ("seeking the nomination", "a third term"), not as a reported aim', () => {
    expect(cues('The governor, who is also seeking the nomination, spoke first. The mayor is not seeking a third term.')).toEqual([]);
    expect(cues('The mayor sought to calm the crowd.')).toEqual(['sought']);
  });

  it('reads "appeared before reporters", "appeared together" as showing up, not seeming ("appeared nervous")', () => {
    expect(cues('The two appeared together at the rally. When the mayor appeared before reporters, the room fell silent.')).toEqual([]);
    expect(cues('The mayor appeared nervous.')).toEqual(['appeared']);
  });

  it('reads "pledged delegates" as delegates bound to a candidate, not a promise ("pledged to cut taxes" is one)', () => {
    expect(cues('In the state, 60 pledged delegates and seven superdelegates were at stake.')).toEqual([]);
    expect(cues('The senator keeps a large pledged delegate lead over her rival.')).toEqual([]);
    expect(cues('The mayor pledged to cut taxes.')).toEqual(['pledged']);
  });

  it('reads "called" after an indefinite noun phrase and before a name as naming it, whatever the tagger makes of the head ("a firm called …")', () => {
    expect(cues('The money went to a firm called Harbor Analytics, which is owned by a donor.')).toEqual([]);
    expect(cues('She founded a Facebook group called Save Our Park, which has 200 members.')).toEqual([]);
    expect(cues('A spokeswoman called Smith a liar.')).toEqual(['called']);
  });

  it('reads "understand" as a cue on its own, with an object ("understands the worries of farmers")', () => {
    expect(pairs('The mayor understands the worries of farmers.')).toEqual([['The mayor', 'the worries of farmers']]);
  });

  it('reads a lemma that needs a clause as a cue only before one ("recommended a new bus route" reports nothing), unless the form is reliable ("sounded")', () => {
    expect(cues('The mayor recommended a new bus route.')).toEqual([]);
    expect(cues('The mayor recommended that the council delay the vote.')).toEqual(['recommended']);
    expect(cues('The plan sounded good to her.')).toEqual(['sounded']);
  });

  it('reads a roundup\'s byline before a colon (“…,” by Times\' Ann Lee: “…”) as crediting an article, not a speaker; a colon after "by" alone still attributes', () => {
    const text = 'Roundup\n\n"Club to close its doors in May," by Times\' Ann Lee: "The small venue that launched many careers will close."\n\nThe report was summed up by this finding: "Nine of ten shops closed."';
    expect(pairs(text)).toEqual([['this finding', 'Nine of ten shops closed.']]);
  });

  it('reports no transcript turn of a word or two ("A: No.", "Q: Why not?")', () => {
    const text = 'Mayor Talks Budget\n\nQ: Will you run for a third term next year?\n\nA: No.\n\nQ: Why not?\n\nA: I want to spend more time with my family.';
    expect(contents(text)).toEqual(['Will you run for a third term next year?', 'I want to spend more time with my family.']);
  });

  it('reads "support" with nothing after it as the noun ("with rural support, …"), "supports the plan" as a stance', () => {
    expect(cues('Backed by strong rural support, the mayor kept her seat.')).toEqual([]);
    expect(cues('The mayor supports the new bridge toll.')).toEqual(['supports']);
  });

  it('finds no report in a question put to the reader ("Do you support …?"), but does in a report of one', () => {
    expect(cues('Do you support the new bridge toll? Tell us below.')).toEqual([]);
    expect(cues('What do you think of the mayor’s plan?')).toEqual([]);
    expect(cues('The mayor asked whether voters support the new bridge toll.')).toEqual(['asked']);
  });

  it('reads "thanks to" as a preposition, not a report ("won the seat thanks to strong support")', () => {
    expect(cues('The senator won the seat thanks to strong support from voters.')).toEqual([]);
    expect(cues('She thanks the voters.')).toEqual(['thanks']);
  });

  it('reads a cue after a word of trying as the one trying reports ("tries to portray", "was quick to point out"), not after "be" ("are to blame")', () => {
    expect(pairs('In the new ad, the senator tries to portray her rival as a career politician.')).toEqual([['the senator', 'her rival as a career politician']]);
    expect(pairs('Ana Ruiz was quick to point out that the vote was close.')).toEqual([['Ana Ruiz', 'that the vote was close']]);
    expect(pairs('The mayor is trying to show that the budget is balanced.')).toEqual([['The mayor', 'that the budget is balanced']]);
    expect(pairs('The council members are to blame for the delay, Lee said.')).toEqual([['Lee', 'The council members are to blame for the delay']]);
  });

  it('reads a cue after a verb whose subject does the infinitive\'s act as that subject\'s report ("began to question", "has decided not to")', () => {
    expect(pairs('Reporters in the city began to question whether the count was fair.')).toEqual([['Reporters in the city', 'whether the count was fair']]);
    expect(pairs('The governor has decided not to question whether the vote was fair.')).toEqual([['The governor', 'whether the vote was fair']]);
    // "have to" is a verb of obligation here, though "has" is an auxiliary elsewhere.
    expect(pairs('The mayor has yet to endorse a candidate.')).toEqual([['The mayor', 'a candidate']]);
    expect(pairs('The mayor has to show that the budget is balanced.')).toEqual([['The mayor', 'that the budget is balanced']]);
  });

  it('reads the object of a verb that makes it act as the infinitive\'s source ("led some to question", "prompted the mayor to announce")', () => {
    expect(pairs('The ruling led several lawmakers to question whether the law was fair.')).toEqual([['several lawmakers', 'whether the law was fair']]);
    expect(pairs('The long delay prompted the mayor to announce that the bridge would close.')).toEqual([['the mayor', 'that the bridge would close']]);
    // ("leave" and "leading" too: "leaving many to wonder whether …".)
    expect(pairs('The vote was put off again, leaving many to wonder whether the council had given up.')).toEqual([['many', 'whether the council had given up']]);
    expect(pairs('The loss left the old guard of the party to wonder what went wrong.')).toEqual([['the old guard of the party', 'what went wrong']]);
    expect(pairs('The fire spread fast, leading investigators to question whether the alarms had worked.')).toEqual([['investigators', 'whether the alarms had worked']]);
  });

  it('steps back over a verb of beginning or going on before a gerund cue to its subject ("began dismissing", "kept insisting")', () => {
    expect(pairs('Then the mayor began dismissing the notion that the bridge was unsafe.')).toEqual([['the mayor', 'the notion that the bridge was unsafe']]);
    expect(pairs('The farmers kept insisting that the dam would fail.')).toEqual([['The farmers', 'that the dam would fail']]);
  });

  it('reads a verb after a comma in a series of verb phrases as the first verb\'s subject\'s ("visited …, warned that …")', () => {
    expect(pairs('The mayor visited the harbor, warned that more storms were coming.')).toEqual([['The mayor', 'that more storms were coming']]);
    expect(pairs('The plan, opposed by the union, failed.')).toEqual([]);
  });

  it('reads the series past adverbs and an auxiliary before its first verb, and an -ed verb read as an adjective after the comma', () => {
    expect(pairs('The agency repeatedly delayed the audit, admitted that it had lost the files.')).toEqual([['The agency', 'that it had lost the files']]);
    expect(pairs('Ruiz has toured the plant, warned that the jobs would go.')).toEqual([['Ruiz', 'that the jobs would go']]);
    expect(pairs('Lee is upbeat about the race, says she expects to win.')).toEqual([['Lee', 'she expects to win']]);
    expect(pairs('She urged the council to act, proposed that more police be hired.')).toEqual([['She', 'the council to act'], ['She', 'that more police be hired']]);
  });

  it('reads a participle with its agent after the subject\'s noun as part of the subject ("A survey conducted by students … showed")', () => {
    expect(pairs('A survey conducted by students in the district showed that most parents were worried.')).toEqual([['A survey conducted by students in the district', 'that most parents were worried']]);
  });

  it('steps back over "cannot" to the subject as over "can not"', () => {
    expect(pairs('Farmers cannot accept that the dam is safe.')).toEqual([['Farmers', 'that the dam is safe']]);
  });

  it('reads a past form inside a noun phrase in an aside as no clause verb ("an article published in", "the mayor’s fired chief of staff")', () => {
    expect(pairs('Ana Ruiz, in a letter published in the local paper, rejected the plan.')).toEqual([['Ana Ruiz', 'the plan']]);
    expect(pairs('Some donors, angered by a campaign called Fair Vote, argued that the rules were unfair.')).toEqual([['Some donors', 'that the rules were unfair']]);
    expect(pairs('Jo Lee, the mayor’s fired chief of staff, denied that he leaked the memo.')).toEqual([['Jo Lee', 'that he leaked the memo']]);
  });

  it('steps back over an adverbial clause between commas to the subject ("X, when asked about …, said", "X, if elected, would …")', () => {
    expect(pairs('Ana Ruiz, when asked about the vote, said the plan failed.')).toEqual([['Ana Ruiz', 'the plan failed']]);
    expect(pairs('Ana Ruiz, if elected, would argue that the rules were unfair.')).toEqual([['Ana Ruiz', 'that the rules were unfair']]);
  });

  it('steps back over a long relative clause between commas to the subject', () => {
    expect(pairs('Jo Park, a retired engineer who spent three decades designing bridges and tunnels across the northern part of the state before she moved here to teach structural safety and road design to adult students at the community college, said the crossing was unsafe.'))
      .toEqual([['Jo Park', 'the crossing was unsafe']]);
  });

  it('steps back over an aside between commas after an auxiliary to the subject ("has, however, revealed")', () => {
    expect(pairs('The survey has, however, revealed that most voters are undecided.')).toEqual([['The survey', 'that most voters are undecided']]);
    expect(pairs('Analysts have, in fact, praised the plan.')).toEqual([['Analysts', 'the plan']]);
  });

  it('goes on past "but" and a verb in a reported clause with its own subject, not after an object ("signaled willingness … but has been met")', () => {
    expect(contents('The mayor said he would keep the plant open but would review the costs next year.')).toEqual(['he would keep the plant open but would review the costs next year']);
    expect(contents('The agency has signaled willingness to change the rule but has been met with opposition.')).toEqual(['willingness to change the rule']);
  });

  it('reads a reported clause whose subject is a list ("comments from A, B and C were …") to its end', () => {
    expect(contents('An aide said comments from Rice, Reed and Panetta were consistent with their earlier statements.')).toEqual(['comments from Rice, Reed and Panetta were consistent with their earlier statements']);
    expect(contents('The bank warned against cutting rates too early, as inflation remains high.')).toEqual(['cutting rates too early']);
  });

  it('reads "soon" as an adverb, not an adjective that would end a subject before the verb ("He soon learned that …")', () => {
    expect(tags('She soon learned that the mill had closed.')[1]).toBe('adv');
    expect(pairs('She soon learned that the mill had closed.')).toEqual([['She', 'that the mill had closed']]);
  });

  it('keeps a report inside what a hedge ("appeared", "seemed") holds: the writer\'s impression hides nothing', () => {
    expect(pairs('The mayor appeared rattled at the hearing when Ruiz accused him of hiding the report.')).toContainEqual(['Ruiz', 'him of hiding the report']);
  });

  it('keeps a loaded speech act inside another loaded one ("claiming that … accused"), not inside a neutral report ("said the council accused …")', () => {
    expect(pairs('The mayor said the council accused her of hiding the report.')).toEqual([['The mayor', 'the council accused her of hiding the report']]);
    expect(pairs('The ministry issued a statement claiming that foreign agents have falsely accused the government of starting the unrest.')).toEqual([
      ['The ministry', 'that foreign agents have falsely accused the government of starting the unrest'],
      ['foreign agents', 'the government of starting the unrest'],
    ]);
  });

  it('reads no attribution in a tally ("Clinton: 2,316.") or a credit line ("Contributing: …") set out like a speaker label', () => {
    expect(pairs('Clinton: 2,316.\n\nSanders: 1,547.\n\nContributing: Jane Roe and John Doe.\n\nSmith: We will not give up.')).toEqual([['Smith', 'We will not give up.']]);
  });

  it('skips a longer phrase of where or when before a comma and a quotation ("said in a column before the county hearing, “…”")', () => {
    expect(contents('Senator Ann Hale said in a newspaper column before the county budget hearing, “The plan will not work.”')).toEqual(['The plan will not work.']);
  });

  it('reads a verb in -s or -ed after a name in a title-case headline as the cue ("Senate Budget Chief Praises Governor’s New Tax Plan")', () => {
    expect(pairs('Senate Budget Chief Praises Governor’s New Tax Plan.\n\nThe council met on Monday.')).toEqual([['Senate Budget Chief', 'Governor’s New Tax Plan']]);
    expect(pairs('Council Member Compares Flood Barrier Plan To Tunnel Option.\n\nThe council met on Monday.')).toEqual([['Council Member', 'Flood Barrier Plan To Tunnel Option']]);
    expect(pairs('The Harbor Council Met On Monday.\n\nIt was short.')).toEqual([]);
  });

  it('gives "… and said" after an opening participle without a source ("Asked whether …, the mayor laughed and said") the main clause’s subject', () => {
    expect(pairs('Asked whether he would run, the mayor laughed and said, “We will see.”')).toEqual([['', 'whether he would run'], ['the mayor', 'We will see.']]);
  });

  it('reads an appositive that opens with a word the tagger takes for a verb ("X, associate professor of …, said") as part of the source', () => {
    expect(pairs('Michael Green, associate professor of history at the University of Nevada-Las Vegas, said places such as Iowa matter.')).toEqual([['Michael Green', 'places such as Iowa matter']]);
  });

  it('reads a reported clause whose verb the tagger takes for a bare form after a coordinated subject ("he and Jones differ on …") to its end', () => {
    expect(contents('Smith said he and Jones differ on Israel, the nuclear deal and the possibility of a compromise.')).toEqual(['he and Jones differ on Israel, the nuclear deal and the possibility of a compromise']);
    expect(contents('You can call the station whatever you want -- a news network or a propaganda arm.')).toEqual(['the station whatever you want']);
  });

  it('ends the content of a cue in a relative clause set off after the sentence’s subject at the comma that closes it ("Ana Ruiz, who said …, described …")', () => {
    expect(pairs('Ana Ruiz, who said the bridge was unsafe in 2019, described the repairs at a hearing on Monday.')).toEqual([
      ['Ana Ruiz, who', 'the bridge was unsafe in 2019'],
      ['Ana Ruiz', 'the repairs'],
    ]);
    // The same between dashes.
    expect(pairs('Ana Ruiz - who said the bridge was unsafe in 2019 - described the repairs at a hearing on Monday.')).toEqual([
      ['who', 'the bridge was unsafe in 2019'],
      ['Ana Ruiz', 'the repairs'],
    ]);
  });

  it('reads an attack verb in -s between two names in the story’s title as its report ("Lee targets Ruiz’s plan"), not a plural noun before a verb', () => {
    expect(pairs('Lee targets Ruiz’s harbor plan.\n\nThe council met on Monday.')).toEqual([['Lee', 'Ruiz’s harbor plan']]);
    expect(pairs('Lee, on tour, trashes Ruiz.\n\nThe council met on Monday.')).toEqual([['Lee', 'Ruiz']]);
    expect(pairs('Harbor attacks test Ruiz’s plan.\n\nThe council met on Monday.')).toEqual([]);
  });

  it('reads names and "to" opening the story’s title as a headline’s future, the names its source ("Harbor Union to endorse Ruiz")', () => {
    expect(pairs('Harbor Union to endorse Ruiz.\n\nThe council met on Monday.')).toEqual([['Harbor Union', 'Ruiz']]);
    expect(pairs('Lee to call for a new pier.\n\nThe council met on Monday.')).toEqual([['Lee', 'a new pier']]);
    // A weak cue, and nouns as the subject.
    expect(pairs('Ruiz to release tax returns after pressure from rivals.\n\nThe council met on Monday.')).toEqual([['Ruiz', 'tax returns']]);
    expect(pairs('Dockworkers to sue harbor board over pay.\n\nThe council met on Monday.')).toEqual([['Dockworkers', 'harbor board over pay']]);
  });

  it('ends a named object in the story’s title before "over", "amid" or "despite" ("Ruiz slams Lee over pier plan"), not a noun’s own phrase', () => {
    expect(pairs('Ruiz slams Lee over pier plan.\n\nThe council met on Monday.')).toEqual([['Ruiz', 'Lee']]);
    expect(pairs('Harbor Chief Defends Ruiz Amid Budget Dispute.\n\nThe council met on Monday.')).toEqual([['Harbor Chief', 'Ruiz']]);
    expect(pairs('Dock workers welcome council fight over pier.\n\nThe council met on Monday.')).toEqual([['Dock workers', 'council fight over pier']]);
  });

  it('reads the word in -s right after the names opening the story’s title as their verb, not a plural noun ("Lee wins Ohio, vows …")', () => {
    expect(pairs('Lee wins Ohio, vows to fight on.\n\nThe council met on Monday.')).toEqual([['Lee', 'to fight on']]);
    // Of two words in -s the second is the plural: a plural subject takes no verb in -s.
    expect(pairs('Ana Ruiz announces plans for a new pier.\n\nThe council met on Monday.')).toEqual([['Ana Ruiz', 'plans for a new pier']]);
    // Not before a verb: the word is the subject's plural noun.
    expect(pairs('Ruiz rallies draw crowds to the pier.\n\nThe council met on Monday.')).toEqual([]);
  });

  it('ends a report in the story’s title before a dash and a teaser clause with its own verb ("… – It Might Surprise You")', () => {
    expect(pairs('Lee Just Revealed Who He Would Pick For Harbor Chief – It Might Surprise You.\n\nThe council met on Monday.')).toEqual([['Lee', 'Who He Would Pick For Harbor Chief']]);
    // Not in the body, where a dash may open an aside inside the report.
    expect(contents('The council met on Monday.\n\nLee said he would pick Ruiz – it may surprise you.')).toEqual(['he would pick Ruiz – it may surprise you']);
  });

  it('reads what "promise" reports in its object when no clause follows the object ("Ruiz Promises Action On Harbor Jobs")', () => {
    expect(pairs('Ruiz Promises Action On Harbor Jobs In First Year.\n\nThe council met on Monday.')).toEqual([['Ruiz', 'Action On Harbor Jobs']]);
    expect(pairs('The mayor has promised a new pier for the east side.')).toEqual([['The mayor', 'a new pier for the east side']]);
  });

  it('reads a verb in -s after a name in a story’s title line as the cue, whatever its case ("Justice vows to …")', () => {
    expect(pairs('Justice vows to be more careful with her opinions.\n\nShe spoke on Monday.')).toEqual([['Justice', 'to be more careful with her opinions']]);
  });

  it('reads no report in a cue word that a noun before makes a compound ("a TV show, which …", "a roll call vote")', () => {
    expect(pairs('It was once used as offices for the “Big Money” TV show, which starred the mayor.')).toEqual([]);
    expect(pairs('New polls show the mayor with a narrow lead.')).toEqual([['New polls', 'the mayor with a narrow lead']]);
    // A bare form between a singular noun (or nouns and "and") and another noun opens a compound noun.
    expect(pairs('The union organised warehouses and call centers across the state.')).toEqual([]);
    expect(pairs('The farm credit agencies lent more money this year.')).toEqual([]);
    // "home state", "battleground states": compound nouns in the lexicon's notAfterWords.
    expect(pairs('Ohio, her home state, was next.')).toEqual([]);
    // "percentage points to …" is a measure and its end point, not someone pointing to something.
    expect(pairs('Turnout fell two percentage points to 41 percent.')).toEqual([]);
  });

  it('reads no report in a participle naming what an indefinite phrase before it is, whatever follows the name', () => {
    expect(pairs('They held a dance called Harbor Nights at an old mill.')).toEqual([]);
    expect(pairs('He starred in a short play called Sons of Ruiz.')).toEqual([]);
    expect(pairs('She joined a choir called the Harbor Singers in May.')).toEqual([]);
    // A name and what it is called still report.
    expect(pairs('A neighbour called Ruiz a liar.')).toEqual([['A neighbour', 'Ruiz a liar']]);
  });

  it('reads "found a …" as coming upon a thing unless a study, poll or report found it', () => {
    expect(pairs('The fair found a new sponsor after the bank pulled out.')).toEqual([]);
    expect(pairs('In the end the exiles found a home in Harbor City.')).toEqual([]);
    expect(pairs('The survey found a sharp rise in support for Ruiz.')).toEqual([['The survey', 'a sharp rise in support for Ruiz']]);
    expect(pairs('Lee found the plan reckless.')).toEqual([['Lee', 'the plan reckless']]);
  });

  it('reads a naming participle after "one", an "of" phrase or an adverb in -ly, and before a name with a number or a linking word', () => {
    expect(cues('A newly formed fund called Harbor 45 ran ads in the county.')).toEqual([]);
    expect(cues('They joined a group of exiled sailors called Dock 7 in May.')).toEqual([]);
    expect(cues('The charity runs a contest called the Home to Harbor Prize.')).toEqual([]);
    expect(cues('Ads came from one fund called Stop Ruiz and another tied to the union.')).toEqual([]);
    // A quotation after the name is what it is called.
    expect(cues('At the meeting one councillor called Ruiz “a menace to the port.”')).toEqual(['called']);
  });

  it('ends the content of a relative clause restricting the sentence\'s subject before the main verb ("Voters who said … backed Lee")', () => {
    // (The main verb, a cue too, has the whole relative clause as its source.)
    expect(pairs('Voters who said taxes were too high backed the mayor.')).toEqual([['Voters who', 'taxes were too high'], ['Voters who said taxes were too high', 'the mayor']]);
    expect(pairs('Members who agree that the pier should close were upset.')).toEqual([['Members who', 'that the pier should close']]);
  });

  it('ends the content of such a relative clause before a plural main verb read as a bare form ("Candidates who plan to … include Lee")', () => {
    expect(pairs('Candidates in close races who plan to skip the convention include Lee.')).toEqual([['Candidates in close races who', 'to skip the convention']]);
    // ("to", tagged a conjunction, does not stop the search for the main verb.)
    expect(pairs('A donor who wants to give more could pay twice as much to the committee.')).toEqual([['A donor who', 'to give more']]);
  });

  it('reads no label in a heading followed by a roster of names ("Ohio: Ana Ruiz, Bo Li, Cal Moss.")', () => {
    expect(pairs('Ohio: Ana Ruiz, Bo Li, Cal Moss and Dee Tran.')).toEqual([]);
    expect(pairs('Ruiz: Li and Moss Are Wrong.')).toEqual([['Ruiz', 'Li and Moss Are Wrong.']]);
  });

  it('reads a "by" phrase before a "that" clause as one of manner, not an agent ("Voters said by a wide margin that …")', () => {
    expect(pairs('Voters said by a wide margin that the plan was bad.')).toEqual([['Voters', 'that the plan was bad']]);
  });

  it('reads nothing reported in a word of order or degree alone after the cue ("responded first", "pushed forward")', () => {
    expect(contents('The mayor responded first.')).toEqual([]);
    expect(contents('The council will push forward.')).toEqual([]);
  });

  it('takes no agent or means after "by" for what was reported ("a claim rejected by two courts", "responded by closing …")', () => {
    expect(contents('It was a claim rejected by two courts.')).toEqual([]);
    expect(contents('The mayor responded by closing the road.')).toEqual([]);
  });

  it('skips a phrase set off between commas after the cue before a quotation ("joked, again using a thick accent, “…”")', () => {
    expect(contents('The mayor joked, again using a thick accent, “Come on up and join us!”')).toEqual(['Come on up and join us!']);
  });

  it('reads "asked" after "when" inside a sentence as a question put to the subject, with no source ("said when asked whether …")', () => {
    expect(pairs('“No,” the mayor said when asked whether she would run again.')).toEqual([['the mayor', 'No,'], ['', 'whether she would run again']]);
  });

  it('reads "since" and "yet" between an auxiliary and its verb as adverbs ("have since denounced", "has not yet endorsed")', () => {
    expect(pairs('Several Republican leaders have since denounced the comments.')).toEqual([['Several Republican leaders', 'the comments']]);
  });

  it('reads a hyphen between spaces as a dash setting off an aside after the subject ("The three scholars - A, B and C - agreed …")', () => {
    expect(pairs('The three scholars - Ana Ruiz, Tom Berry and Jo Ode - agreed there are better options.')).toEqual([['The three scholars', 'there are better options']]);
  });

  it('goes on with a paragraph that is only a quotation after a paragraph ending in a reported saying ("Smith said …. ¶ “…”")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('Smith said the town would take in 100 more families.\n\n“That is all we can do this year.”\n\nThe council met later.')).toEqual([['the town would take in 100 more families', 'That is all we can do this year.']]);
  });

  it('goes on with a paragraph that is only a quotation after any speech cue ending the paragraph before ("told the crowd …. ¶ “…”")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('The mayor told the crowd the bridge would reopen in May.\n\n“We will rebuild it better than before.”\n\nThe council met later.')).toEqual([['the bridge would reopen in May', 'We will rebuild it better than before.']]);
  });

  it('goes on with a paragraph that is only a quotation after the paragraph\'s last report, not a report quoted inside it (“… Reyes said, ‘…,’” Blake told them. ¶ “…”)', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    const text = 'The meeting ran late.\n\n“Tom Reyes stood up and said, ‘I hope the pier falls,’” Nora Blake told the dock workers.\n\n“He meant every word of it.”';
    expect(spans(text)).toContainEqual(['Tom Reyes stood up and said, ‘I hope the pier falls,’', 'He meant every word of it.']);
  });

  it('reads a lone line break as no paragraph’s end: a quotation after it goes on with the report before (“A,” he said.⏎“B.”)', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('The pier will be rebuilt next year, Blake said.\n“It will take every boat owner’s patience.”')).toEqual([['The pier will be rebuilt next year', 'It will take every boat owner’s patience.']]);
  });

  it('reads a participle after a common noun with "by" as a reduced passive: the agent is the source, the noun phrase the content ("a practice criticized by …")', () => {
    expect(pairs('Such fines are a practice criticized by civil rights advocates.')).toEqual([['civil rights advocates', 'a practice']]);
    expect(pairs('Ms. Gao said by telephone that the plan would fail.')).toEqual([['Ms. Gao', 'that the plan would fail']]);
  });

  it('reads "by" and a noun phrase after a passive\'s complement or time as its agent, the source ("was named the winner by …")', () => {
    expect(pairs('Ms. Oduya was named the winner by the election board.')).toEqual([['the election board', 'Ms. Oduya was named the winner']]);
    expect(pairs('The new pier was approved Tuesday by the council.')).toEqual([['the council', 'The new pier']]);
    // Not a "by" inside a verb phrase of the content's own.
    expect(pairs('The aides are said to be urging the mayor to play by the rules.')).toEqual([['', 'The aides are said to be urging the mayor to play by the rules']]);
  });

  it('adds a passive\'s complement after its agent to the content ("was criticized by residents for …"), but not an "of" that goes on with the agent', () => {
    const fragments = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(fragments('The mayor was criticized by residents for closing the pier.')).toEqual([['The mayor', 'for closing the pier']]);
    expect(fragments('The clerk was accused by a neighbour of hiding the ballots.')).toEqual([['The clerk', 'of hiding the ballots']]);
    expect(fragments('Her plan was praised by a number of sailors.')).toEqual([['Her plan']]);
  });

  it('reports the question after a passive "asked"\'s agent, not the one asked ("was asked by a reporter whether …")', () => {
    expect(pairs('Ruiz was asked by a reporter whether the ferry would run on Sundays.')).toEqual([['a reporter', 'whether the ferry would run on Sundays']]);
    expect(pairs('The mayor was asked by the host why the pier had closed.')).toEqual([['the host', 'why the pier had closed']]);
  });

  it('leaves the one asked or told out of a passive without an agent ("Ruiz was asked whether …"): what was said is reported', () => {
    expect(pairs('The mayor was asked whether the pier would reopen.')).toEqual([['', 'whether the pier would reopen']]);
    expect(pairs('Ruiz was told to leave the meeting.')).toEqual([['', 'to leave the meeting']]);
    // Another passive cue keeps its subject.
    expect(pairs('Mr. Reyes is accused of stealing two boats.')).toEqual([['', 'Mr. Reyes is accused of stealing two boats']]);
  });

  it('keeps a passive\'s complement to its time ("was blamed for the riots during the final"), which an active cue\'s object leaves out', () => {
    expect(pairs('The guards were blamed for the riots during the final match.')).toEqual([['', 'The guards were blamed for the riots during the final match']]);
    expect(pairs('Mr. Reyes is accused of stealing two boats in June 2015.')).toEqual([['', 'Mr. Reyes is accused of stealing two boats in June 2015']]);
    expect(pairs('Ms. Oduya blamed the guards for the riots during the final match.')).toEqual([['Ms. Oduya', 'the guards for the riots']]);
  });

  it('reports only a passive\'s subject when a subordinate clause follows it ("was booed at the rally when she …")', () => {
    expect(pairs('Ms. Oduya was booed at the rally when she praised the new tax.')).toEqual([['', 'Ms. Oduya'], ['she', 'the new tax']]);
    expect(pairs('The price was not disclosed, though the buyer is a local bank.')).toEqual([['', 'The price']]);
    // So is a phrase of where or when with no clause in it; a reported clause after one stays.
    expect(pairs('The memo was revealed last week in court papers.')).toEqual([['', 'The memo']]);
    expect(pairs('Ms. Oduya was told in March that the pier would close.')).toEqual([['', 'that the pier would close']]);
    // And a clause after a comma, but not a quotation there.
    expect(pairs('A year after the fund was announced, no families had applied.')).toEqual([['', 'the fund']]);
    expect(pairs('Ms. Oduya was asked, “Will you run again?”')).toEqual([['', 'Will you run again?']]);
  });

  it('reads no content in a time, frequency or manner alone after a cue ("booed loudly", "sparred for months"), and a passive\'s subject without it', () => {
    expect(pairs('The audience booed loudly.')).toEqual([]);
    expect(pairs('He said yes.')).toEqual([['He', 'yes']]);
    expect(pairs('The plan was ultimately approved last year, but the council balked.')).toEqual([['', 'The plan']]);
  });
  it('ends a reported clause at the writer’s comment after a comma ("…, a swipe at …"), not at a list, a clause or a name’s description', () => {
    expect(pairs('Ms. Oduya said the guards would keep the crowd calm, a jab at the rival campaign.')).toEqual([['Ms. Oduya', 'the guards would keep the crowd calm']]);
    expect(pairs('Ms. Oduya said the plan would work, a view that few economists share.')).toEqual([['Ms. Oduya', 'the plan would work']]);
    expect(pairs('Ms. Oduya said the plan would come through a bill, a decree or a vote.')).toEqual([['Ms. Oduya', 'the plan would come through a bill, a decree or a vote']]);
    expect(pairs('Ms. Oduya said that, for the first time, a woman would lead the board.')).toEqual([['Ms. Oduya', 'that, for the first time, a woman would lead the board']]);
    expect(pairs('Ms. Oduya said she had met Tom Reyes, a lawyer from Tucson.')).toEqual([['Ms. Oduya', 'she had met Tom Reyes, a lawyer from Tucson']]);
  });
  it('ends a reported clause at a clause of its own after a comma ("…, the crowd cheered"), not at a relative clause or after a fronted one', () => {
    expect(pairs('Ms. Oduya said the town was glad to have her back, the crowd cheered loudly.')).toEqual([['Ms. Oduya', 'the town was glad to have her back']]);
    expect(pairs('Ms. Oduya said the council met on Monday, which was a holiday.')).toEqual([['Ms. Oduya', 'the council met on Monday, which was a holiday']]);
    expect(pairs('Ms. Oduya said that if the bill passes, the town will grow.')).toEqual([['Ms. Oduya', 'that if the bill passes, the town will grow']]);
  });
  it('goes on past ", but" after a speech cue, unless it turns to the source or to another report', () => {
    expect(pairs('The agency says the tax would slow hiring at first, but would raise $8 billion over a decade.')).toEqual([['The agency', 'the tax would slow hiring at first, but would raise $8 billion over a decade']]);
    expect(pairs('Ms. Oduya said the bridge would close, but he kept driving over it.')).toEqual([['Ms. Oduya', 'the bridge would close']]);
    expect(pairs('Ms. Oduya said the bridge would close, but Tom Reyes said it would stay open.').map((p) => p[1])).toEqual(['the bridge would close', 'it would stay open']);
    expect(pairs('The survey found the town was growing, but the mayor left.')).toEqual([['The survey', 'the town was growing']]);
  });
  it('runs what resumes after a parenthetical source to the end of the sentence ("A, X said, that B, who …, C")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('It is no surprise, Ms. Oduya said, that the mayor, who grew up here, won the town easily.')).toEqual([['It is no surprise', 'that the mayor, who grew up here, won the town easily']]);
  });
  it('goes on after a parenthetical source with a clause joined by "but" or "and" ("A, X say, but B")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('The bill may not pass this year, its backers say, but it has wide support in the towns.')).toEqual([['The bill may not pass this year', 'but it has wide support in the towns']]);
  });
  it('ends a reported clause at ", and", ", while", a dash … that leads to a report of its own ("…, and when asked …, she said …")', () => {
    expect(pairs('Most voters said the roads were fine, while others said they were a disgrace.')).toEqual([['Most voters', 'the roads were fine'], ['others', 'they were a disgrace']]);
    expect(pairs('Fans say the coach is too cautious - his players say he is simply careful.')).toEqual([['Fans', 'the coach is too cautious'], ['his players', 'he is simply careful']]);
    expect(pairs('Ms. Oduya said she had not read the bill, and when asked whether she would vote for it, she said she would wait.')[0]).toEqual(['Ms. Oduya', 'she had not read the bill']);
  });
  it('ends a content before "when", "after", ", even as" … that opens a speech act of its own, unless that clause sits inside a "that" clause', () => {
    // After a comma (or a noun phrase), the subordinate clause is the writer's, with a report of its own.
    expect(pairs('Reporters asked about a speech the mayor had given the week before, when she claimed the port was closing.')).toEqual([['Reporters', 'a speech the mayor had given the week before'], ['she', 'the port was closing']]);
    expect(pairs('Ms. Ruiz said that she will back the nominee, even as she has criticized his remarks.')).toEqual([['Ms. Ruiz', 'that she will back the nominee'], ['she', 'his remarks']]);
    // A belief there too, when its verb is finite (not "be worried").
    expect(pairs('Ruiz hopes the council will not repeat the mistake, even as she understands how hard the vote will be.')).toEqual([['Ruiz', 'the council will not repeat the mistake'], ['she', 'how hard the vote will be']]);
    // "as" alone before a subject and a finite cue (not "as" before a noun phrase alone: "described it as a gamble").
    expect(pairs('The mayor has been citing the governor in nearly every speech as she praises his record on roads.')).toEqual([['The mayor', 'the governor in nearly every speech'], ['she', 'his record on roads']]);
    // A finding there too ("after an audit showed …"), when its verb is finite.
    expect(pairs('The mayor said the costs were too high, after an audit showed they had doubled.')).toEqual([['The mayor', 'the costs were too high'], ['an audit', 'they had doubled']]);
    expect(pairs('Lee said the port was closing, when he wouldn\'t be worried about the vote.')).toEqual([['Lee', 'the port was closing, when he wouldn\'t be worried about the vote']]);
    // "while", "though", "although" are such subordinators too: ", even though" leaves "even" out, and one opening a
    // "that" clause stays inside it; a comma inside a closing mark counts.
    expect(pairs('Lee said he is hopeful the plan will pass, even though many council members backed the levy.')).toEqual([['Lee', 'he is hopeful the plan will pass'], ['many council members', 'the levy']]);
    expect(pairs('Prosecutors argued that although Ruiz confessed, she showed no remorse.')).toEqual([['Prosecutors', 'that although Ruiz confessed, she showed no remorse']]);
    expect(pairs('Most voters say the two plans are “about right,” though they are more likely to say the levy is too high.')).toEqual([['Most voters', 'the two plans are “about right,”'], ['they', 'the levy is too high']]);
    // A clause without a comma goes on, and so does one fronted inside the reported clause.
    expect(pairs('Lee says he knew little about Ruiz before she announced her bid.')[0]).toEqual(['Lee', 'he knew little about Ruiz before she announced her bid']);
    expect(pairs('Ms. Oduya said that when the council criticized the plan, it was speaking for the town.')[0]).toEqual(['Ms. Oduya', 'that when the council criticized the plan, it was speaking for the town']);
  });
  it('ends a reported clause at a comma (or "but she") followed by another source reporting a clause ("A said X, B said Y"), not at a relative one', () => {
    expect(pairs('Republicans said taxes would fall, Democrats said they would rise.')).toEqual([['Republicans', 'taxes would fall'], ['Democrats', 'they would rise']]);
    expect(pairs('Ms. Oduya said the bridge was safe but she said the road would need repairs.')).toEqual([['Ms. Oduya', 'the bridge was safe'], ['she', 'the road would need repairs']]);
  });
  it('reads a gerund with its object before a finite verb as a clause\'s subject, so the clause runs past a comma ("says taxing land encourages A, B and C")', () => {
    expect(pairs('Ms. Oduya says taxing land encourages savings, investment and growth.')).toEqual([['Ms. Oduya', 'taxing land encourages savings, investment and growth']]);
  });
  it('leaves a sentence-opening connective and its comma out of the content before the source ("Still, …, X said"), but not "Instead,"', () => {
    expect(pairs('Still, the ferry will run on Sundays, the harbour master said.')).toEqual([['the harbour master', 'the ferry will run on Sundays']]);
    expect(pairs('In fact, fares have doubled since May, according to the council.')).toEqual([['the council', 'fares have doubled since May']]);
    expect(pairs('Instead, the town will build a bridge, the mayor said.')).toEqual([['the mayor', 'Instead, the town will build a bridge']]);
  });
  it('keeps "about" or "over" before a figure after the cue ("said about half of …"), where it is no particle of the verb ("spoke about the bridge")', () => {
    expect(pairs('The ferry office said about half of the crossings were cancelled.')).toEqual([['The ferry office', 'about half of the crossings were cancelled']]);
    expect(pairs('The ranger estimated over 300 geese had landed on the lake.')).toEqual([['The ranger', 'over 300 geese had landed on the lake']]);
    expect(pairs('The mayor spoke about the new bridge.')).toEqual([['The mayor', 'the new bridge']]);
  });
  it('reads "X seemed tired of …" / "X appears ready to …" like "X seemed to …": no source, the subject and the complement as content; not "appear before" a body', () => {
    const spans = (text: string): [string | null, string[]][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? null, a.content.spans.map((sp) => text.slice(sp.start, sp.end))]);
    expect(spans('The ferry crew seemed tired of the long dispute.')).toEqual([[null, ['The ferry crew', 'tired of the long dispute']]]);
    expect(spans('The harbour board appears ready to sell the pier.')).toEqual([[null, ['The harbour board', 'ready to sell the pier']]]);
    expect(spans('The minister will appear before the harbour board on Monday.')).toEqual([]);
    // A "that" of the writer's after a comma is no clause of the complement's: "seems calm, but that could change".
    expect(spans('The harbour seems calm, but that could change.')).toEqual([[null, ['The harbour', 'calm']]]);
  });
  it('starts the clause of "X seems to …" at the head of a subject with a phrase after it ("The plan of tying himself to the mayor did not appear to …")', () => {
    expect(contents('The bond between the city and the county appears to be strong.')).toEqual(['The bond between the city and the county appears to be strong']);
    expect(contents('Ruiz’s plan of tying himself to the mayor did not appear to pay off.')).toEqual(['Ruiz’s plan of tying himself to the mayor did not appear to pay off']);
    expect(contents('Ferry riders leaving the meeting seemed to be angry.')).toEqual(['Ferry riders leaving the meeting seemed to be angry']);
  });
  it('reads "know"/"feel" before a bare clause as a belief ("Reed knows the pier will close"), as before "that"', () => {
    expect(pairs('Reed knows the pier will close in May.')).toEqual([['Reed', 'the pier will close in May']]);
    expect(pairs('Many of the ferry crews feel the new schedule is unfair.')).toEqual([['Many of the ferry crews', 'the new schedule is unfair']]);
    // So do the rarer "realize", "suspect", "assume", "guess" (weak as words, but not before a clause).
    expect(pairs('Reed suspects the ferry will be late again.')).toEqual([['Reed', 'the ferry will be late again']]);
    // Not before an object: "knew the mayor well".
    expect(pairs('Reed knew the mayor well.')).toEqual([]);
  });
  it('reads a passive "X are considered Y" as sourceless, though the tagger calls the participle an adjective after a plural; not "were shocked that …"', () => {
    expect(pairs('The ferry riders are considered loyal customers.')).toEqual([['', 'The ferry riders are considered loyal customers']]);
    expect(sources('Ferry riders were shocked that the pier had closed.')).toEqual(['Ferry riders']);
  });
  it('reads "in X’s view" like "according to X": the possessor is the source, the clause around the phrase the content', () => {
    expect(pairs('In their view, the ferry could lose money.')).toEqual([['their', 'the ferry could lose money']]);
    expect(pairs('The only other step, in Professor Reed’s view, would be a new pier.')).toEqual([['Professor Reed’s', 'The only other step, in Professor Reed’s view, would be a new pier']]);
    // Not around another report: the view is inside what was said.
    expect(cues('Lee also says the pier was handled well in his view.')).toEqual(['says']);
    // "own" between the possessor and "view" is no part of the source.
    expect(pairs('In their own view, the ferry could lose money.')).toEqual([['their', 'the ferry could lose money']]);
    expect(sources('The last step, in Professor Reed’s own view, would be a new pier.')).toEqual(['Professor Reed’s']);
  });
  it('keeps the relative pronoun as the subject fragment of a sourceless "…, which is expected to …" clause', () => {
    const text = 'Lee runs the harvest fair, which is expected to draw large crowds.';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toEqual([['which', 'to draw large crowds']]);
  });
  it('reads "X is known for Y" as sourceless: the subject and what it is known for', () => {
    const text = 'The mayor, who is known for his long speeches, spoke for an hour.';
    expect(analyzeText(text).attributions.map((a) => [a.source?.text ?? null, a.content.spans.map((sp) => text.slice(sp.start, sp.end))])).toEqual([[null, ['who', 'his long speeches']]]);
  });
  it('reads "X is reportedly Y" as sourceless: the clause but the adverb ("X is" and "Y"); not "X reportedly told …", which is the speech cue\'s', () => {
    const spans = (text: string): [string | null, string[]][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? null, a.content.spans.map((sp) => text.slice(sp.start, sp.end))]);
    expect(spans('The harbour board is reportedly planning to sell the pier.')).toEqual([[null, ['The harbour board is', 'planning to sell the pier']]]);
    expect(spans('The mayor reportedly told aides that the pier would close.')).toEqual([['The mayor', ['that the pier would close']]]);
  });
  it('takes the object of the verb after "went on to" as the content ("went on to blame the crew"), and a quotation after "went on to say:"', () => {
    expect(pairs('The mayor went on to blame the ferry crew.')).toEqual([['The mayor', 'the ferry crew']]);
    expect(pairs('The mayor went on to say: “We will rebuild it.”')).toEqual([['The mayor', 'We will rebuild it.']]);
    // Whatever the tagger makes of the verb ("name" read as a noun).
    expect(pairs('The mayor went on to name towns that have lost their ferries.')).toEqual([['The mayor', 'towns that have lost their ferries']]);
    expect(() => analyzeText('The mayor went on to say:')).not.toThrow();
  });

  it('does not take a clause of when after a cue that takes no wh-clause as its content ("bristled when aides attacked her"), but does after "asked when"', () => {
    expect(contents('Lee scoffed when the council delayed the vote.')).not.toContain('when the council delayed the vote');
    expect(contents('Lee bristled when top aides Ruiz and Park, playing her rivals, attacked her harshly in a closed session.')).not.toContain('when top aides Ruiz and Park, playing her rivals, attacked her harshly in a closed session');
    expect(contents('Reporters asked when the bridge would reopen.')).toContain('when the bridge would reopen');
  });

  it('takes the object of the verb after "attempted to" as the content ("attempted to paint the plan as a tax"), but not past a phrasal verb ("attempting to reach out to …")', () => {
    expect(pairs('Ruiz attempted to paint the council plan as a tax on renters.')).toEqual([['Ruiz', 'the council plan as a tax on renters']]);
    expect(pairs('Lee was attempting to reach out to young voters in the suburbs.')).toEqual([['Lee', 'to reach out to young voters in the suburbs']]);
  });
  it('takes what a published piece is about as the content ("published a story about …"), not the piece', () => {
    expect(pairs('The Gazette published a story about the ferry crew.')).toEqual([['The Gazette', 'the ferry crew']]);
    expect(pairs('The Gazette published the story on Monday.')).toEqual([['The Gazette', 'the story']]);
  });
  it('leaves the "it" of "It was reported that …" out of the content', () => {
    const text = 'It was reported that the old pier would close.';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toEqual([['that the old pier would close']]);
  });
  it('keeps a party tag in parentheses at the end of the content ("Sen. Ana Ortiz (R-Texas).")', () => {
    expect(pairs('She said she would rather face Sen. Ana Ortiz (R-Texas).')).toEqual([['She', 'she would rather face Sen. Ana Ortiz (R-Texas)']]);
  });
  it('leaves the particle "out" of "shouted out …" / "blasted out …" out of the content', () => {
    expect(pairs('A man in the crowd shouted out an insult aimed at the mayor.')).toEqual([['A man in the crowd', 'an insult aimed at the mayor']]);
  });
  it('keeps "and push for …" in the clause reported by a past cue, where an uninflected cue word cannot go with "said"', () => {
    expect(pairs('The mayor said they would rebuild the pier and push for more ferries.')).toEqual([['The mayor', 'they would rebuild the pier and push for more ferries']]);
  });
  it('puts the "what" that is named first in the content ("in what officials called a deliberate attack")', () => {
    const text = 'The fire was in what officials called a deliberate attack.';
    expect(analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)))).toEqual([['what', 'a deliberate attack']]);
  });
  it('puts the relative that is named or described first in the content ("the plan, which she called a fair deal")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('The mayor backed the plan, which she called a fair deal.')).toEqual([['the plan'], ['which', 'a fair deal']]);
    expect(spans('Lee thanked the ferryman, whom he described as a loyal friend.')[1]).toEqual(['whom', 'as a loyal friend']);
  });
  it('reads a word after the subject relative "who" and before an object as its verb ("the Democrat who heads the panel")', () => {
    expect(sources('Ana Ruiz, the Ohio Democrat who heads the budget panel, which oversees the port, said the fees were too high.')).toEqual(['Ana Ruiz']);
  });
  it('puts the relative the reported clause is missing first in the content, after any cue ("the tax, which she said hurts shops")', () => {
    const spans = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((sp) => text.slice(sp.start, sp.end)));
    expect(spans('The mayor attacked the toll, which she said hurts small shops.')[1]).toEqual(['which', 'hurts small shops']);
    expect(spans('Lee wants a new pier, which he said the county should pay for.')[1]).toEqual(['which', 'the county should pay for']);
    // Not after a preposition, where the relative is the main clause's.
    expect(spans('It was a long interview, in which she said the pier would close.')).toEqual([['the pier would close']]);
  });
  it('leaves a sentence-opening "And"/"But" out of the content before "according to"', () => {
    expect(pairs('And ferry fares have doubled since May, according to the harbour board.')).toEqual([['the harbour board', 'ferry fares have doubled since May']]);
  });
  it('goes on past "…, according to X, and" with a verb or a clause, and gives a later verb the subject, not X', () => {
    const spansOf = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((x) => text.slice(x.start, x.end)));
    expect(spansOf('The council voted for the levy, according to the clerk, and the mayor signed it on Friday.')).toEqual([['The council voted for the levy', 'the mayor signed it on Friday']]);
    expect(spansOf('The Ruiz family watched the tape, according to their lawyers, and said they were shocked.')).toEqual([['The Ruiz family watched the tape', 'and said they were shocked']]);
    // "But" sets its clause against X's; its verb is still the subject's.
    expect(pairs('The Ruiz family watched the tape on Monday, according to their lawyers, but said they would not sue.')).toEqual([
      ['their lawyers', 'The Ruiz family watched the tape on Monday'], ['The Ruiz family', 'they would not sue'],
    ]);
  });
  it('keeps a name\'s short form in parentheses after it at the sentence\'s end ("the Harbour Safety Act (HSA).")', () => {
    expect(contents('Ruiz says she helped draft the Harbour Safety Act (HSA).')).toEqual(['she helped draft the Harbour Safety Act (HSA)']);
    // An aside with a verb of its own still closes the content.
    expect(contents('Ruiz said the pier was safe (it was not).')).toEqual(['the pier was safe']);
  });
  it('ends a reported clause before a dash and "a"/"an" noun with a relative clause of its own, the writer\'s comment', () => {
    expect(contents('Lee said he would cut the rate to 6 percent — a goal that no one has met since 2006.')).toEqual(['he would cut the rate to 6 percent']);
    expect(contents('Ruiz said she does not want the tax - a costly plan he has raised often.')).toEqual(['she does not want the tax']);
    // Not a noun the clause goes on with, nor an aside closed by a second dash.
    expect(contents('Ruiz said the fund — a pool that the council set up — was empty.')).toEqual(['the fund — a pool that the council set up — was empty']);
  });
  it('gives the copula\'s clitic in "That’s according to X" to the cue, and the pronoun alone to the content', () => {
    expect(pairs('That’s according to early returns from the county clerk.')).toEqual([['early returns from the county clerk', 'That']]);
    expect(cues('It\'s according to a survey of harbour workers.')).toEqual(["'s according to"]);
  });
  it('leaves a sentence-opening "Despite …," phrase out of the content before a trailing source, not when the source follows its comma', () => {
    expect(pairs('Despite a month of sharp attacks, Ruiz has failed to gain ground, according to a new poll.')).toEqual([['a new poll', 'Ruiz has failed to gain ground']]);
    expect(pairs('Despite the rain, the turnout was high, Lee said.')).toEqual([['Lee', 'the turnout was high']]);
    expect(contents('Despite his rough manner, Lee wrote, Ruiz is a devoted father.')[0]).toMatch(/^Despite his rough manner/);
  });
  it('skips a programme\'s title in quotation marks inside a phrase after "said" ("said on NBC\'s “Harbour Talk” on Sunday that …"), and a year\'s apostrophe', () => {
    expect(pairs('The mayor said on NBC\'s “Harbour Talk” on Sunday that the pier was safe.')).toEqual([['The mayor', 'that the pier was safe']]);
    expect(pairs("The mayor said on the radio show ''Harbour Talk'' that the pier was safe.")).toEqual([['The mayor', 'that the pier was safe']]);
    expect(pairs("The mayor said in '08 that the pier was safe.")).toEqual([['The mayor', 'that the pier was safe']]);
    // Not a quoted word that is not a title.
    expect(contents('The mayor said on Friday “We will rebuild” and left.')).toEqual(['We will rebuild']);
  });
  it('skips a programme\'s title in quotation marks as the addressee of "told" ("told “Harbour Talk” on Friday that …"), not a quotation', () => {
    expect(pairs('The mayor told “Harbour Talk” on Friday that the pier was safe.')).toEqual([['The mayor', 'that the pier was safe']]);
    expect(pairs('The mayor told reporters “We will win that race.”')).toEqual([['The mayor', 'We will win that race.']]);
  });
  it('ends a sentence after "U.S." or "p.m." when "He", "The" … follows, not before a capitalised noun ("the U.S. Senate")', () => {
    expect(pairs('Lee says the ferry is the best in the U.S. He says the crew is proud.')).toEqual([['Lee', 'the ferry is the best in the U.S.'], ['He', 'the crew is proud']]);
    expect(segment('Lee wrote to the U.S. Senate on Monday.').sentences).toHaveLength(1);
  });
  it('ends a sentence after a state\'s abbreviation when a quotation opens with a capital ("in Dover, Del. “B.”"), so B goes on with the quotation before', () => {
    expect(contents('“The pier is safe,” Lee said at a hearing in Dover, Del. “We checked every beam.”')).toEqual(['The pier is safe,” Lee said at a hearing in Dover, Del. “We checked every beam.']);
    expect(segment('Lee said in Dover, Del. “We checked every beam.”').sentences).toHaveLength(2);
  });
  it('does not go on with a next sentence’s quotation that opens another report’s content (“A,” Lee said. “B” before …, she said.)', () => {
    expect(pairs('The ferry runs again. “The pier is safe,” Lee said. “We checked every beam” before the storm came, she said.')).toEqual([
      ['Lee', 'The pier is safe,'], ['she', '“We checked every beam” before the storm came'],
    ]);
  });
  it('goes on with the next sentence’s quotation past a verb after a preposition (“A,” Lee said after publicly testifying. “B.”)', () => {
    expect(pairs('“The pier is safe,” Lee said after publicly testifying. “We checked every beam.”')).toEqual([['Lee', 'The pier is safe,” Lee said after publicly testifying. “We checked every beam.']]);
  });
  it('does not go on with a quotation in the same sentence that has a report of its own right after it (“A,” Lee said, but “B,” said Cruz)', () => {
    const lee = analyzeText('“The pier is safe,” Lee said, but after the storm, “we must check it again,” said Ana Cruz, the engineer.').attributions.find((a) => a.source?.text === 'Lee');
    expect(lee?.content.text).toBe('The pier is safe,');
  });
  it('goes on with a quotation closing the paragraph across the writer’s sentences (“A,” said Lee, who runs the yard. She has … “B.” ¶), not across a report', () => {
    expect(pairs('“I am better with my hands than with my head,” said Robin Lee, who runs the boatyard. She has worked there for twenty years. “But I like the work.”\n\nThe yard closes in May.')).toEqual([
      ['Robin Lee', 'I am better with my hands than with my head,” said Robin Lee, who runs the boatyard. She has worked there for twenty years. “But I like the work.'],
    ]);
    expect(pairs('“I am better with my hands than with my head,” said Robin Lee. Her brother says the yard is doing well. “But I like the work.”\n\nThe yard closes in May.')).toEqual([
      ['Robin Lee', 'I am better with my hands than with my head,'], ['Her brother', 'the yard is doing well. “But I like the work.'],
    ]);
  });
  it('gives the next sentence’s quotation to "adding that …" after a quotation’s attribution (“A,” Lee said, adding that C. “B.”)', () => {
    expect(pairs('“The pier is safe,” Lee said, adding that the ferry would run again in May. “We checked every beam.”')).toEqual([
      ['Lee', 'The pier is safe,'], ['Lee', 'that the ferry would run again in May. “We checked every beam.'],
    ]);
  });
  it('goes on with a quotation on the next line when lines are not blank-line paragraphs (“A,” said X, a …⏎“B.”), and not over a blank line', () => {
    expect(pairs('“The pier is safe,” said Lee, a harbour engineer from Dover.\n“We checked every beam.”\nThe ferry runs again.')).toEqual([['Lee', 'The pier is safe,” said Lee, a harbour engineer from Dover.\n“We checked every beam.']]);
    expect(pairs('“The pier is safe,” said Lee, a harbour engineer from Dover.\n\n“We checked every beam.” The ferry runs again.')).toEqual([['Lee', 'The pier is safe,']]);
  });
});

describe('recall: forms the tagger misreads', () => {
  it('reads "say" after a noun as the verb ("Border experts say …", "The union chief says …"), and as a noun only after a determiner ("their say")', () => {
    expect(pairs('Border experts say the fence does little.')).toEqual([['Border experts', 'the fence does little']]);
    expect(pairs('The union chief says the strike will go on.')).toEqual([['The union chief', 'the strike will go on']]);
    expect(pairs('Voters finally had their say in the primary.')).toEqual([]);
  });
});

describe('recall: what a source’s clause is set in', () => {
  it('reads no content in a prepositional phrase without a verb before the source ("On the last day …, X is reflecting on …"), but a clause after it reports', () => {
    expect(pairs('On the last day of the race, Kasich is reflecting on his losses.')).toEqual([]);
    expect(pairs('With 40 seats at stake, she is assured of a majority.')).toEqual([]);
    expect(pairs('In fact, the plan will cost more, analysts say.')).toEqual([['analysts', 'the plan will cost more']]); // (the connective is left out: SENTENCE_CONNECTIVES)
  });
  it('reads no content in a lone adverbial clause before the source ("When the storm hit, the mayor felt …"), but one with a main clause of its own reports', () => {
    expect(pairs('When the storm hit the harbour, the mayor felt abandoned by the council.')).toEqual([]);
    expect(pairs('But if the ferry sinks, you would never know it.')).toEqual([]);
    expect(pairs('While the pier is old, the council will repair it soon, the mayor said.')).toEqual([['the mayor', 'While the pier is old, the council will repair it soon']]);
  });
  it('reads no content in a few words of time or discourse before the source ("Then, she apologized", "Two weeks earlier, …")', () => {
    expect(pairs('Then, the ferry captain apologized.')).toEqual([]);
    expect(pairs('Two weeks earlier, the harbour master spoke with reporters.')).toEqual([]);
    expect(pairs('Fares will rise, the harbour master said.')).toEqual([['the harbour master', 'Fares will rise']]);
  });
});

describe('recall: survey subjects', () => {
  it('reads "polling" before the clause’s verb as the noun heading its subject ("Recent polling shows …"), not after an auxiliary', () => {
    expect(pairs('Recent polling shows the senator has a clear lead.')).toEqual([['Recent polling', 'the senator has a clear lead']]);
    expect(pairs('The same polling suggests that turnout will be low.')).toEqual([['The same polling', 'that turnout will be low']]);
  });
});

describe('recall: quotations after "according to"', () => {
  it('takes a quotation opening after "According to X," whole, over the sentences it runs on', () => {
    expect(pairs('Mook spoke first. According to Lee, “We won the vote. They lost it. It is over now.” Lee then left.')).toEqual([['Lee', 'We won the vote. They lost it. It is over now.']]);
  });
});

describe('recall: a participle introducing the next paragraph', () => {
  it('takes the paragraph after "…, reporting:" as the content of the participle, for the main clause’s subject', () => {
    expect(pairs('The Ledger ran a long story, reporting:\n\nThe council voted nine to two for the new bridge.')).toEqual([['The Ledger', 'The council voted nine to two for the new bridge.']]);
  });
});

describe('recall: a signature on the line below a quotation', () => {
  it('reads "- Name." on a line of its own under a quotation as its source, not a line set between dashes', () => {
    expect(pairs('The mayor spoke at noon.\n\n"We will rebuild the bridge by spring."\n\n- Ann Lee.\n\nThe council met later.')).toEqual([['Ann Lee', 'We will rebuild the bridge by spring.']]);
    expect(pairs('The mayor spoke at noon.\n\n"We will rebuild the bridge by spring."\n\n– Ready to vote –.\n\nThe council met later.')).toEqual([]);
  });
});

describe('recall: a speech verb opening the sentence', () => {
  it('reads the words after an opening "Said" up to the comma or colon before a quotation as the source ("Said Ann Lee, who …, “…”")', () => {
    expect(pairs('Said Ann Lee, who grew up next door, “We were all so proud of him.”')).toEqual([['Ann Lee, who grew up next door', 'We were all so proud of him.']]);
    expect(pairs('Stated Lee:\n\n“It is a real problem. And it grows.”')).toEqual([['Lee', 'It is a real problem. And it grows.']]);
    expect(pairs('Asked about the plan, Lee said, “We will see.”').map((p) => p[0])).toEqual(['', 'Lee']);
  });
});

describe('recall: a verb the lexicon lacks after a quotation', () => {
  it('reads any past verb that follows “…,” with only its subject (and an adverbial) and ends the sentence as the cue ("“Go home,” Oliver barked.")', () => {
    expect(pairs('“Go home right now,” Oliver barked.')).toEqual([['Oliver', 'Go home right now,']]);
    expect(pairs('“France will stay France,” an angry Hollande retaliated.')).toEqual([['an angry Hollande', 'France will stay France,']]);
    expect(pairs('“Go home right now,” Oliver fumed on the porch.')).toEqual([['Oliver', 'Go home right now,']]);
    expect(pairs('“Go home right now,” Oliver opened the door.')).toEqual([]);
  });
});

describe('recall: a survey heading its findings', () => {
  it('reads "Poll:" opening a headline as a label whose findings follow, whatever their case', () => {
    expect(pairs('Poll: Lee and Ruiz in dead heat before the vote.\n\nThe race is close.')).toEqual([['Poll', 'Lee and Ruiz in dead heat before the vote.']]);
  });
});

describe('recall: a name heading the title line', () => {
  it('reads capitalised words before a colon in the title line as who says what follows, not an article or a kicker with a preposition', () => {
    expect(pairs('City Daily News: Council backs the new bridge.\n\nThe meeting ran late.')).toEqual([['City Daily News', 'Council backs the new bridge.']]);
    expect(pairs('De Souza: Trust the police on security.\n\nThe meeting ran late.')).toEqual([['De Souza', 'Trust the police on security.']]);
    expect(pairs('The Latest: Council votes on the budget.\n\nThe meeting ran late.')).toEqual([]);
    // (The headline's own verb reports: the council backs the bridge.)
    expect(pairs('Big Win For Lee: Council Backs Bridge.\n\nThe meeting ran late.')).toEqual([['Council', 'Bridge']]);
  });
});

describe('recall: a weak cue with its preposition', () => {
  it('reads "disagreed with", "knew of" as reports on their own, without a clause after them', () => {
    expect(pairs('Ms. Okafor disagreed with the new parking rules.')).toEqual([['Ms. Okafor', 'the new parking rules']]);
    expect(pairs('Only two board members knew of the merger talks.')).toEqual([['two board members', 'the merger talks']]);
  });
});

describe('source: a noun modifier the lexicon reads as a verb', () => {
  it('keeps a bare verb opening the source after a comma as part of it ("…, tax filings show")', () => {
    expect(pairs('Water bills rose fastest in the north, tax filings show.')).toEqual([['tax filings', 'Water bills rose fastest in the north']]);
  });
});

describe('source: a plural subject opening the sentence that the lexicon reads as a verb', () => {
  it('reads a capitalised -s word before a bare verb, or before "show" and its object, as the plural subject', () => {
    expect(pairs('Surveys show tenants pay too much rent.')).toEqual([['Surveys', 'tenants pay too much rent']]);
    expect(pairs('Engineers say the ferry is unsafe.')).toEqual([['Engineers', 'the ferry is unsafe']]);
    expect(pairs('Engineers at the port have questioned whether the cables can hold.')).toEqual([['Engineers at the port', 'whether the cables can hold']]);
  });
});

describe('source: a name after a noun of what is said (a relative clause without "that")', () => {
  it('takes the name, not the noun before it, as the source ("a claim Nair repeated")', () => {
    expect(pairs('There is a claim Nair repeated that the figures were inflated.')).toEqual([['Nair', 'that the figures were inflated']]);
    // (A capitalised noun is part of the name, "Hope Hicks"; a noun that is no report is a modifier, "defense ministers".)
    expect(pairs('Defense ministers urged more patrols.')).toEqual([['Defense ministers', 'more patrols']]);
  });

  it('takes the noun after a comma as the content of the relative clause ("…, a claim Lee denied")', () => {
    expect(pairs('Tenants said the heating failed for weeks, a claim Okafor disputed.')).toEqual([['Tenants', 'the heating failed for weeks'], ['Okafor', 'a claim']]);
    expect(pairs('The count was close, a fact Okafor acknowledged on Monday.')).toEqual([['Okafor', 'a fact']]);
    // Also when the subject is a noun phrase of its own, not a name.
    expect(pairs('Tenants said the heating failed for weeks, a claim the landlord disputed.')).toEqual([['Tenants', 'the heating failed for weeks'], ['the landlord', 'a claim']]);
  });
});

describe('source: a noun the lexicon reads as an adjective', () => {
  it('reads "expert" or "chief" at the end of a noun phrase after an article as the noun ("said the expert.", "a data expert who …")', () => {
    expect(pairs('“The bridge will not reopen this year,” said the expert.')).toEqual([['the expert', 'The bridge will not reopen this year,']]);
    expect(pairs('“Nobody checked the pumps,” said a longtime water expert who worked for the city.')).toEqual([['a longtime water expert who worked for the city', 'Nobody checked the pumps,']]);
    expect(pairs('“We will appeal,” said the chief of the tenants’ union.')).toEqual([['the chief of the tenants’ union', 'We will appeal,']]);
    // (A comma after an article's adjective may join another adjective: the object runs on.)
    expect(pairs('Lee described him as a patient, careful negotiator.')).toEqual([['Lee', 'him as a patient, careful negotiator']]);
  });
});

describe('content: a sentence that goes on after an inverted source', () => {
  it('reports the noun phrase before "said X," and the rest of the sentence from its verb', () => {
    expect(pairs('The real test, says Ana Ruiz, a historian at the college, will come next year.')).toEqual([['Ana Ruiz', 'The real test, says Ana Ruiz, a historian at the college, will come next year']]);
    const [found] = analyzeText('The worst of the flooding, said Tom Bell and others, is still to come.').attributions;
    expect(found?.content.spans.map((sp) => 'The worst of the flooding, said Tom Bell and others, is still to come.'.slice(sp.start, sp.end))).toEqual(['The worst of the flooding', 'is still to come']);
    // (A participle set off by commas is no inverted source: "called", "announced" name or date the thing.)
    expect(pairs('The fund, called Harbor Trust, owns the pier.')).toEqual([]);
  });

  it('accepts a participle in an appositive that ends the sentence ("said Ana Ruiz, an aide now working for …")', () => {
    expect(pairs('Landlords have more room to walk away from the deal, said Ana Ruiz, an aide currently working for the council.')).toEqual([['Ana Ruiz', 'Landlords have more room to walk away from the deal']]);
  });
});

describe('source: the people a survey asked ("voters polled said")', () => {
  it('reads a participle of asking between a noun and the verb as part of the source', () => {
    expect(pairs('Most tenants surveyed said the rent rise was unfair.')).toEqual([['Most tenants surveyed', 'the rent rise was unfair']]);
    expect(pairs('Those interviewed said the pier was unsafe.')).toEqual([['Those interviewed', 'the pier was unsafe']]);
  });
});

describe('content: "though" set off by commas after the cue', () => {
  it('reads "though" before a comma as an adverb, not the content ("She added, though, that …")', () => {
    expect(pairs('She added, though, that the pier would stay shut.')).toEqual([['She', 'that the pier would stay shut']]);
  });
});

describe('content: a gerund after a possessive pronoun is a noun', () => {
  it('reads "in his filing" as a phrase of where, so the addressee of "told" has nothing reported after it', () => {
    expect(pairs('The county was only doing its job, he told the court in his filing.')).toEqual([['he', 'The county was only doing its job']]);
  });
});

describe('attribute: a sentence with no full stop', () => {
  it('finds a cue that ends a headline or a last line with no punctuation after it', () => {
    expect(pairs('“The pier will reopen in May,” the harbour master said')).toEqual([['the harbour master', 'The pier will reopen in May,']]);
    expect(pairs('Pier to reopen in May, harbour master says')).toEqual([['harbour master', 'Pier to reopen in May']]);
  });
});

describe('source: a description set off after "According to X,"', () => {
  it('takes an appositive with "a" or a relative clause into the source, not the content', () => {
    expect(pairs('According to Ana Ruiz, a spokeswoman for the agency, the pier is unsafe.')).toEqual([['Ana Ruiz, a spokeswoman for the agency', 'the pier is unsafe']]);
    expect(pairs('According to Ana Ruiz, who asked not to be named, the pier is unsafe.')).toEqual([['Ana Ruiz, who asked not to be named', 'the pier is unsafe']]);
    // (A noun phrase with "the" after the comma is the content's subject.)
    expect(pairs('According to Ana Ruiz, the pier, which opened in May, is unsafe.')).toEqual([['Ana Ruiz', 'the pier, which opened in May, is unsafe']]);
  });
});

describe('content: a report inside parentheses', () => {
  it('leaves out the closing parenthesis whose opening one is before the content', () => {
    expect(pairs('The count was close (Okafor said it was the closest in years).')).toEqual([['Okafor', 'it was the closest in years']]);
  });
});

describe('tokens: a plural subject and its bare verb, a plural noun before a modal', () => {
  it('reads "believe" after a plural noun as its verb, and an -s word after "that" and before "will" as a plural noun', () => {
    expect(pairs('Traders believe rates will rise.')).toEqual([['Traders', 'rates will rise']]);
    expect(pairs('Many traders believe that rates will rise.')).toEqual([['Many traders', 'that rates will rise']]);
    // ("news" ends in -s but is no plural: "report" after it is still the noun of the subject.)
    expect(pairs('A news report described the mayor as tired.')).toEqual([['A news report', 'the mayor as tired']]);
  });

  it('reads "rights" as a plural noun ("human rights groups"), not a verb ending the source', () => {
    expect(pairs('The ruling was welcomed by human rights groups.')).toEqual([['human rights groups', 'The ruling']]);
    expect(pairs('Civil rights leaders warned that the law would suppress turnout.')).toEqual([['Civil rights leaders', 'that the law would suppress turnout']]);
  });
});

describe('tokens: an adjective compromise does not list, by its ending', () => {
  it('reads "confident" and "skeptical" as adjectives of stance, and an -ed word between a noun and "that" as the verb', () => {
    expect(pairs('The mayor is confident that the pier will open.')).toEqual([['The mayor', 'that the pier will open']]);
    expect(pairs('Tenants are skeptical that the rent will fall.')).toEqual([['Tenants', 'that the rent will fall']]);
    expect(pairs('The editorial noted that the mayor had not visited.')).toEqual([['The editorial', 'that the mayor had not visited']]);
  });

  it('reads an adjective after an article as the noun once the -ed word after it is the verb, with or without "that" ("The editorial noted the …")', () => {
    expect(pairs('The editorial noted the levy was unfair.')).toEqual([['The editorial', 'the levy was unfair']]);
    expect(pairs('The individual noted the levy was unfair.')).toEqual([['The individual', 'the levy was unfair']]);
    // After a possessive pronoun too ("Their rival noted …"), not before a past form describing a noun ("his plant-based diet").
    expect(pairs('Their rival noted the levy was unfair.')).toEqual([['Their rival', 'the levy was unfair']]);
    expect(pairs('Her rival noted the levy was unfair.')).toEqual([['Her rival', 'the levy was unfair']]);
    const text = 'He kept his strict plant-based diet.';
    expect(tokenize(text, { start: 0, end: text.length }).find((t) => t.text === 'strict')?.pos).toBe('adj');
  });
});

describe('tokens: a compound whose head the lexicon reads as a verb', () => {
  it('reads "care" after "health" as the noun, so a list with it goes on ("jobs, schools and health care")', () => {
    expect(tags('They talked about health care and jobs.')).toEqual(['pron', 'verb', 'prep', 'noun', 'noun', 'conj', 'noun', 'punct']);
    expect(contents('Ruiz pledged better jobs, schools and health care.')).toEqual(['better jobs, schools and health care']);
  });
});

describe('tokens: two sponsors in capitals joined by a slash', () => {
  it('keeps "CNN/ORC" one word, so the poll is the whole source ("according to a WXYZ/KLM poll")', () => {
    expect(pairs('Tenants back the rent freeze, according to a WXYZ/KLM poll.')).toEqual([['a WXYZ/KLM poll', 'Tenants back the rent freeze']]);
    // (Not a name in capitals and one in lower case: "TODAY/Suffolk" stays three words.)
    const text = 'a TODAY/Suffolk poll';
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual(['a', 'TODAY', '/', 'Suffolk', 'poll']);
  });
});

describe('content: a headline set in title case', () => {
  it('reads the capitalised words after the cue as its content, not as names of when and where', () => {
    expect(pairs('Harbour Master Vows To Reopen Pier Before Winter')).toEqual([['Harbour Master', 'Reopen Pier']]);
    // (Names of when and where after a cue in running text are still no content.)
    expect(pairs('The harbour master spoke on Monday in Portsmouth.')).toEqual([]);
  });
});

describe('source: a reaction the subject receives', () => {
  it('reads "drew criticism from X" with X as the source and the subject as the content', () => {
    expect(pairs('The new toll has drawn criticism from local drivers.')).toEqual([['local drivers', 'The new toll']]);
    expect(pairs('The mayor’s budget drew criticism from two council members on Monday.')).toEqual([['two council members', 'The mayor’s budget']]);
  });
});

describe('tokens: a given name in lower case', () => {
  it('does not read a word the lexicon knows only as a given name as a name when it is in lower case ("drew", "sue")', () => {
    const text = 'The firm drew a crowd and may sue Drew.';
    const words = tokenize(text, { start: 0, end: text.length });
    expect(words.filter((t) => t.pos === 'proper').map((t) => t.text)).toEqual(['Drew']);
  });
});

describe('tokens: an adjective heading a singular subject before its -s verb', () => {
  it('reads "A resident insists …" and "One expert says …" as a noun and its verb (no plural follows "a" or "one")', () => {
    expect(pairs('A resident insists the pier is safe.')).toEqual([['A resident', 'the pier is safe']]);
    expect(pairs('One expert says the pier is safe.')).toEqual([['One expert', 'the pier is safe']]);
  });
});

describe('tokens: a participle describing the noun before it, with an adverbial before the clause\'s verb', () => {
  it('reads "posted online shows …" and "sent to the members says …" as the subject\'s description and its verb', () => {
    expect(pairs('A video posted online shows the mayor shouting at a clerk.')).toEqual([['A video', 'the mayor shouting at a clerk']]);
    expect(pairs('A letter sent to the members says the union will strike.')).toEqual([['A letter', 'the union will strike']]);
  });
});

describe('tokens: an -ed word after a name opening a clause', () => {
  it('reads an -ed word the lexicon calls an adjective as the past verb after a name that opens a clause, after a comma or a conjunction, as it does at the start', () => {
    const past = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).filter((t) => t.verbForm === 'past').map((t) => t.text);
    expect(past('In a filing, Ana Ruiz noted in passing that the pier was old.')).toEqual(['noted']);
    expect(past('The pier was old, as Ruiz noted in her column.')).toEqual(['noted']);
  });
});

describe('content: a negated infinitive after the cue', () => {
  it('reports "not to …" after a cue of deciding ("decided not to run"), unless its verb is a cue', () => {
    expect(pairs('The harbour board decided not to raise the fees.')).toEqual([['The harbour board', 'not to raise the fees']]);
  });
});

describe('segment: a block quotation in straight marks inside curly-quoted text', () => {
  const quoted = (text: string): string[] => segment(text).quotes.all.map((q) => text.slice(q.inner.start, q.inner.end));
  it('opens a quotation at a straight mark that starts a paragraph after a colon, and goes on while each paragraph opens with one', () => {
    const text = 'The mayor wrote “the answer is simple” and listed her reasons:\n\n"The bridge is too old.\n\n"The ferry costs less.\n\n"The harbour needs the money."';
    expect(quoted(text)).toEqual(['the answer is simple', 'The bridge is too old.\n\n"The ferry costs less.\n\n"The harbour needs the money.']);
  });

  it('reads no report in time passing ("as the day went on")', () => {
    expect(cues('As the day went on, Ruiz grew angry and said the talks had failed.')).toEqual(['said']);
  });

  it('reads curly marks inside a straight-quoted quotation as a quotation inside it, not as closing it', () => {
    expect(contents('Ruiz said "the “deal” is dead," and left the hall.')).toEqual(['the “deal” is dead,']);
    expect(contents('"The “deal” is dead," Ruiz said.')).toEqual(['The “deal” is dead,']);
  });

  it('still ignores such a mark after a paragraph that ends a sentence, or before a transcript\'s turn', () => {
    expect(quoted('She called it “a rant.”\n\n"Ann thought the whole thing was silly. She said so.')).toEqual(['a rant.']);
    expect(quoted('The host asked “why now?” and he answered:\n\n"LEE: Because the money ran out.')).toEqual(['why now?']);
  });
});

describe('segment: paragraphs set a line each', () => {
  const paragraphs = (text: string): string[] => segment(text).paragraphs.map((p) => text.slice(p.start, p.end));
  it('ends a paragraph at a lone line break after a sentence when the text has no blank lines between paragraphs', () => {
    expect(paragraphs('The ferry will stop in May.\nThe mayor called it “a loss.”\n“We tried,” she said.\nRepairs will\ncost more.')).toEqual([
      'The ferry will stop in May.', 'The mayor called it “a loss.”', '“We tried,” she said.', 'Repairs will\ncost more.',
    ]);
  });

  it('keeps the lines of a block quotation in one paragraph in text with blank lines between paragraphs', () => {
    expect(paragraphs('The mayor wrote:\n\nThe ferry will stop.\nThe bridge will open.\n\nShe left.')).toEqual(['The mayor wrote:', 'The ferry will stop.\nThe bridge will open.', 'She left.']);
  });
});

describe('attribute: a cue inside a quotation set in doubled straight marks', () => {
  it('does not read the closing \'\' after a comma as an inner quotation the cue introduces', () => {
    expect(cues("''If the ferry stops, it is easy to find someone to blame,'' said Ann Lee. ''It is not the crew.''")).toEqual(['said']);
  });

  it('keeps an inner quotation in single marks only where segment opened one (not a straight \' inside a straight "…")', () => {
    expect(pairs('"When the clerk said, \'We are closed for the day,\' we left," said Ana Ruiz.')).toEqual([['Ana Ruiz', 'When the clerk said, \'We are closed for the day,\' we left,']]);
    expect(pairs('“When the clerk said, ‘We are closed for the day,’ we left,” said Ana Ruiz.')).toEqual([['Ana Ruiz', 'When the clerk said, ‘We are closed for the day,’ we left,'], ['the clerk', 'We are closed for the day,']]);
  });
});

describe('attribute: a colon after a verb\'s object', () => {
  it('takes the verb\'s subject as the source and the verb phrase as the cue ("X issued the following statement: “…”")', () => {
    const found = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(found('The harbor chief delivered a sharp reply to the council: “We are not to blame.”')).toEqual([['The harbor chief', 'delivered a sharp reply to the council:', 'We are not to blame.']]);
    // An agent after "by" is the source itself.
    expect(found('The delay is best shown by one number: “Nine ferries were late.”').map((a) => a[0])).toContain('one number');
  });

  it('reads a clause ending in an adverb or adjective before the colon as the cue, its subject as the source ("X went even further: “…”")', () => {
    const found = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(found('At a rally later that day, Ruiz went even further: “If the board stalls, the pier stays shut.”')).toEqual([['Ruiz', 'went even further:', 'If the board stalls, the pier stays shut.']]);
    expect(found('A note in the council report makes that clear: “These figures exclude the harbor.”')).toEqual([['A note in the council report', 'makes that clear:', 'These figures exclude the harbor.']]);
    // A party tag in parentheses before the colon ends the source.
    expect(found('Rep. Ana Ruiz (D-Ore.): "Nobody told us about the closure."')).toEqual([['Rep. Ana Ruiz (D-Ore.)', ':', 'Nobody told us about the closure.']]);
  });

  it('takes the clause\'s subject as the source when the phrase before the colon follows its verb ("X replied, with a smile: “…”")', () => {
    const found = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(found('Ruiz replied calmly, with a grin: “That happens at any age.”')).toEqual([['Ruiz', 'replied calmly, with a grin:', 'That happens at any age.']]);
    expect(found('A second aide familiar with the talks agreed, but with a caveat: “He is one of many players.”')).toEqual([['A second aide familiar with the talks', 'agreed, but with a caveat:', 'He is one of many players.']]);
    // (Not a name after a dash, who is quoted under a heading.)
    expect(found('Ferry use fell sharply last year - Ann Lee: “The numbers are stark.”').map((a) => a[0])).toEqual(['Ann Lee']);
  });

  it('reports a plain object before the colon with the quotation, the verb alone the cue ("X adopted the stance …: “…”"); not a noun of speech, an addressee or a phrase', () => {
    const found = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(found('Ruiz adopted the position common among harbor officials: “I back the pier, but not the fee.”')).toEqual([['Ruiz', 'adopted', 'the position common among harbor officials: “I back the pier, but not the fee.”']]);
    expect(found('Lee played up her record on ferries: “Who built the new terminal?”')).toEqual([['Lee', 'played up', 'her record on ferries: “Who built the new terminal?”']]);
    // A verb cue takes it the same way, and only once.
    expect(found('The audit reveals a few telling numbers: “Of its 40 ferries, nine are idle.”')).toEqual([['The audit', 'reveals', 'a few telling numbers: “Of its 40 ferries, nine are idle.”']]);
    // A noun of speech announces the quotation; an addressee, a pronoun or a phrase is no content.
    expect(found('Ruiz added a caveat: “The fee may still rise.”')).toEqual([['Ruiz', 'added a caveat:', 'The fee may still rise.']]);
    expect(found('Lee told the crowd: “We will reopen the pier.”').map((a) => a[2])).toEqual(['We will reopen the pier.']);
    expect(found('Lee scolded him: “You are wrong.”').map((a) => a[2])).toEqual(['You are wrong.']);
    expect(found('Lee said in a statement: “We will reopen the pier.”').map((a) => a[2])).toEqual(['We will reopen the pier.']);
    expect(found('Lee wrote back: “We will reopen the pier.”').map((a) => a[2])).toEqual(['We will reopen the pier.']);
  });
});

describe('an adverbial phrase before the reported clause', () => {
  it('skips a phrase ending in a noun after "to" before "that" ("acknowledged in a letter to donors that …")', () => {
    expect(contents('Ruiz acknowledged in a letter to donors that the campaign was in debt.')).toEqual(['that the campaign was in debt']);
  });
});

describe('an adverb between the cue and its clause', () => {
  it('is left out before "if" and "whether" as before "that" ("wondered aloud if …")', () => {
    expect(contents('The chairman wondered aloud if the board had been misled. Ana asked bluntly whether the pool would open.')).toEqual(['if the board had been misled', 'whether the pool would open']);
  });
});

describe('a long phrase of time and place before the reported clause', () => {
  it('is skipped up to ", that" ("said Thursday during a taping of a town hall in Buffalo, New York, that …")', () => {
    expect(contents('Lee said Thursday during the taping of a radio show at a diner in Dayton, Ohio, that the state would appeal.')).toEqual(['that the state would appeal']);
  });
});

describe('an aside between the source and its cue', () => {
  it('may open with an adverb and a participle ("Lee, now retired in Maine, said")', () => {
    expect(pairs('“We lost,” Lee, now retired in Maine, said. Ana Ruiz, once considered a favorite, said the race was over.')).toEqual([['Lee', 'We lost,'], ['Ana Ruiz', 'the race was over']]);
  });
});

describe('"According to X, …" with an aside after the source', () => {
  it('takes a relative clause after the source into the source and leaves it out of the content', () => {
    expect(pairs('According to Lee, who chairs the panel, the vote was rigged.')).toEqual([['Lee, who chairs the panel', 'the vote was rigged']]);
  });
});

describe('a coordinated participial phrase after the subject', () => {
  it('is not an aside that hides the subject ("An opinion drafted for the firm, and obtained by AP, concluded …")', () => {
    expect(pairs('A memo drafted for the mayor in May, and obtained by the Ledger, concluded that the pier was unsafe.')).toEqual([['A memo', 'that the pier was unsafe']]);
  });
});

describe('an object pronoun as the addressee', () => {
  it('is left out before a reported clause without "that" ("told me the plan was dead")', () => {
    expect(contents('Lee told me the pier was closed. Ana told them the budget had run out.')).toEqual(['the pier was closed', 'the budget had run out']);
  });
});

describe('sources named after their cue', () => {
  it('ends the source before the occasion or the time of the remark, not before an affiliation', () => {
    expect(sources('“It will be hard,” said Robin Lee with a grin.')).toEqual(['Robin Lee']);
    expect(sources('“It will be hard,” said Robin Lee on Monday.')).toEqual(['Robin Lee']);
    expect(sources('“It will be hard,” said Robin Lee Monday.')).toEqual(['Robin Lee']);
    expect(sources('“It is over,” wrote Ann Ruiz in The Times.')).toEqual(['Ann Ruiz']);
    expect(sources('“It is over,” said Lee on CNN.')).toEqual(['Lee']);
    expect(sources('“We are done,” said Pat Osei of the firm in a statement.')).toEqual(['Pat Osei of the firm']);
    expect(sources('The deal is off, according to Pat Osei in a statement.')).toEqual(['Pat Osei']);
    expect(sources('“We are done,” said a person close to the mayor.')).toEqual(['a person close to the mayor']);
    expect(sources('According to exit polls released Tuesday, turnout fell.')).toEqual(['exit polls released Tuesday']);
  });

  it('reads a participle after its noun, dated before the sentence’s reporting verb, as part of the source', () => {
    const triples = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
    expect(triples('A news report published Wednesday said the mayor lied.')).toEqual([['A news report', 'said', 'the mayor lied']]);
    expect(triples('A survey posted on Friday showed that fares rose.').map((a) => a[1])).toEqual(['showed']);
    // (A phrasal verb's particle is no place: "shouted out an insult aimed at …" is the woman's.)
    expect(triples('The woman shouted out an insult aimed at the mayor.').map((a) => a[1])).toEqual(['shouted']);
    // (An adverb may come before the participle, and a name after it its apposition between commas.)
    expect(triples('A guide just published for students explains that the treaty failed.')).toEqual([['A guide just published for students', 'explains', 'that the treaty failed']]);
    expect(triples('A man later identified as Tom Bell, a teacher from Ohio, asked whether Ruiz would resign.').map((a) => a[1])).toEqual(['asked']);
    // ("to" read as a conjunction before a name is a preposition too.)
    expect(triples('Grainy footage credited to Channel Four showed the crowd at the gate.').map((a) => a[1])).toEqual(['showed']);
    expect(triples('A letter credited to 20 scientists warned that the dam was unsafe.').map((a) => a[1])).toEqual(['warned']);
    // (After an adverb, a main verb whose later verb may itself describe a noun: "also said … a report published …".)
    expect(triples('The council also said in a report published Monday that rents rose.')).toEqual([['The council', 'said', 'that rents rose']]);
  });

  it('reads a lone past form after "said" and a noun as the reported clause’s verb, not as a description of a source', () => {
    const found = analyzeText('One coach backing Ruiz, Tom Bell of the league, said the talks failed.').attributions.map((a) => a.content.text);
    expect(found).toEqual(['Ruiz', 'the talks failed']);
    expect(sources('“We won,” said a source involved in the talks.')).toEqual(['a source involved in the talks']);
  });

  it('runs a source through the name in apposition to a number or quantifier standing for a person', () => {
    expect(sources('A third, Tom Bell, said the talks failed.')).toEqual(['A third, Tom Bell']);
    expect(sources('Another, Ana Li, said the talks failed.')).toEqual(['Another, Ana Li']);
  });

  it('steps over a participle’s aside whose object has an appositive of its own to the name before both', () => {
    expect(sources('Sen. Ana Ruiz, facing a tough race in Ohio, a swing state, said she would vote no.')).toEqual(['Sen. Ana Ruiz']);
  });

  it('reads an aside opening with adverbs before a participle as an aside ("Lee, clearly frustrated, said")', () => {
    expect(pairs('Lee, clearly frustrated, said the city had no money.')).toEqual([['Lee', 'the city had no money']]);
    expect(pairs('Lee, visibly shaken, responded by pointing to the budget, saying the city had no money.').map((a) => a[0])).toContain('Lee');
  });

  it('keeps "on" and a common noun after a plural noun in the source ("leaders on the ground")', () => {
    expect(sources('Several leaders on the ground said the plan would work.')).toEqual(['Several leaders on the ground']);
    expect(sources('Several leaders on Monday said the plan would work.')).toEqual(['Several leaders']);
  });

  it('inverts a verb of belief right after a quotation in double marks ("“…,” agrees Ana Ruiz")', () => {
    expect(pairs('“Our ideas of success are different,” agrees Ana Ruiz, 30, of Dayton.')).toEqual([['Ana Ruiz', 'Our ideas of success are different,']]);
    expect(pairs('“Nobody wanted the pier,” remembered Tom Lee, the port’s former spokesman.')).toEqual([['Tom Lee', 'Nobody wanted the pier,']]);
  });

  it('reads the last word after “…,” and a noun phrase as its verb when the lexicon knows its verb forms ("the two write.")', () => {
    expect(pairs('“You have picked a new standard,” the two write.')).toEqual([['the two', 'You have picked a new standard,']]);
    expect(tags('“Stay home,” the editorial read.').slice(-2)).toEqual(['verb', 'punct']);
  });

  it('takes a quantifier alone after an inverted verb as the source ("“…,” said another.")', () => {
    expect(pairs('“The pier is a mess,” said another.')).toEqual([['another', 'The pier is a mess,']]);
  });

  it('finds coordinated names after the quotation they report', () => {
    expect(pairs('“We will win,” Ruiz and Bell said.')).toEqual([['Ruiz and Bell', 'We will win,']]);
    expect(pairs('“We will win,” Ruiz and Bell wrote in a joint statement.')).toEqual([['Ruiz and Bell', 'We will win,']]);
    // After straight marks too.
    expect(pairs('"We will win," Ruiz and Bell said.')).toEqual([['Ruiz and Bell', 'We will win,']]);
    expect(pairs('"We will win," the mayor and the governor said.')).toEqual([['the mayor and the governor', 'We will win,']]);
  });

  it('coordinates subjects with "or" and "nor" as with "and"', () => {
    expect(sources('Neither Lee nor Ruiz said they would appeal.')).toEqual(['Neither Lee nor Ruiz']);
    expect(sources('Lee or Ruiz will say what happens next.')).toEqual(['Lee or Ruiz']);
  });

  it('takes a series of names from the sentence’s start as one source, not one after an opening phrase', () => {
    expect(sources('Ruiz, Bell and Lee all said the plan was dead.')).toEqual(['Ruiz, Bell and Lee']);
    expect(sources('In Ohio, Bell and Lee said the plan was dead.')).toEqual(['Bell and Lee']);
  });

  it('ends an inverted source before a clause of when or why ("“…,” said Ana Bell as she opened her campaign.")', () => {
    expect(pairs('“We will win this county,” said Ana Bell as she opened her campaign.')).toEqual([['Ana Bell', 'We will win this county,']]);
    expect(pairs('The pier is a mess, said Tom Reyes because the council asked.')).toEqual([['Tom Reyes', 'The pier is a mess']]);
    // (The sentence may resume after that clause: "The trouble with the plan, said X when she was asked, is the cost.")
    expect(pairs('The snag with the budget, said Ana Ruiz when she was asked, is the cost.')).toEqual([['Ana Ruiz', 'The snag with the budget, said Ana Ruiz when she was asked, is the cost']]);
    // (Only where the verb inverts: "The union spelled out its demands as talks began." has its object there.)
    expect(pairs('The union spelled out its demands as talks began.').map(([source]) => source)).not.toContain('its demands');
  });

  it('runs an inverted source through the name in apposition before the occasion of the remark', () => {
    expect(sources('“We will win,” said the clinic’s director, Ana Ruiz, in an interview.')).toEqual(['the clinic’s director, Ana Ruiz']);
  });

  it('does not take the source of a cue inside a fronted "When …," clause for a verb coordinated in the main clause', () => {
    expect(pairs('When the mayor asked about the plan, Ruiz laughed and said it was dead.')).toContainEqual(['Ruiz', 'it was dead']);
  });

  it('keeps who made a study, report or poll in its source ("a study by the agency found")', () => {
    expect(pairs('The talks failed, a study by the agency found.')).toEqual([['a study by the agency', 'The talks failed']]);
    expect(sources('A poll by the firm showed that voters were split.')).toEqual(['A poll by the firm']);
  });

  it('takes an aside after "According to X," into the source, not the content', () => {
    expect(pairs('According to Ana Ruiz, a city spokeswoman, the city will appeal.')).toEqual([['Ana Ruiz, a city spokeswoman', 'the city will appeal']]);
    expect(pairs('According to Ruiz, who spoke on condition of anonymity, the city will appeal.')).toEqual([['Ruiz, who spoke on condition of anonymity', 'the city will appeal']]);
    // (Not a time phrase, nor a subject with an aside of its own.)
    expect(pairs('According to Ruiz, last year, the city lost.')).toEqual([['Ruiz', 'last year, the city lost']]);
    expect(pairs('According to the poll, most voters, however, want change.')).toEqual([['the poll', 'most voters, however, want change']]);
  });

  it('ends the content of a cue in a relative clause on the subject before the sentence\'s own verb ("Residents who opposed the plan were angry")', () => {
    expect(contents('Residents who opposed the toll were angry.')).toEqual(['the toll']);
    expect(contents('Farmers who believe the rules are unfair are planning a protest.')).toEqual(['the rules are unfair']);
    // (The sentence's verb is the one after the object, not one after a pronoun that opens a clause of its own.)
    expect(contents('Drivers who asked about the toll got an answer they did not like.')).toEqual(['the toll']);
  });

  it('reads on past a comma between adjectives whose last one is joined by "and" ("to rally younger, urban and new members")', () => {
    expect(contents('The union sought to rally younger, urban and new members.')).toEqual(['to rally younger, urban and new members']);
    expect(contents('The union sought to rally younger, urban and working-class members.')).toEqual(['to rally younger, urban and working-class members']);
  });

  it('keeps a legislator\'s party tag after a comma in an object ("praised Rep. Tom Hale, R-Iowa")', () => {
    expect(contents('The union praised Rep. Tom Hale, R-Iowa, on Monday.')).toEqual(['Rep. Tom Hale, R-Iowa']);
  });

  it('skips an addressee with a gerund or a "to" phrase of its own up to "that" ("told cheering supporters that …")', () => {
    expect(contents('The mayor told cheering supporters that the bridge would open.')).toEqual(['that the bridge would open']);
    expect(contents('The chief told a council hearing on Monday that the fund was empty.')).toEqual(['that the fund was empty']);
    expect(contents('The mayor told reporters during a visit to Lyon that the plan was dead.')).toEqual(['that the plan was dead']);
    // (An infinitive after the addressee is still the content.)
    expect(contents('She told him to leave.')).toEqual(['him to leave']);
  });

  it('reads "op-ed" as a noun, not an -ed verb ("wrote in a Sun op-ed that …")', () => {
    expect(contents('The mayor wrote in a Sun op-ed that the tax was unfair.')).toEqual(['that the tax was unfair']);
  });

  it('skips a leading phrase of time opened by "late", "early", "before" or "following" up to "that" ("said late Friday that …")', () => {
    expect(contents('The minister said late Friday that the border would reopen.')).toEqual(['that the border would reopen']);
    expect(contents('The senator said following a vote in 2010 that he had doubts.')).toEqual(['that he had doubts']);
    // (Not a clause of when: "said before he left".)
    expect(contents('“We are not done,” the man said before he left.')).toEqual(['We are not done,']);
  });

  it('skips a leading phrase whose noun has a participle of its own up to "that" ("said in an interview taped before the vote that …")', () => {
    expect(contents('She said in an interview taped before the storm that the city was ready.')).toEqual(['that the city was ready']);
  });

  it('reads a noun list to its last item after the verb of an object phrase ("to fix roads, bridges and sewers")', () => {
    expect(contents('The plan seeks to fix roads, bridges, old sewers and the power grid.')).toEqual(['to fix roads, bridges, old sewers and the power grid']);
    // (Not ", and" straight after the first item, which joins a clause of its own.)
    expect(contents('Her son likes to paint, and pupils at the school can join a club.')).toEqual(['to paint']);
  });

  it('reads a noun list in an object on through a relative clause on its last item ("nurses in A, B and C who …")', () => {
    expect(contents('Ruiz backed nurses in Dayton, Toledo and Akron who struck for higher pay.')).toEqual(['nurses in Dayton, Toledo and Akron who struck for higher pay']);
    // (Not a description of a name opened by "a": "Weber, a banker and former official who …" is the next source.)
    expect(pairs('Lee dismissed criticism from Ortiz, Hall and Tom Weber, a banker and former state official who has said the fund lost money.')).toEqual([
      ['Lee', 'criticism from Ortiz, Hall and Tom Weber'], ['a banker and former state official who', 'the fund lost money'],
    ]);
  });

  it('reads a noun list in an object past an item with "to" or a gerund after its preposition ("opposition to tolls", "a ban on building")', () => {
    expect(contents('Ruiz cited a plan on housing, opposition to tolls and reforms of the zoning code.')).toEqual(['a plan on housing, opposition to tolls and reforms of the zoning code']);
    expect(contents('Lee listed rising rents, a ban on building and cuts to transit.')).toEqual(['rising rents, a ban on building and cuts to transit']);
  });

  it('reads a list of gerunds in an object to its last item ("supported eliminating tolls, limiting parking and building lanes")', () => {
    expect(contents('The mayor supported eliminating tolls, limiting parking and building bike lanes.')).toEqual(['eliminating tolls, limiting parking and building bike lanes']);
    expect(contents('The mayor supported eliminating tolls, limiting parking, and building bike lanes.')).toEqual(['eliminating tolls, limiting parking, and building bike lanes']);
  });

  it('reads on past a contrast after a comma in an object ("to work at the bank, not the store")', () => {
    expect(contents('She wants to work at the clinic, not the store.')).toEqual(['to work at the clinic, not the store']);
    // (Not before a clause of its own: ", not that …".)
    expect(contents('He blamed the board, not that it mattered.')).toEqual(['the board']);
  });
});

describe('a noun that names what is said, with no possessor', () => {
  const triples = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);

  it('reports its that-clause with no source when no one holds it ("a widespread belief that …")', () => {
    expect(pairs('There is a widespread belief that the bridge will close.')).toEqual([['', 'that the bridge will close']]);
  });

  it('is held by the subject of a verb that makes or holds the claim ("made the suggestion that …")', () => {
    expect(triples('Lee made the suggestion that the pier should close.')).toEqual([['Lee', 'made the suggestion', 'that the pier should close']]);
  });

  it('is taken up by the subject of any other verb, which reports the whole phrase ("faced the allegation that …")', () => {
    expect(triples('The mayor faced the allegation that she had hidden the audit.')).toEqual([['The mayor', 'faced', 'the allegation that she had hidden the audit']]);
    // (A verb that is a cue already reports it: one attribution.)
    expect(triples('Lee challenged the assertion that she had lied.').map((a) => a[1])).toEqual(['challenged']);
  });

  it('leaves a relative "that" alone, whose verb has no object ("an allegation that she denied", "proposals that rivals have made will fail")', () => {
    expect(pairs('The mayor answered an allegation that she denied. The proposal that passed was short.')).toEqual([]);
    expect(pairs('Tax proposals that the rivals have made will fail.')).toEqual([]);
    expect(triples('The law copies a proposal that Ruiz pushed three years ago.').map((a) => a[1])).not.toContain('proposal');
  });

  it('ends the clause at a comma after its verb, not at one before it', () => {
    // (After a title line: a title's first word may be its verb.)
    expect(contents('City news\n\nDespite complaints that the bus is slow, ridership rose.')).toEqual(['that the bus is slow']);
    expect(contents('There were complaints that the bridge, built in 1950, would close.')).toEqual(['that the bridge, built in 1950, would close']);
    expect(contents('Lee took offense at suggestions that she was rich, despite the record.')).toEqual(['suggestions that she was rich']);
  });
});

describe('"that" after a cue in -s', () => {
  it('is the reported clause’s subject before a singular verb, not a plural noun’s relative pronoun ("says that’s …")', () => {
    expect(pairs('City news\n\nThe coach says that’s why the team lost.')).toEqual([['The coach', 'that’s why the team lost']]);
    expect(pairs('City news\n\nThe protests that have rocked the city grew.')).toEqual([]);
  });
});

describe('"at least" after a cue', () => {
  it('bounds a figure in the reported clause; it is no place of the saying ("said at least 20 people died")', () => {
    expect(contents('City news\n\nPolice said at least 20 people died.')).toEqual(['at least 20 people died']);
  });
});

describe('a clause subject with "of"', () => {
  it('runs through "of" to the verb ("75 percent of voters said"), so a fronted "Asked whether …," ends before it', () => {
    expect(pairs('City news\n\nAsked whether the mayor had the grit to serve, 75 percent of voters said yes.')[0]).toEqual(['', 'whether the mayor had the grit to serve']);
  });
});

describe('a form in -s right after a cue in the past', () => {
  it('is its object, a plural noun, not a second finite verb ("announced plans to …")', () => {
    expect(pairs('City news\n\nThe city announced plans to expand bus service.')).toEqual([['The city', 'plans to expand bus service']]);
  });
});

describe('"that" after a cue whose subject is a plural noun', () => {
  it('opens the reported clause ("polls show that has changed"); a plural noun heads no compound with the cue word', () => {
    expect(pairs('City news\n\nBut recent polls show that has changed.')).toEqual([['recent polls', 'that has changed']]);
  });
});

describe('a name spelled like a modal', () => {
  it('is the source, not a word between a subject and its verb ("“…,” Will said")', () => {
    expect(pairs('City news\n\n“The bid is dead,” May said.')).toEqual([['May', 'The bid is dead,']]);
  });
});

describe('a quantifier opening the clause before its cue', () => {
  it('is the subject, not a modifier of the verb ("Both said …")', () => {
    expect(pairs('City news\n\nBoth said the plan was dead. But all agreed the pier would close.')).toEqual([['Both', 'the plan was dead'], ['all', 'the pier would close']]);
  });
});

describe('a time phrase between a cue and its object', () => {
  it('is stepped over to the noun phrase reported ("announced on Monday the lawsuit …")', () => {
    expect(contents('City news\n\nLee announced on Monday the lawsuit against the state.')).toEqual(['the lawsuit against the state']);
  });
});

describe('sources: what is no subject', () => {
  const pairs3 = (text: string): string[][] => analyzeText(text).attributions.map((a) => [a.source?.text ?? '', a.cue?.text ?? '', a.content.text]);
  it('reads a quantifier right after a verb as an adverb or object, not the next verb\'s subject ("mattered most supported")', () => {
    expect(pairs3('Voters who said honesty mattered most supported Lee.')).toEqual([['Voters who', 'said', 'honesty mattered most']]);
    expect(pairs3('Some said the plan was dead, and most said it would pass.')).toEqual([['Some', 'said', 'the plan was dead'], ['most', 'said', 'it would pass']]);
  });
});

describe('sources: "not to say" and "that is to say"', () => {
  it('reports nothing when "to say" after "be" qualifies the writer\'s own words', () => {
    expect(analyzeText('That is not to say the plan is bad.').attributions).toEqual([]);
    expect(analyzeText('That is to say, the plan failed.').attributions).toEqual([]);
    // (A scheduled speech is still a report.)
    expect(pairs('Lee is to say in a speech that the plan is bad.')).toEqual([['Lee', 'that the plan is bad']]);
  });
});

describe('tokens: an -s word between a noun and a role', () => {
  it('reads it as a plural noun modifying the role ("A state parks spokesman said")', () => {
    expect(pairs('A state parks spokesman said the trail was closed.')).toEqual([['A state parks spokesman', 'the trail was closed']]);
    expect(pairs('The city schools chief warned that budgets were tight.')).toEqual([['The city schools chief', 'that budgets were tight']]);
  });
});

describe('sources: names with "&"', () => {
  it('keeps an ampersand\'s both sides in the source after "according to"', () => {
    expect(pairs('According to Procter & Gamble, sales fell.')).toEqual([['Procter & Gamble', 'sales fell']]);
    expect(pairs('According to the Center for Media & Democracy, spending rose.')).toEqual([['the Center for Media & Democracy', 'spending rose']]);
  });
});

describe('sources: a group\'s name with a preposition in capitals', () => {
  it('keeps "Without" or "Against" inside a name in the source ("Doctors Without Borders said")', () => {
    expect(sources('Doctors Without Borders said staff were safe.')).toEqual(['Doctors Without Borders']);
    expect(sources('A spokesman for Reporters Without Borders said the jailing was wrong.')).toEqual(['A spokesman for Reporters Without Borders']);
  });
});

describe('sources: a comma after a party tag in parentheses', () => {
  it('ends the source at the name, or takes the role it names ("Gov. Ann Ruiz (R-OH), said")', () => {
    expect(sources('After winning Ohio in the primary, Gov. Ann Ruiz (R-OH), said she would stay.')).toEqual(['Gov. Ann Ruiz (R-OH)']);
    expect(sources('Her deputy, Sen. Jo Hart (D-Ore.), said she would stay.')).toEqual(['Her deputy, Sen. Jo Hart (D-Ore.)']);
    expect(sources('Others, including Sen. Jo Hart (D-Ore.), said they would stay.')).toEqual(['Others']);
  });
});

describe('sources: a noun named by a participle', () => {
  it('keeps the noun a name belongs to in the source ("A group called Harbor Watch said")', () => {
    expect(sources('A group called Harbor Watch said the pier was unsafe.')).toEqual(['A group called Harbor Watch']);
    expect(sources('An advocacy group known as Harbor Watch said the pier was unsafe.')).toEqual(['An advocacy group known as Harbor Watch']);
    expect(sources('A new group called the Harbor Watch Fund said the pier was unsafe.')).toEqual(['A new group called the Harbor Watch Fund']);
  });
});

describe('sources: a bound on a number', () => {
  it('opens the source with "at least" or "more than" ("At least three officials said")', () => {
    expect(sources('At least three officials said the bill was rushed.')).toEqual(['At least three officials']);
    expect(sources('More than 100 economists said the plan would fail.')).toEqual(['More than 100 economists']);
  });
});

describe('tokens: "most" before an -ly adverb and a verb', () => {
  it('reads it as an adverb, so a coordinated verb keeps the clause\'s subject ("and most recently defended")', () => {
    expect(pairs('He vowed to ban them, and most recently defended the plan.')).toEqual([['He', 'to ban them'], ['He', 'the plan']]);
  });
});

describe('sources: the sentence\'s first word read as a verb', () => {
  it('keeps it before a role and a name, and a modal before a name and a finite verb ("Fed chair Ann Ruiz", "Will Hurd said")', () => {
    expect(sources('Fed chair Ann Ruiz said rates would rise.')).toEqual(['Fed chair Ann Ruiz']);
    expect(sources('Will Hurd said the deal was off.')).toEqual(['Will Hurd']);
    expect(sources('Will Lee say the deal is off?')).toEqual(['Lee']);
  });
});

describe('sources: a role of an organisation named in apposition', () => {
  it('takes the name after "The head of the World Health Organization," into the source', () => {
    expect(sources('The head of the World Health Organization, Ann Ruiz, said cases fell.')).toEqual(['The head of the World Health Organization, Ann Ruiz']);
    expect(analyzeText('The head of the World Health Organization, Ann Ruiz, said cases fell.').speakers.map((s) => s.name)).toEqual(['Ann Ruiz']);
  });
});

describe('clause verbs the lexicon reads as nouns, and fronted clauses', () => {
  it('ends a passive\'s content in a fronted "When …," clause at the comma before the main clause', () => {
    expect(pairs('When rebels are revealed as spies, the envoys said they were liars.')).toEqual([['', 'rebels are revealed as spies'], ['the envoys', 'they were liars']]);
  });

  it('reads a noun-looking verb between a subject and its object or particle as the verb ("The mayor hit back, saying …"), not a role before a title', () => {
    expect(pairs('The mayor hit back, saying the claims were absurd.')).toEqual([['The mayor', 'the claims were absurd']]);
    expect(pairs('Ana Ruiz hit the governor on Monday, saying he had lied.')).toEqual([['Ana Ruiz', 'he had lied']]);
    expect(pairs('The White House hit back Tuesday, saying the story was false.')).toEqual([['The White House', 'the story was false']]);
    expect(pairs('His campaign hit back, saying the story was false.')).toEqual([['His campaign', 'the story was false']]);
    expect(pairs('The mayor’s office hit back, saying the story was false.')).toEqual([['The mayor’s office', 'the story was false']]);
    expect(pairs('Ruiz quickly hit back, saying the story was false.')).toEqual([['Ruiz', 'the story was false']]);
    // With an appositive between the subject and the verb.
    expect(pairs('Ruiz, 54, hit back, saying the story was false.')).toEqual([['Ruiz', 'the story was false']]);
    expect(pairs('The mayor, a former judge, hit back, saying the story was false.')).toEqual([['The mayor', 'the story was false']]);
    expect(tags('Party spokesman the Rev. Ana Ruiz said so.').slice(0, 2)).toEqual(['noun', 'noun']);
    expect(tags('The plan put farms and dairy workers out of business.')[6]).toBe('noun');
    expect(tags('A Northfield poll out Monday shows the race is close.')[2]).toBe('noun');
  });

  it('reads an -s word after a preposition and a gerund or an adjective as a plural noun ("with blinking lights")', () => {
    expect(tags('The mayor, clad in a cape with blinking lights, said the parade was fun.')[9]).toBe('noun');
    expect(pairs('The mayor, clad in a cape with blinking lights, said the parade was fun.')).toEqual([['The mayor', 'the parade was fun']]);
  });

  it('dates a noun with "out" and a time like a participle ("A poll out Monday shows …": the source is the poll)', () => {
    expect(pairs('A Lakeside College poll out Monday shows Ruiz ahead by four points.')).toEqual([['A Lakeside College poll', 'Ruiz ahead by four points']]);
    expect(pairs('A study out this week finds the pier unsafe.')).toEqual([['A study', 'the pier unsafe']]);
  });

  it('reads a bare verb after a plural without -s as its verb, not a compound noun ("The data show …")', () => {
    expect(pairs('The data show unemployment fell in May.')).toEqual([['The data', 'unemployment fell in May']]);
    expect(pairs('The media report that the pier is unsafe.')).toEqual([['The media', 'that the pier is unsafe']]);
  });

  it('reads an -s word right after a plural heading its phrase as a noun, which no verb would agree with ("savings plans that …")', () => {
    // As a verb, "plans" was a cue of its own: ["college savings", "plans", "that the state offers"].
    expect(cues('In one of the college savings plans that the state offers, fees are low.')).toEqual([]);
    expect(tags('The bank sells savings plans online.')[4]).toBe('noun');
    // After a preposition the plural is not the head: "shows" agrees with "survey".
    expect(pairs('A survey of voters shows Lee ahead.')).toEqual([['A survey of voters', 'Lee ahead']]);
    expect(pairs('A look at the figures and charts suggests that the pier is unsafe.')).toEqual([['A look at the figures and charts', 'that the pier is unsafe']]);
  });

  it('reads "…, an analysis of newly filed reports shows." as a trailing source clause (participle after an -ly adverb, two -s words closing it)', () => {
    expect(pairs('Donations rose in August, an analysis of newly filed campaign reports shows.')).toEqual([['an analysis of newly filed campaign reports', 'Donations rose in August']]);
    expect(pairs('Turnout fell, a review of the county reports shows.')).toEqual([['a review of the county reports', 'Turnout fell']]);
    // The adverb stays with the phrase it modifies.
    expect(sources('A newly elected Ruiz sought more money for the pier.')).toEqual(['A newly elected Ruiz']);
  });

  it('takes no content before the comma when a complement and its gerund follow the cue ("…, Ruiz will insist on being Ruiz.")', () => {
    expect(pairs('No matter the setting, Ruiz will insist on being Ruiz.')).toEqual([]);
    // An adverbial's preposition and gerund leave the words before the comma reported.
    expect(pairs('The pier is safe, Ruiz said after meeting the engineers.')).toEqual([['Ruiz', 'The pier is safe']]);
  });

  it('keeps a participle and its complement inside the subject before a finite cue ("The part of the debate devoted to race revealed …")', () => {
    expect(sources('The part of the debate devoted to race revealed a gulf between the candidates.')).toEqual(['The part of the debate devoted to race']);
    expect(sources('Text messages found on one of the phones suggested that the pier was unsafe.')).toEqual(['Text messages found on one of the phones']);
  });

  it('leaves a stretch of time opening the sentence out of the source ("In the next eight weeks the campaign said …")', () => {
    expect(sources('In the next eight weeks the campaign said it would target voters.')).toEqual(['the campaign']);
    expect(sources('Over the past two years Ruiz has said the pier is safe.')).toEqual(['Ruiz']);
  });

  it('reports nothing after the comma of a relative clause whose verb has the noun before it as its object ("the plans that the state offers, …")', () => {
    expect(pairs('Of the plans that the state offers, the cheapest is best.')).toEqual([]);
    // An aside, then the verb's own clause or quotation, still reports.
    expect(pairs('The reports that Lee said, in a speech, that the pier failed were wrong.')).toEqual([['Lee', 'that the pier failed were wrong']]);
  });

  it('knows verbs of the manner of speaking as cues ("quipped", "scoffed", "confided")', () => {
    expect(pairs('“Nice try,” Ruiz quipped.')).toEqual([['Ruiz', 'Nice try,']]);
    expect(pairs('Ruiz confided to a friend that the pier had failed.')).toEqual([['Ruiz', 'that the pier had failed']]);
    expect(cues('The mayor scoffed at the idea that the pier was safe.')).toEqual(['scoffed']);
  });

  it('knows more of them where the sentence goes on past the verb ("boomed:", "retorted:", "barked and …")', () => {
    expect(pairs('Ruiz leaned in and boomed: “We will rebuild the pier.”')).toEqual([['Ruiz', 'We will rebuild the pier.']]);
    expect(pairs('“Go back to your seat,” Ruiz barked and a guard led Lee out.')).toEqual([['Ruiz', 'Go back to your seat,']]);
    expect(pairs('The Lee supporter retorted: “There is no such plan.”')).toEqual([['The Lee supporter', 'There is no such plan.']]);
    expect(pairs('“This is great!” beamed Tom Hale of Dayton, who came early.')).toEqual([['Tom Hale of Dayton', 'This is great!']]);
    // ("beamed" only before a quotation or clause of its own; "booming" is no cue.)
    expect(cues('Lee beamed as she noted how happy she was.')).toEqual(['noted']);
    expect(pairs('The market was booming when the pier opened.')).toEqual([]);
  });

  it('leaves the person spoken to after "to" out of the content, as after "told" ("said to reporters that …")', () => {
    expect(pairs('Ruiz complained to the harbour board that the permit was void.')).toEqual([['Ruiz', 'that the permit was void']]);
    expect(pairs('Ruiz explained to me that the pier had failed.')).toEqual([['Ruiz', 'that the pier had failed']]);
    // (Not a phrase the cue governs with no clause after it, nor one before a quotation.)
    expect(pairs('Ruiz responded to the audit.')).toEqual([['Ruiz', 'the audit']]);
  });

  it('reads a role noun after names or nouns that a determiner opens as the head of its phrase ("said a GOP expert")', () => {
    expect(sources('“It will take months,” said a GOP expert.')).toEqual(['a GOP expert']);
    expect(sources('“It will take months,” said a longtime GOP data expert who has advised Lee.')).toEqual(['a longtime GOP data expert who has advised Lee']);
  });

  it('reads a capitalised preposition or adverb between “…,” and the verb as a surname ("“…,” From said")', () => {
    expect(pairs('“The plan failed,” From said.')).toEqual([['From', 'The plan failed,']]);
    expect(pairs('“The plan failed,” Down told reporters.')).toEqual([['Down', 'The plan failed,']]);
  });

  it('reads a role noun the lexicon also calls an adjective as the head of its phrase ("said one resident, who …")', () => {
    expect(pairs('The pier closed. “It’s a mess,” said one resident.')).toEqual([['one resident', 'It’s a mess,']]);
    expect(pairs('The pier closed. “It’s a mess,” said a resident, who lives nearby.')).toEqual([['a resident', 'It’s a mess,']]);
    // (Before its noun it stays an adjective.)
    expect(tags('An independent candidate said so.')[1]).toBe('adj');
  });

  it('reads a bare verb form after a name that a determiner opens as the head noun ("A new Gallup survey shows …")', () => {
    expect(pairs('A new Lakeside survey shows Ruiz ahead by four points.')).toEqual([['A new Lakeside survey', 'Ruiz ahead by four points']]);
    expect(pairs('The Harbor Institute study finds the pier unsafe.')).toEqual([['The Harbor Institute study', 'the pier unsafe']]);
    // (A plural name is a subject: "The Democrats survey …" is a verb.)
    expect(tags('The Democrats survey voters every year.')[2]).toBe('verb');
  });
});

describe('adverbs of manner after a cue', () => {
  it('takes an adverb of manner between a cue and its particle with the cue ("pushed back hard on the report")', () => {
    expect(pairs('The harbour board pushed back hard on the audit.')).toEqual([['The harbour board', 'the audit']]);
    expect(pairs('Ana Ruiz fired back sharply at her rivals.')).toEqual([['Ana Ruiz', 'her rivals']]);
    // Alone after the cue it says only how: nothing reported.
    expect(pairs('The harbour board pushed back hard.')).toEqual([]);
    // Not an adverb of degree, which goes with what follows.
    expect(pairs('The two parties agree only on the budget.')).toEqual([['The two parties', 'only on the budget']]);
  });
});

describe('a noun of speech, "be" and a colon before a quotation', () => {
  it('attributes the quotation to the noun\'s owner ("Her message was simple: “…”")', () => {
    const doc = analyzeText('Ana Ruiz toured the flooded mill on Monday. Her message was simple: “We will rebuild.”');
    expect(doc.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([['Her', 'message was simple:', 'We will rebuild.']]);
    expect(pairs('The mayor’s answer was: “Not this year.”')).toEqual([['The mayor', 'Not this year.']]);
    // Without an owner the noun phrase is the source, and an adjective there is no cue of its own.
    expect(cues('The message was clear: “Stay home.”')).toEqual(['message was clear:']);
  });
});

describe('content boundaries around asides', () => {
  it('reads "cannot" as a modal, so a subject\'s relative clause is read on to its verb ("that Mr. Lee, who …, cannot …")', () => {
    expect(pairs('Critics suggest that Mr. Lee, who went bankrupt twice, cannot be trusted.')).toEqual([['Critics', 'that Mr. Lee, who went bankrupt twice, cannot be trusted']]);
  });

  it('reads an object\'s aside on to the verb\'s second complement ("praised Lee, who …, as …", "urged him, …, to quit")', () => {
    expect(pairs('She praised Lee, who left the race Monday, as a decent man.')).toEqual([['She', 'Lee, who left the race Monday, as a decent man']]);
    expect(pairs('He accused the panel, which is chosen by the party, of bias.')).toEqual([['He', 'the panel, which is chosen by the party, of bias']]);
    expect(pairs('She described the senator, a longtime ally, as a friend.')).toEqual([['She', 'the senator, a longtime ally, as a friend']]);
    expect(pairs('The union urged the company, which employs 500 people, to close the plant.')).toEqual([['The union', 'the company, which employs 500 people, to close the plant']]);
  });

  it('reads a subject\'s aside on to its verb when the verb opens a quotation ("the plan, first proposed in 2014, “makes no sense”")', () => {
    expect(pairs('Lee said the plan, first proposed in 2014, “makes no sense.”')).toEqual([['Lee', 'the plan, first proposed in 2014, “makes no sense.”']]);
    expect(pairs('Lee said the plan, which was proposed in 2014, “makes no sense.”')).toEqual([['Lee', 'the plan, which was proposed in 2014, “makes no sense.”']]);
  });

  it('takes the main clause after "As X saw/reported …," also after an opening connective ("After all, as we saw in 2009, …")', () => {
    expect(pairs('After all, as we saw in 2009, banks can change their minds.')).toEqual([['we', 'banks can change their minds']]);
  });

  it('does not take a relative "that" after a prepositional phrase for the reported clause\'s "that" ("boasted of his ties to the voters that …")', () => {
    expect(pairs('Cruz boasted of his ties to the voters that make up the base.')).toEqual([['Cruz', 'his ties to the voters that make up the base']]);
  });

  it('ends a reported clause before "and" with a name and a speech cue of its own ("… and Ruiz said …")', () => {
    expect(pairs('Lee said the tax would pass and Ruiz said it would fail.')).toEqual([['Lee', 'the tax would pass'], ['Ruiz', 'it would fail']]);
  });

  it('ends a reported clause at a comma spliced to a clause whose subject opens with an article ("…, a man yelled …")', () => {
    expect(pairs('Lee said it was good to be home, a man yelled “Stay there!”')).toEqual([['Lee', 'it was good to be home'], ['a man', 'Stay there!']]);
    // (Not a comment on the clause: "…, a claim critics dispute" is closingAppositive's, and ends it too.)
    expect(pairs('Lee said the roads were safe, a claim critics dispute.')).toEqual([['Lee', 'the roads were safe']]);
  });

  it('ends a reported clause before "but did not" and a cue: "did" makes the cue the source\'s own verb', () => {
    expect(pairs('Lee said he would pray for the winner but did not suggest it would be Ruiz.')).toEqual([['Lee', 'he would pray for the winner'], ['Lee', 'it would be Ruiz']]);
  });

  it('reads only when after the cue ("reported late Thursday", "ten days ago") as no content: the clause before is', () => {
    expect(pairs('The pier plan failed, the Courier reported late Thursday.')).toEqual([['the Courier', 'The pier plan failed']]);
    expect(pairs('The pier plan failed, the Courier reported ten days ago.')).toEqual([['the Courier', 'The pier plan failed']]);
  });

  it('reads "found their voice", "find common ground" as another sense of "find", not a finding', () => {
    expect(pairs('Council members found their voice on the pier plan.')).toEqual([]);
    expect(pairs('Lee and Ruiz found common ground on taxes.')).toEqual([]);
    expect(pairs('The audit found a gap of $2 million.')).toEqual([['The audit', 'a gap of $2 million']]);
  });

  it('reads a person after an opening "To" as who holds the view of the clause ("To Ruiz, the plan was a mistake")', () => {
    expect(pairs('To Ruiz, the plan was a mistake.')).toEqual([['Ruiz', 'the plan was a mistake']]);
    expect(pairs('To many, Lee is a provocateur.')).toEqual([['many', 'Lee is a provocateur']]);
    expect(pairs('To Lee, who has studied the race, Tuesday marked a turning point.')).toEqual([['Lee, who has studied the race', 'Tuesday marked a turning point']]);
    // Not an infinitive, nor a phrase that is no one's view.
    expect(pairs('To stop Ted Ruiz, the party is working around the clock.')).toEqual([]);
    expect(pairs('To the extent that voters know him, they like him.')).toEqual([]);
  });

  it('reads one survey closing the clause after "in" as its source ("… leads by six points in a new Metro poll.")', () => {
    expect(pairs('Lee leads Ruiz by six points in a new Lakeside College poll released Monday.')).toEqual([['a new Lakeside College poll released Monday', 'Lee leads Ruiz by six points']]);
    expect(pairs('In March, Ruiz had 38 percent support in a Metro News poll.')).toEqual([['a Metro News poll', 'Ruiz had 38 percent support']]);
    expect(pairs('Ruiz fell to 9 percent in the same poll, a sharp drop.')).toEqual([['the same poll', 'Ruiz fell to 9 percent']]);
    // (A participle after the source's comma is no verb the clause goes on with.)
    expect(pairs('Turnout fell to 40 percent, according to the county, setting a new low.')).toEqual([['the county', 'Turnout fell to 40 percent']]);
    // Not the polls at large, a survey inside the subject, nor one inside a phrase hung on the clause.
    expect(pairs('Lee has a big lead in the polls.')).toEqual([]);
    expect(pairs('Just 13 percent of voters in the survey approved.')).toEqual([]);
    expect(pairs('Lee rose three points in the Metro survey to 29 points.')).toEqual([]);
    expect(pairs('Ruiz is ahead, with 6 percent undecided in the poll.')).toEqual([]);
  });

  it('reads what a poll shows on with its figures after a comma ("…, with 13 percent undecided"), not another report after "with"', () => {
    expect(pairs('A new poll shows Lee leading Ruiz 44 percent to 37 percent, with 13 percent undecided.')).toEqual([['A new poll', 'Lee leading Ruiz 44 percent to 37 percent, with 13 percent undecided']]);
    expect(pairs('The survey found Lee in second place, followed by Ruiz at 9 percent.')).toEqual([['The survey', 'Lee in second place, followed by Ruiz at 9 percent']]);
  });

  it('reads a comma between adjectives on when one is a hyphenated compound the lexicon does not know ("a full-blown, unilateral rollback")', () => {
    expect(pairs('They called for a full-blown, unilateral rollback.')).toEqual([['They', 'a full-blown, unilateral rollback']]);
    expect(pairs('He criticized the big, free-standing agencies.')).toEqual([['He', 'the big, free-standing agencies']]);
    // (After a possessive too, where an adjective before a comma is otherwise read as the noun: "His rival, Ana Ruiz, …".)
    expect(pairs('She accused its important, oil-rich ally of fraud.')).toEqual([['She', 'its important, oil-rich ally of fraud']]);
    expect(pairs('She accused its important, costly ally of fraud.')).toEqual([['She', 'its important, costly ally of fraud']]);
  });
});

describe('"as" after a naming cue', () => {
  it('reads "as" right after a describing verb in the present as its complement, not an adverbial clause ("which she describes as …")', () => {
    expect(pairs('The mayor toured Millbrook, which she describes as her second home.')).toContainEqual(['she', 'which she describes as her second home']);
    expect(pairs('The senator thanked Ana Ruiz, whom he describes as a mentor.')).toContainEqual(['he', 'whom he describes as a mentor']);
  });
});

describe('noun cues before their own preposition (lexicon nounPrepositions)', () => {
  it('reports the noun phrase after the preposition, its possessor the source, up to the sentence’s verb', () => {
    expect(pairs('The mayor’s criticism of the harbour plan was sharp.')).toEqual([['The mayor’s', 'the harbour plan']]);
    expect(pairs('His repeated references to the old shipyard scandal annoyed the board.')).toEqual([['His', 'the old shipyard scandal']]);
    // (An auxiliary read as a base form opens the sentence's verb too.)
    expect(pairs('Her attacks on the senator have grown sharper.')).toEqual([['Her', 'the senator']]);
    // An infinitive is part of what is promised; without a possessor the source is the subject of the verb.
    expect(pairs('His promise to rebuild the pier won him the vote.')).toEqual([['His', 'to rebuild the pier']]);
    expect(pairs('Ruiz roused the crowd with criticism of the port authority.')).toEqual([['Ruiz', 'the port authority']]);
    // (Not a subject that receives it.)
    expect(pairs('Ortiz faced criticism of his handling of the flood.')).toEqual([['', 'his handling of the flood']]);
  });

  it('takes "criticism for / over / on" like "criticism of": what it is for is what is criticised', () => {
    expect(pairs('Ortiz faced criticism for his handling of the flood.')).toEqual([['', 'his handling of the flood']]);
    expect(pairs('The mayor has endured criticism over the harbour plan.')).toEqual([['', 'the harbour plan']]);
    expect(pairs('The council faced sharp criticism on its handling of the flood.')).toEqual([['', 'its handling of the flood']]);
  });

  it('gives a participle after a noun cue’s phrase the clause’s subject, not the noun’s possessor', () => {
    expect(pairs('Critics seized on her comments about the ferry fares, calling them careless.')).toEqual([['her', 'the ferry fares'], ['Critics', 'them careless']]);
    expect(pairs('Critics seized on her claim that fares would rise, calling it careless.')).toEqual([['her', 'that fares would rise'], ['Critics', 'it careless']]);
  });

  it('takes "endorsement of", "anxiety about", "hostility to", "consensus on", "joke about", and "embrace of" after a possessor', () => {
    expect(pairs('Ruiz’s endorsement of Lee came late.')).toEqual([['Ruiz’s', 'Lee']]);
    expect(pairs('Voters’ anxiety about the toll has grown.')).toEqual([['Voters’', 'the toll']]);
    expect(pairs('His hostility to the port authority is well known.')).toEqual([['His', 'the port authority']]);
    expect(pairs('There is no consensus on whether the pier should close.')).toEqual([['', 'whether the pier should close']]);
    expect(pairs('Her joke about the mayor’s hat fell flat.')).toEqual([['Her', 'the mayor’s hat']]);
    expect(pairs('Lee’s embrace of the toll plan surprised the council.')).toEqual([['Lee’s', 'the toll plan']]);
    expect(pairs('An embrace of the toll plan would be a mistake.')).toEqual([]);
  });

  it('takes "perception of", "assertion of", "fear of / about", "tweet about" and "email about" as reports', () => {
    expect(pairs('Voters’ perceptions of the mayor have soured.')).toEqual([['Voters’', 'the mayor']]);
    expect(pairs('Her assertion of authority over the port surprised the board.')).toEqual([['Her', 'authority over the port']]);
    expect(pairs('The fear of a flood kept residents away.')).toEqual([['', 'a flood']]);
    expect(pairs('His tweet about the council drew scorn.')).toEqual([['His', 'the council']]);
  });

  it('takes "defense of" as a report, not the noun elsewhere ("the Defense Department")', () => {
    expect(pairs('Ruiz came to the defense of her deputy on Monday.')).toEqual([['Ruiz', 'her deputy']]);
    expect(cues('The city cut its defense budget again.')).toEqual([]);
  });

  it('takes some nouns only after a possessor (lexicon possessedNounPrepositions): "his attacks on X", not "an attack on X"', () => {
    expect(pairs('Lee stepped up his attacks on the harbour board this week.')).toEqual([['his', 'the harbour board']]);
    expect(pairs('An attack on the embassy killed two guards.')).toEqual([]);
  });

  it('takes a noun cue opening a sentence in lower case without a possessor ("criticism of the plan grew")', () => {
    expect(pairs('criticism of the plan grew louder.')).toEqual([['', 'the plan']]);
  });

  it('takes only the prepositions listed ("a reference to the scandal", not "a reference to describe her rival")', () => {
    expect(cues('She used a rude reference to describe her rival.')).not.toContain('reference');
    expect(cues('The harbour plan drew criticism from the port authority.')).not.toContain('criticism of');
  });

  it('reads a capitalised word unknown to the lexicon opening a sentence as a common noun by its ending ("Criticism of the toll grew")', () => {
    expect(cues('Criticism of the new toll grew among drivers.')).toEqual(['Criticism']);
    expect(tokenize('Hostility grew.', { start: 0, end: 15 })[0]!.pos).toBe('noun');
    // (A name keeps its reading: "Okafor said".)
    expect(tokenize('Okafor ran.', { start: 0, end: 11 })[0]!.pos).toBe('proper');
  });

  it('reads a given name in lower case by its common reading (LOWER_CASE_NAME_READINGS): "drew" is a past verb, "Drew" a name', () => {
    const words = tokenize('The levy drew protests from Drew Okafor.', { start: 0, end: 41 });
    expect(words.map((t) => t.pos)).toEqual(['det', 'noun', 'verb', 'noun', 'prep', 'proper', 'proper', 'punct']);
  });

  it('reads a noun the lexicon knows a verb\'s forms of as the bare verb after a modal or a negation ("will show", "didn\'t feel")', () => {
    const pos = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.pos);
    expect(pos('Surveys will show a gap.')).toEqual(['noun', 'aux', 'verb', 'det', 'noun', 'punct']);
    expect(pos('They did not feel safe.')[3]).toBe('verb');
  });

  it('never reads an auxiliary as a noun after a determiner, a number or an adjective ("this has", "no one has", "still has")', () => {
    const pos = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.pos);
    expect(pos('This has hurt us.')[1]).toBe('verb');
    expect(pos('Ruiz still has a lead.')[2]).toBe('verb');
  });

  it('reads a noun after a singular noun\'s "to" as the infinitive\'s verb when the lexicon knows its verb forms and an object follows ("a promise to cut fees")', () => {
    expect(pairs('The mayor made a promise to cut fees.')).toEqual([['The mayor', 'to cut fees']]);
    const pos = (text: string): string[] => tokenize(text, { start: 0, end: text.length }).map((t) => t.pos);
    expect(pos('It poses a threat to public health.')[5]).toBe('adj');
  });

  it('reads the first of two -s words after a name as the verb and the second as its object ("Ruiz faces charges that …")', () => {
    const words = tokenize('Okafor faces charges that he lied.', { start: 0, end: 34 });
    expect(words.slice(1, 3).map((t) => t.pos)).toEqual(['verb', 'noun']);
    expect(sources('Okafor faces charges that he lied.')).not.toContain('Okafor faces');
    // So when the lexicon reads both as verbs, in the body as in a title: a plural subject takes no -s verb.
    const both = tokenize('Ana Ruiz announces plans for a new pier.', { start: 0, end: 40 });
    expect(both.slice(2, 4).map((t) => t.pos)).toEqual(['verb', 'noun']);
    expect(pairs('The council met on Monday.\n\nAna Ruiz announces plans for a new pier.')).toEqual([['Ana Ruiz', 'plans for a new pier']]);
  });
});

describe('passive quoting', () => {
  it('reads "was quoted as saying" as one cue, with the subject as the source', () => {
    expect(pairs('The harbour master was quoted as saying the pier would close.')).toEqual([['The harbour master', 'the pier would close']]);
    expect(cues('Ana Ruiz is quoted as saying that the pier would close.')).toEqual(['quoted as saying']);
  });
});

describe('time phrases opening the sentence without a comma', () => {
  it('leaves an opening time phrase out of the subject ("Later Ruiz said …", "On Monday the council said …")', () => {
    expect(sources('Later Ana Ruiz added that the pier would close.')).toEqual(['Ana Ruiz']);
    expect(sources('Earlier this week the harbour board said the pier would close.')).toEqual(['the harbour board']);
    expect(sources('On Monday Ruiz said the pier would close.')).toEqual(['Ruiz']);
    // Not a possessive's: the time is the subject's own.
    expect(sources('Last week’s audit said the pier would close.')).toEqual(['Last week’s audit']);
  });
});

describe('asides ending inside a closing quotation mark', () => {
  it('goes on past a relative clause whose comma stands inside a closing quotation mark ("the plan, which she called “a disaster,” would fail")', () => {
    expect(contents('Ruiz said the levy, which critics called “a cash grab,” would be scrapped.')).toEqual(['the levy, which critics called “a cash grab,” would be scrapped']);
    expect(contents('Ruiz said the mayor, who is “a good friend,” would resign.')).toEqual(['the mayor, who is “a good friend,” would resign']);
  });

  it('reads a quotation between commas right before a verb as an appositive on the subject, not what is said ("said the levy, “a cash grab,” would go")', () => {
    expect(contents('Ruiz said the levy, “a cash grab,” would be scrapped.')).toEqual(['the levy, “a cash grab,” would be scrapped']);
    expect(contents('Ruiz said the levy, “a cash grab”, will soon be scrapped.')).toEqual(['the levy, “a cash grab”, will soon be scrapped']);
    // (A phrase, a comma and a quotation that goes on with no verb of the phrase's: the quotation is what is said.)
    expect(contents('Ruiz told reporters, “We will win,” and left.')).toEqual(['We will win,']);
  });
});

describe('a comma inside a closing quotation mark', () => {
  it('closes an appositive with a quoted title before the cue, a straight mark as a curly one ("host of "Morning Talk," said")', () => {
    expect(pairs('Ana Ruiz, host of "Morning Talk," said the river was dying.')).toEqual([['Ana Ruiz', 'the river was dying']]);
    expect(pairs('Ana Ruiz, host of “Morning Talk,” said the river was dying.')).toEqual([['Ana Ruiz', 'the river was dying']]);
  });

  it('closes a relative clause set off after the subject, before the main verb ("who says … “in the millions,” described")', () => {
    expect(pairs('Lee, who says the repairs cost “in the millions,” described the damage as severe.')).toEqual([['Lee, who', 'the repairs cost “in the millions'], ['Lee', 'the damage as severe']]);
    expect(pairs('Lee, who says the repairs cost "in the millions," described the damage as severe.')).toEqual([['Lee, who', 'the repairs cost "in the millions'], ['Lee', 'the damage as severe']]);
  });
});

describe('coordinated subjects', () => {
  it('takes a subject pronoun as the first of two coordinated sources ("…, she and an aide said")', () => {
    expect(pairs('The deal is dead, she and an aide said.')).toEqual([['she and an aide', 'The deal is dead']]);
    expect(pairs('He and his lawyer said the deal was dead.')).toEqual([['He and his lawyer', 'the deal was dead']]);
  });
});

describe('asides after the subject', () => {
  it('reads an -ed word after "and" in an aside without a verb as a participle, not the aside\'s verb ("X, 81 and retired in Lyon, said")', () => {
    expect(pairs('Ana Ruiz, now 81 and retired in Lyon, said the deal was dead.')).toEqual([['Ana Ruiz', 'the deal was dead']]);
  });
});

describe('sources with a relative clause', () => {
  it('takes the noun before "who" + auxiliary + participle into the source ("Officials who were briefed on the talks said")', () => {
    expect(pairs('Officials who were briefed on the talks said the deal was close.')).toEqual([['Officials who were briefed on the talks', 'the deal was close']]);
  });
});

describe('sources without an article', () => {
  it('reads an adjective-tagged head after a comma as the source, as headlines drop the article ("…, former rival says")', () => {
    expect(pairs('The levee will hold, former rival says.')).toEqual([['former rival', 'The levee will hold']]);
    expect(pairs('The levee will hold, expert says.')).toEqual([['expert', 'The levee will hold']]);
  });
});

describe('inverted cues of writing', () => {
  it('reads a reliable evidence cue right after a quotation with its source after it ("“Vote no,” read one sign")', () => {
    expect(pairs('“Vote no,” read one sign.')).toEqual([['one sign', 'Vote no,']]);
    expect(pairs('“The pier is closed until May,” reads the notice.')).toEqual([['the notice', 'The pier is closed until May,']]);
  });
});

describe('a claim noun opening the sentence', () => {
  it('ends its that-clause before the sentence\'s main verb ("Lee’s claim that the plan would fail was wrong")', () => {
    expect(pairs('Lee’s claim that the plan would fail was wrong.')).toEqual([['Lee’s', 'that the plan would fail']]);
    expect(pairs('Lee’s claim that the plan has been approved by the board is wrong.')).toEqual([['Lee’s', 'that the plan has been approved by the board']]);
  });
});

describe('sources ending in a relative clause\'s verb', () => {
  it('takes "those who attended" / "officials who spoke" right before the cue as the source', () => {
    expect(pairs('Those who attended said the talk was good.')).toEqual([['Those who attended', 'the talk was good']]);
    expect(pairs('Officials who spoke said the talks would resume.')).toEqual([['Officials who spoke', 'the talks would resume']]);
  });
});

describe('multiword cues whose noun or particle is the cue’s', () => {
  it('reads "made the case" as one cue, what follows it as the content', () => {
    expect(pairs('The harbour master made the case that the pier should reopen.')).toEqual([['The harbour master', 'that the pier should reopen']]);
    expect(cues('Ana Ruiz is making the case for a new ferry.')).toEqual(['making the case']);
    expect(contents('Ana Ruiz is making the case for a new ferry.')).toEqual(['a new ferry']);
  });

  it('reads "upon" after a cue as the verb\'s particle, like "on" ("called upon", "remarked upon")', () => {
    expect(pairs('The mayor called upon the ferry company to add a late boat.')).toEqual([['The mayor', 'the ferry company to add a late boat']]);
    expect(contents('Ana Ruiz remarked upon the size of the crowd.')).toEqual(['the size of the crowd']);
  });

  it('reads "confident in" as one cue, what follows it as the content', () => {
    expect(pairs('The ferry crews are confident in the new harbour master.')).toEqual([['The ferry crews', 'the new harbour master']]);
  });

  it('reads "believe in" as one cue, what follows it as the content', () => {
    expect(pairs('Most residents believe in the new ferry plan.')).toEqual([['Most residents', 'the new ferry plan']]);
  });

  it('reads "voted in favor of" as one cue, what follows it as the content', () => {
    expect(pairs('The harbour board voted in favor of the new ferry.')).toEqual([['The harbour board', 'the new ferry']]);
  });

  it('reads "made no mention of" as one cue, what goes unmentioned as the content', () => {
    expect(pairs('The harbour master made no mention of the storm damage.')).toEqual([['The harbour master', 'the storm damage']]);
  });

  it('reads "raised questions about" as one cue, what is questioned as the content', () => {
    expect(pairs('The audit raised questions about whether the pier was safe.')).toEqual([['The audit', 'whether the pier was safe']]);
    expect(contents('Ana Ruiz has raised doubts about the ferry timetable.')).toEqual(['the ferry timetable']);
  });

  it('leaves a feeling voiced and its preposition to the cue ("expressed dismay at …", "expressed alarm that …")', () => {
    expect(pairs('The harbour board expressed dismay at the ruling.')).toEqual([['The harbour board', 'the ruling']]);
    expect(contents('Ana Ruiz expressed alarm that the pier was closing.')).toEqual(['that the pier was closing']);
  });

  it('reads "distanced herself from" as one cue, what she distanced herself from as the content', () => {
    expect(pairs('The harbour master distanced herself from the ferry plan.')).toEqual([['The harbour master', 'the ferry plan']]);
  });

  it('ends an object or infinitive before "and" and a cue in the cue\'s own tense, the source\'s next report ("vowed to … and celebrated …")', () => {
    expect(pairs('Lee vowed to keep the clinic open and celebrated the ruling on Monday.')).toEqual([['Lee', 'to keep the clinic open']]);
    // After a clause the verb may be its subject's: one report.
    expect(contents('Lee said she was tired of the delays and wanted a new plan.')).toEqual(['she was tired of the delays and wanted a new plan']);
    // But after a "that" or "whether" clause closed by a comma, ", but" and the cue's tense are the source's again.
    expect(pairs('Lee questioned whether Ruiz had the temperament to lead, but declined to repeat the charge.')).toEqual([['Lee', 'whether Ruiz had the temperament to lead'], ['Lee', 'to repeat the charge']]);
    expect(contents('Lee said he was not sure the rule would apply, but planned to follow it.')).toEqual(['he was not sure the rule would apply, but planned to follow it']);
  });

  it('ends an object before "as" or "even though" and a short subject with its verb, a clause of when or why ("criticized the bill as it moved …")', () => {
    expect(contents('Ruiz criticized the bill as it moved through the Senate.')).toEqual(['the bill']);
    expect(contents('Lee endorsed the measure even though she had doubts about it.')).toEqual(['the measure']);
    // "as" and what the object is called goes on, a relative clause in it too.
    expect(contents('Ruiz described the plan as a gamble that could fail.')).toEqual(['the plan as a gamble that could fail']);
  });

  it('ends an object before a show or town hall where it was said ("called the mayor a “fraud” on his radio show")', () => {
    expect(contents('Ruiz repeated his position at a town hall in Dover.')).toEqual(['his position']);
    expect(contents('Lee called the mayor a “fraud” on his radio show.')).toEqual(['the mayor a “fraud”']);
  });

  it('ends an object before "when" and a clause of its own, though that clause has a finite verb ("supported the bill when it came …")', () => {
    expect(contents('Ruiz supported the bill when it came to the Senate for a vote.')).toEqual(['the bill']);
  });

  it('ends an object before "despite" ("supported the bill despite his own reservations")', () => {
    expect(contents('Lee supported the bill despite his own reservations.')).toEqual(['the bill']);
  });

  it('ends an infinitive before "and" and a finite verb, the source\'s own ("wants to win the race and spends …")', () => {
    expect(contents('Ruiz wants to win the race and spends heavily on ads.')).toEqual(['to win the race']);
    // An -ed word before a noun describes it: the infinitive goes on.
    expect(contents('Lee hopes to expand the clinic and need-based aid for families.')).toEqual(['to expand the clinic and need-based aid for families']);
  });

  it('ends an object before "and" and a verb in the cue\'s -s the tagger reads as a noun ("promotes his ideals and showcases his career")', () => {
    expect(contents('The museum promotes his humanitarian ideals and showcases his long career.')).toEqual(['his humanitarian ideals']);
  });

  it('ends an object before "and" and a word the tagger reads as a noun before an object pronoun ("supports the reform and ranks it …")', () => {
    expect(pairs('The harbour guild largely supports the ferry reform and ranks it as a higher priority.')).toEqual([['The harbour guild', 'the ferry reform']]);
  });

  it('reads "backed", "backs" and "backing" before an object as a stance, the object as the content; not "backed down" or "backed by"', () => {
    expect(pairs('The ferry union backed Ana Ruiz in the mayoral race.')).toEqual([['The ferry union', 'Ana Ruiz in the mayoral race']]);
    expect(pairs('A harbour group backing Tom Bell spent $2 million on ads.')).toEqual([['A harbour group', 'Tom Bell']]);
    expect(pairs('Tom Bell backed down on Monday.')).toEqual([]);
    expect(pairs('The plan was backed by the harbour board.')).toEqual([]);
  });

  it('ends the object of a verb that reports only an object at its phrase, though a clause follows ("supported him because …")', () => {
    expect(contents('I support him because he will fix the pier.')).toEqual(['him']);
    expect(contents('Ana Ruiz supported the bill when it came to a vote.')).toEqual(['the bill']);
  });

  it('ends the object of "endorsed" and "opposed" at its phrase, as of "supported" ("opposed it because it cost too much")', () => {
    expect(contents('Council members opposed it because it cost too much.')).toEqual(['it']);
    expect(contents('The ferry union endorsed Tom Bell when he ran for mayor.')).toEqual(['Tom Bell']);
  });

  it('ends what is supported before the size of the support ("backed Lee by 20 points", ", 57 percent to 22 percent")', () => {
    expect(contents('Older voters supported Ana Ruiz by a wide margin in March.')).toEqual(['Ana Ruiz']);
    expect(contents('Male voters backed Tom Bell, 57 percent to 22 percent.')).toEqual(['Tom Bell']);
    // After a verb of preference too, and with no comma before the score ("favored Lee 46 percent to 32 percent").
    expect(pairs('Among nurses, older staff favored Tom Bell 46 percent to 32 percent.')).toEqual([['older staff', 'Tom Bell']]);
    expect(pairs('The harbour crews favored Ana Ruiz by broad margins in polls.')).toEqual([['The harbour crews', 'Ana Ruiz']]);
  });

  it('ends what is supported before a bare day ("endorsed Bell Wednesday", "Ana Ruiz (D-Ore.) Friday")', () => {
    expect(contents('The former mayor endorsed Tom Bell Wednesday.')).toEqual(['Tom Bell']);
    expect(contents('Lee threw her support behind Sen. Ana Ruiz (D-Ore.) Friday.')).toEqual(['Sen. Ana Ruiz (D-Ore.)']);
    // Not a day that owns the noun after it: "expect Ruiz to win Monday's debate".
    expect(pairs("Most of the dockworkers expect Ana Ruiz to win Monday's debate.")).toEqual([['Most of the dockworkers', "Ana Ruiz to win Monday's debate"]]);
  });

  it('takes an object pronoun alone as what is supported or opposed ("endorsed him say …", "opposed it on those grounds")', () => {
    expect(pairs('Groups that have endorsed him say the rules should change.')[0]).toEqual(['Groups that', 'him']);
    expect(contents('Lee supported it and Ruiz, as before, opposed it.')[0]).toBe('it');
    expect(contents('Some council members opposed it on those grounds.')).toEqual(['it']);
    // So it is at the end of the sentence, where "her" or "it" might be read as an adverbial's words.
    expect(pairs('The ferry union endorsed her on Friday.')).toEqual([['The ferry union', 'her']]);
    expect(pairs('Most voters oppose it.')).toEqual([['Most voters', 'it']]);
    // (Not "her" before its noun: "endorsed her campaign".)
    expect(contents('The ferry union endorsed her campaign for mayor.')).toEqual(['her campaign for mayor']);
  });

  it('ends what a participle in the sentence’s subject supports before the sentence’s verb ("Pastors supporting Ruiz … met")', () => {
    expect(pairs('Pastors supporting Ruiz in every county met on Friday.')).toEqual([['Pastors', 'Ruiz in every county']]);
  });
});

describe('a verb the tagger reads as the last word of its subject', () => {
  it('reads "cast" before a bare noun and a preposition as the verb ("The senator cast doubt on the figures")', () => {
    expect(sources('The senator cast doubt on the figures.')).toEqual(['The senator']);
    expect(pairs('Ruiz cast doubt on the figures.')).toEqual([['Ruiz', 'the figures']]);
  });

  it('reads "casts doubt on" as one cue too, though the tagger reads "casts" as a plural noun and "doubt" as the verb', () => {
    expect(pairs('Ruiz casts doubt on the figures.')).toEqual([['Ruiz', 'the figures']]);
    expect(cues('The senator casts doubt on the figures.')).toEqual(['casts doubt on']);
  });

  it('starts the content past "about" after an amount of speech ("Ruiz has said little about the budget")', () => {
    expect(pairs('Ruiz has said little about the budget.')).toEqual([['Ruiz', 'the budget']]);
    expect(contents('The report says nothing about the cost of the bridge.')).toEqual(['the cost of the bridge']);
  });

  it('reads "cast a vote for" as one cue, what the vote is for as the content ("The delegates cast their votes for Ruiz")', () => {
    expect(pairs('Most of the delegates cast their votes for Ruiz on Tuesday.')).toEqual([['Most of the delegates', 'Ruiz']]);
    expect(cues('Lee cast a vote against the measure.')).toEqual(['cast a vote against']);
  });
});

describe('requests for comment', () => {
  it('reads "calls seeking comment" as a request made of the source, not an attribution ("Ruiz did not return calls seeking comment")', () => {
    expect(pairs('Ruiz did not return calls seeking comment.')).toEqual([]);
    expect(pairs('Ruiz did not return emails seeking comment on the plan.')).toEqual([]);
  });
});

describe('a surname that is also a verb modifier', () => {
  it('reads "Long, the treasurer, said" as a name and its appositive, not a modifier and an aside before the verb', () => {
    expect(pairs('Long, the treasurer, said the plan failed.')).toEqual([['Long', 'the plan failed']]);
  });
});

describe('reactions received, with modifiers before the reaction noun', () => {
  it('reads "drew sharp criticism from" like "drew criticism from": the subject is the content, the source follows "from"', () => {
    expect(pairs('The plan drew sharp criticism from residents.')).toEqual([['residents', 'The plan']]);
    expect(pairs('The plan has drawn harsh, bitter criticism from residents.')).toEqual([['residents', 'The plan']]);
  });

  it('reads support, praise or endorsements received or won from a group the same way', () => {
    expect(pairs('Ruiz has won overwhelming support from union leaders.')).toEqual([['union leaders', 'Ruiz']]);
    expect(pairs('Lee still has not received any endorsements from his fellow senators.')).toEqual([['his fellow senators', 'Lee']]);
    expect(pairs('The bill faced stiff opposition from farmers.')).toEqual([['farmers', 'The bill']]);
  });

  it('reads "has the backing of", "won the endorsement of", "strong support among" the same way: the source follows "of" or "among"', () => {
    expect(pairs('Ruiz has the backing of the teachers union.')).toEqual([['the teachers union', 'Ruiz']]);
    expect(pairs('Last week Ruiz won the full endorsement of the county board.')).toEqual([['the county board', 'Ruiz']]);
    expect(pairs('Lee enjoys strong support among farmers.')).toEqual([['farmers', 'Lee']]);
    // After a relative pronoun the pronoun is the content; coordinated with another verb, the subject is.
    expect(pairs('The race went to Lee, who had the backing of the mayor.')).toEqual([['the mayor', 'who']]);
    expect(pairs('Ruiz drew big crowds and won the endorsement of the Harbor Times.')).toEqual([['the Harbor Times', 'Ruiz']]);
    // A participle after it goes on with the subject, not with the reaction's source.
    expect(sources('Ruiz has won the support of farmers by echoing complaints voiced by growers.')).toEqual(['Ruiz']);
  });
});

describe('support thrown behind someone', () => {
  it('reads "threw her support behind", "pledged their support to" as a stance on the object, its subject the source', () => {
    expect(pairs('The former governor threw her support behind Ruiz.')).toEqual([['The former governor', 'Ruiz']]);
    expect(pairs('Several unions have pledged their support to the mayor.')).toEqual([['Several unions', 'the mayor']]);
    expect(pairs('Lee is lending his support to candidates who share his views.')).toEqual([['Lee', 'candidates who share his views']]);
  });
});

describe('a supporter or critic of someone', () => {
  it('reads "is a fervent supporter of", "has been an early backer of", "was a fierce critic of" as the subject\'s stance on the object', () => {
    expect(pairs('Ana Ortiz is a fervent supporter of Tom Bell.')).toEqual([['Ana Ortiz', 'Tom Bell']]);
    expect(pairs('Lee has been an early backer of the harbor plan.')).toEqual([['Lee', 'the harbor plan']]);
    expect(pairs('The mayor was a fierce critic of the ferry contract.')).toEqual([['The mayor', 'the ferry contract']]);
  });
});

describe('the first of a kind to endorse someone', () => {
  it('gives "the first senator to endorse Ruiz" the stance of the one singled out, the subject of "was" before it if any', () => {
    expect(pairs('Ortiz was the first Democrat in the assembly to endorse Ruiz.')).toEqual([['Ortiz', 'Ruiz']]);
    expect(pairs('Lee is not the only well-known Republican to endorse Ruiz.')).toEqual([['Lee', 'Ruiz']]);
    expect(pairs('The first member of the council to endorse him was Ana Ortiz.')).toEqual([['The first member of the council', 'him']]);
  });
});

describe('attacks launched on someone', () => {
  it('reads "unleashed a harsh attack on", "leveling sharp criticism at" as an attack on the object by the subject', () => {
    expect(pairs('Ruiz unleashed a harsh attack on Lee on Monday.')).toEqual([['Ruiz', 'Lee']]);
    expect(pairs('The governor launched a pre-emptive attack against the mayor.')).toEqual([['The governor', 'the mayor']]);
    expect(pairs('The minister was leveling unusually sharp criticism at the board.')).toEqual([['The minister', 'the board']]);
  });
});

describe('modifiers inside any multiword cue', () => {
  it('reads a manner adverb between a verb and its particle, or adjectives before the cue\'s noun, as part of the cue', () => {
    expect(cues('Ruiz spoke briefly about the budget.')).toEqual(['spoke briefly about']);
    expect(pairs('The vote raised new questions about the plan.')).toEqual([['The vote', 'the plan']]);
    // Not other words between a verb and its particle: "look good for" is no "look for".
    expect(cues('Things look good for Lee.')).toEqual([]);
  });
});

describe('quoted by a medium as saying', () => {
  it('reads the person quoted as the source, not the medium that quotes ("Ruiz was quoted by the Herald as saying …")', () => {
    expect(pairs('Ruiz was quoted by the Herald as saying the plan failed.')).toEqual([['Ruiz', 'the plan failed']]);
    expect(pairs('Ruiz was quoted in the local paper as saying the plan failed.')).toEqual([['Ruiz', 'the plan failed']]);
  });
});

describe('a plural object before an infinitive', () => {
  it('reads an -s word between a verb of making or wanting and "to" as the object ("Economists expect rates to rise")', () => {
    expect(pairs('Economists expect rates to rise.')).toEqual([['Economists', 'rates to rise']]);
    expect(tags('Economists expect rates to rise.').slice(0, 3)).toEqual(['noun', 'verb', 'noun']);
  });
});

describe('two cues sharing one clause', () => {
  it('gives the clause after a second cue set off by commas to the first as well ("Ruiz said, and Lee agreed, that …")', () => {
    expect(pairs('Ruiz said, and Lee agreed, that the plan failed.')).toEqual([['Ruiz', 'that the plan failed'], ['Lee', 'that the plan failed']]);
    // The second subject may have an article, be a pronoun or take an adverb.
    expect(sources('Ruiz said, and the mayor agreed, that the bridge would close.')).toEqual(['Ruiz', 'the mayor']);
    expect(sources('Ruiz said, and he quickly agreed, that the bridge would close.')).toEqual(['Ruiz', 'he']);
  });
});

describe('a quotation restated as all the source would say', () => {
  it('gives the quotation before "That was all Ruiz would say" to Ruiz', () => {
    expect(pairs('“We\'ll see.” That was all Ruiz would say.')).toEqual([['Ruiz', 'We\'ll see.']]);
  });
});

describe('a verb after a predicate adjective', () => {
  it('reads a noun-or-verb word after "are too high" and before its object as the clause\'s verb ("Republicans who say taxes are too high favor Lee")', () => {
    expect(pairs('Republicans who say taxes are too high favor Lee.')).toEqual([['Republicans who', 'taxes are too high']]);
  });
});

describe('two attributions holding each other\'s cues', () => {
  it('keeps the speech act and drops the other ("The new tallies indicate, Lee said in an interview, that …")', () => {
    expect(pairs('The new tallies indicate, Lee said in an interview, that the county spent more than it reported.')).toEqual([
      ['Lee', 'The new tallies indicate, Lee said in an interview, that the county spent more than it reported'],
    ]);
  });
});

describe('a report of its own joined to an object', () => {
  it('ends an object or infinitive before "and", "when", "even though" … with a subject and a cue of its own ("declined to renew it and the council could not find …")', () => {
    expect(pairs('The mayor declined to renew the contract and the council could not confirm a new bidder.')).toEqual([['The mayor', 'to renew the contract'], ['the council', 'a new bidder']]);
    expect(pairs('Ruiz decided not to seek a recount even though she found errors in the tally.')).toEqual([['Ruiz', 'not to seek a recount'], ['she', 'errors in the tally']]);
    expect(pairs('Ruiz accused Lee of a smear over her donors when Lee suggested the former mayor was a captive of the old guard.')).toEqual([
      ['Ruiz', 'Lee of a smear over her donors'], ['Lee', 'the former mayor was a captive of the old guard'],
    ]);
    // Not two subjects of one reported clause.
    expect(pairs('Lee said she and her aides agreed the plan was sound.')).toEqual([['Lee', 'she and her aides agreed the plan was sound']]);
  });

  it('ends a reported clause before ", while" or ", though" with a subject and a cue of its own ("argued the plan was sound, while the council sought …")', () => {
    expect(pairs('Lee argued the plan was sound, while the council sought to delay the vote.')).toEqual([['Lee', 'the plan was sound'], ['the council', 'to delay the vote']]);
    expect(pairs('Lee argued the plan was sound, while the council met on Tuesday.')).toEqual([['Lee', 'the plan was sound, while the council met on Tuesday']]);
    expect(pairs('Records show Ruiz has given $30,000 to campaigns since 2010, though county records indicate he owns no home.')).toEqual([
      ['Records', 'Ruiz has given $30,000 to campaigns since 2010'], ['county records', 'he owns no home'],
    ]);
  });
});

describe('a saying coordinated after another report', () => {
  it('ends the first content before "and" / ", and" / "while" that opens the next source\'s speech act ("…, and others have said …")', () => {
    expect(pairs('Several council members have said they will skip the hearing and others have said they are not interested in testifying.')).toEqual([
      ['Several council members', 'they will skip the hearing'], ['others', 'they are not interested in testifying'],
    ]);
    expect(pairs('The agency contends that the project is on schedule, and Ana Ruiz, its chief engineer, said the crews were adding a shift.')).toEqual([
      ['The agency', 'that the project is on schedule'], ['Ana Ruiz', 'the crews were adding a shift'],
    ]);
    // So before "while" and a speech act of any verb.
    expect(pairs('Lee accused the board of stalling while residents warned of more flooding.')).toEqual([
      ['Lee', 'the board of stalling'], ['residents', 'more flooding'],
    ]);
    // Two names or a pronoun and a noun joined by "and" are one source; a participle goes on with its clause.
    expect(contents('The report contradicted what Lee and Ruiz said about the vote.')[0]).toBe('what Lee and Ruiz said about the vote');
    expect(contents('Ruiz said she and her aides had left before the vote.')).toEqual(['she and her aides had left before the vote']);
    expect(contents('Ruiz said the plan depends on Lee winning the primary and the race continuing into June.')).toEqual([
      'the plan depends on Lee winning the primary and the race continuing into June',
    ]);
  });
});

describe('a cue of writing with a noun phrase after it', () => {
  it('reports no work made ("wrote a book", "posted a video"), only a clause or a quotation after it', () => {
    expect(pairs('Ruiz wrote a children\'s book about the flood.')).toEqual([]);
    expect(pairs('The museum posted a video of the ceremony on Friday.')).toEqual([]);
    // What a piece is about is still its content.
    expect(pairs('Ruiz wrote a column about the ferry crew.')).toEqual([['Ruiz', 'the ferry crew']]);
    expect(pairs('Ruiz wrote that the flood had changed the town.')).toEqual([['Ruiz', 'that the flood had changed the town']]);
    // A participle after the dropped one still takes its source.
    expect(pairs('The council wrote Lee, urging her to reopen the pier.')).toEqual([['The council', 'her to reopen the pier']]);
  });
});

describe('a date inside the content', () => {
  it('reads on past the commas around a date\'s year ("invoked the Sept. 11, 2001, attacks")', () => {
    expect(contents('Ruiz mentioned the June 3, 2015, meeting with the mayor.')).toEqual(['the June 3, 2015, meeting with the mayor']);
    expect(contents('Lee said the Nov. 8, 2016, election was a turning point.')).toEqual(['the Nov. 8, 2016, election was a turning point']);
  });
});

describe('the source\'s next verb after "but"', () => {
  it('ends the content before "but" and a verb in the cue\'s own tense with no subject between ("acknowledged that … but declined to …")', () => {
    expect(pairs('The campaign acknowledged that Ruiz had given paid speeches but declined to list the fees.')).toEqual([
      ['The campaign', 'that Ruiz had given paid speeches'], ['The campaign', 'to list the fees'],
    ]);
    // Not inside a relative clause, whose own verb it is.
    expect(pairs('Lee praised a rival who weighed a run but stepped aside.')).toEqual([['Lee', 'a rival who weighed a run but stepped aside']]);
  });
});

describe('a relative clause on a noun at the end of the reported clause', () => {
  it('ends the content before ", which …" on a noun when the relative clause runs to the end of the sentence', () => {
    expect(contents('Ruiz said she would attend the convention, which begins Monday.')).toEqual(['she would attend the convention']);
    // Not after a figure ("would lose 40 million, which would force …" goes on with what was said), nor one the sentence's verb follows.
    expect(contents('Lee said the port would lose 40 million, which would force cuts to the ferry service.')).toEqual(['the port would lose 40 million, which would force cuts to the ferry service']);
    expect(contents('Lee said the ferries, which sail at dawn, would stop running.')).toEqual(['the ferries, which sail at dawn, would stop running']);
  });
});

describe('a cue verb\'s preposition before a wh-clause', () => {
  it('leaves the preposition with the verb and starts the content at the wh-word ("disagree on how …", "hinted at what …")', () => {
    expect(contents('Council members disagree on how the money should be spent.')).toEqual(['how the money should be spent']);
    expect(contents('The mayor hinted at what the new budget might include.')).toEqual(['what the new budget might include']);
  });
});

describe('a hyphen after an abbreviation', () => {
  it('reads "U.S.-Canada" as one word, not an abbreviation and a dash that closes the clause', () => {
    expect(contents('Lee vowed to build a fence along the U.S.-Canada line and hire more guards.')).toEqual(['to build a fence along the U.S.-Canada line and hire more guards']);
  });
});

describe('a negated infinitive after a leading phrase', () => {
  it('skips a phrase of time or circumstance before "not to" as before "to" ("decided after a long review not to renew …")', () => {
    expect(contents('The board decided after a lengthy review not to renew the contract.')).toEqual(['not to renew the contract']);
    expect(contents('The board decided on Monday not to renew the contract.')).toEqual(['not to renew the contract']);
  });
});

describe('a day between a cue verb and its particle', () => {
  it('leaves the particle after the day with the verb ("spoke out Tuesday about …", "called Friday for …")', () => {
    expect(contents('Lee spoke out Tuesday about the death of the fisherman.')).toEqual(['the death of the fisherman']);
    expect(contents('The mayor called Friday for releasing the police videos.')).toEqual(['releasing the police videos']);
    expect(contents('They only learned on Friday of the arrangements with the firm.')).toEqual(['the arrangements with the firm']);
  });
});

describe('an addressee whose last noun the tagger reads as a verb', () => {
  it('skips "told an invited crowd at the Union League club" to the clause after "that"', () => {
    expect(contents('He told an invited crowd at the city\'s Union League club that he wants a stronger navy.')).toEqual(['that he wants a stronger navy']);
  });
});

describe('a relative clause with a clause of its own before the cue', () => {
  it('reads "Voters who think the race is rigged" as the source of "say", however long the relative clause', () => {
    expect(pairs('Voters who think the race is rigged say they will stay home.')).toEqual([['Voters who think the race is rigged', 'they will stay home']]);
    // Ending in a predicate adjective too.
    expect(pairs('Residents who believe the levy is unfair say they will vote no.')).toEqual([['Residents who believe the levy is unfair', 'they will vote no']]);
  });

  it('reads a relative clause opened by "whose", or ending in a phrasal particle, or with an irregular past verb, as the source\'s', () => {
    expect(pairs('The mayors whose budgets have been frozen say the plan is unfair.')).toEqual([['The mayors whose budgets have been frozen', 'the plan is unfair']]);
    expect(pairs('Towns whose bylaws were struck down say the ruling is unfair.')).toEqual([['Towns whose bylaws were struck down', 'the ruling is unfair']]);
    // The tagger reads "lost" as an adjective.
    expect(pairs('Residents who lost their homes say the council moved too slowly.')).toEqual([['Residents who lost their homes', 'the council moved too slowly']]);
    // Behind an inverted cue too.
    expect(sources('“We lost everything,” said a fisherman who sold his boat.')).toEqual(['a fisherman who sold his boat']);
  });
});

describe('a subject relative "that" inside the source', () => {
  it('reads "An analysis of groups that raised money" as the source, not the relative clause\'s object', () => {
    expect(sources('An analysis of groups that raised money since March shows the council ahead.')).toEqual(['An analysis of groups that raised money']);
    // Not across a clause that opens inside it: the phrase after "when" is that clause's subject.
    expect(sources('The effect is one that is common when voters know the result will be close.')).toEqual(['voters']);
  });
});

describe('a date\'s year after a comma', () => {
  it('reads the year of "Jan. 1, 2015," as the date\'s, not an aside: the source is not the date', () => {
    expect(sources('An audit of groups that have raised $2 million since Jan. 1, 2015, shows the council ahead.')).toEqual(['An audit of groups that have raised $2 million since Jan. 1, 2015']);
    expect(sources('The audit, released on March 3, 2016, shows that the council overspent.')).toEqual(['The audit']);
  });
});

describe('a gerund after a noun, a relative clause without its pronoun', () => {
  it('reads the noun right before the gerund as its source, not the phrase it is the object in ("a resource for anyone wanting …")', () => {
    expect(pairs('The site is a useful resource for anyone wanting to learn more about the levy.')).toEqual([['anyone', 'to learn more about the levy']]);
  });

  it('reads the gerund\'s clause on the sentence\'s first noun as part of the subject ("Voters wanting change backed Lee")', () => {
    expect(pairs('Voters wanting change backed Lee.')).toEqual([['Voters wanting change', 'Lee']]);
    expect(pairs('Anyone expecting the council to pivot to a new tone will find that the mayor rarely does.')).toEqual([['Anyone', 'the council to pivot to a new tone'], ['Anyone expecting the council to pivot to a new tone', 'that the mayor rarely does']]);
  });

  it('ends the gerund\'s object before the sentence\'s verb ("Residents demanding a recount gathered …")', () => {
    expect(pairs('Residents demanding a recount gathered outside city hall.')).toEqual([['Residents', 'a recount']]);
  });
});

describe('an infinitive of saying after "be" and a thing someone has', () => {
  it('reads the possessor as the source of "His best response was to say …", not the response', () => {
    expect(sources('His best response was to say that the levy had failed.')).toEqual(['His']);
    expect(sources('The mayor’s campaign answer was to say that the levy had failed.')).toEqual(['The mayor']);
    // (No possessor: the subject itself.)
    expect(sources('The best answer was to say that the levy had failed.')).toEqual(['The best answer']);
    expect(sources('The mayor’s answer was to say nothing.')).toEqual(['The mayor']);
  });
});

describe('"hammer" with a particle of another sense', () => {
  it('reads no attack in "is hammered home" or "hammered out" (stressed, negotiated), only in "hammered Ruiz"', () => {
    expect(cues('The message is hammered home to voters that the levy failed.')).toEqual([]);
    expect(cues('The two sides hammered out a deal on the levy.')).toEqual([]);
    expect(cues('Lee hammered Ruiz over the levy.')).toEqual(['hammered']);
  });
});

describe('phrasal attacks and stances', () => {
  it('reads "took a swipe at", "took some shots at" (a determiner or modifiers inside) and "came out against" as cues', () => {
    expect(pairs('Ruiz took a swipe at the mayor’s budget.')).toEqual([['Ruiz', 'the mayor’s budget']]);
    expect(pairs('Lee took some shots at the council on Tuesday.')).toEqual([['Lee', 'the council']]);
    expect(pairs('The union came out against the pier tax.')).toEqual([['The union', 'the pier tax']]);
  });

  it('reads "doubts about", "doubts over" as a noun cue before what is doubted', () => {
    expect(contents('Her doubts about the plan grew over the summer.')).toEqual(['the plan']);
  });

  it('reads "took credit for" as a cue, modifiers inside or not ("takes full credit for")', () => {
    expect(pairs('The mayor took credit for the new pier.')).toEqual([['The mayor', 'the new pier']]);
    expect(pairs('Ruiz takes full credit for the idea of a toll.')).toEqual([['Ruiz', 'the idea of a toll']]);
  });

  it('reads "chants of" as a noun cue before what is chanted ("roused the crowd to loud chants of “…”")', () => {
    expect(contents('Ruiz roused the crowd to loud chants of “Build the pier!”')).toEqual(['Build the pier!']);
  });
});

describe('a plural source closing the sentence before a bare verb of evidence', () => {
  it('reads "…, campaign finance records show." as the records showing the clause (the tagger read "show" as a noun)', () => {
    expect(pairs('The firm gave $5,000 to the group in June, campaign finance records show.')).toEqual([['campaign finance records', 'The firm gave $5,000 to the group in June']]);
    expect(pairs('Lee had to lend his campaign money last month, fundraising documents show.')).toEqual([['fundraising documents', 'Lee had to lend his campaign money last month']]);
  });
});

describe('a plural object after a participle', () => {
  it('reads an -s word right after "…, citing" as the participle\'s object, not a verb ("Ruiz quit, citing reasons of health")', () => {
    expect(pairs('Ruiz quit, citing reasons of health.')).toEqual([['Ruiz', 'reasons of health']]);
    expect(tags('Ruiz quit, citing reasons of health.')[4]).toBe('noun');
  });
});

describe('a gerund after "to"', () => {
  it('reads a reliable cue\'s gerund after "to" as the subject\'s report ("pivoted to arguing that …"), not a weak one\'s', () => {
    expect(pairs('Lee quickly pivoted to arguing that the pier was one more reason to raise the toll.')).toEqual([['Lee', 'that the pier was one more reason to raise the toll']]);
    expect(pairs('The course is critical to understanding the world.')).toEqual([]);
  });

  it('does the same after "in" ("joined Ruiz in calling for …", "In describing his rival, Ruiz said …")', () => {
    expect(pairs('Lee joined Ruiz in calling for an inquiry into the pier.')).toEqual([['Lee', 'an inquiry into the pier']]);
    expect(pairs('In describing his rival, Ruiz said he lacked curiosity.')).toEqual([['Ruiz', 'his rival'], ['Ruiz', 'he lacked curiosity']]);
    expect(pairs('The council was slow in seeking bids for the pier.')).toEqual([]);
  });

  it('does the same after "of" ("took the unusual step of announcing that …"), not for a weak cue ("no way of knowing")', () => {
    expect(pairs('Lee took the unusual step of announcing that the inquiry was closed.')).toEqual([['Lee', 'that the inquiry was closed']]);
    expect(pairs('He had no way of knowing what was in store for him.')).toEqual([]);
  });

  it('does the same after "from" ("refrained from criticizing …")', () => {
    expect(pairs('Lee refrained from criticizing the council in public.')).toEqual([['Lee', 'the council in public']]);
  });
  it('ends a reported clause before "before" or ", while" and a gerund speech cue, the source\'s next report', () => {
    expect(pairs('Ruiz said the audit was fair on the radio before claiming that the council hid its costs.')).toEqual([['Ruiz', 'the audit was fair on the radio'], ['Ruiz', 'that the council hid its costs']]);
    expect(pairs('Most council members said they would back the levy, while stressing that it was not an endorsement.')).toEqual([['Most council members', 'they would back the levy'], ['Most council members', 'that it was not an endorsement']]);
    // Not "while" with no comma: what the source did as they spoke.
    expect(pairs('Lee said she could not stay calm while talking about the flood.')).toEqual([['Lee', 'she could not stay calm while talking about the flood']]);
  });
  it('gives a reaction "when" someone reports something to that report ("the crowd booed when Lee told them …")', () => {
    expect(pairs('But at the fair, the crowd booed when Lee told them the levy would double.')).toEqual([['Lee', 'the levy would double']]);
    // A cue that takes a clause in "when" keeps it.
    expect(cues('Ruiz remembers when the mayor said the mill would close.')).toContain('remembers');
    // Before the source, "But" and a phrase of place report nothing.
    expect(pairs('But at the fair, the crowd booed.')).toEqual([]);
  });
  it('keeps an inverted source\'s "said" out of a relative clause\'s source that says something too (“…,” said Lee, who said …)', () => {
    expect(pairs('“The levy is unfair,” said Lee, who said she would vote against it.')).toEqual([['Lee', 'The levy is unfair,'], ['Lee, who', 'she would vote against it']]);
  });
  it('reads an -s word after a noun and before "show"/"suggest" … as the plural subject, not the cue ("FEC reports show that …")', () => {
    expect(pairs('County tax reports show that the mill paid nothing last year.')).toEqual([['County tax reports', 'that the mill paid nothing last year']]);
    expect(cues('Lee reports that the mill paid nothing.')).toEqual(['reports']);
  });
  it('takes a quantifier and "of" into the source after a reaction received ("has the backing of most of the unions")', () => {
    expect(sources('Ruiz has the backing of most of the county\'s farm groups.')).toEqual(['most of the county\'s farm groups']);
  });
  it('reads a reaction received through a phrasal verb, its article after the particle ("picked up the endorsement of")', () => {
    expect(pairs('Ruiz picked up the endorsement of the dockworkers union.')).toEqual([['the dockworkers union', 'Ruiz']]);
    expect(cues('Lee also picked up an endorsement from the mayor.')).toEqual(['picked up an endorsement from']);
  });
});

describe('content resuming after a parenthetical source', () => {
  const fragments = (text: string): string[][] => analyzeText(text).attributions.map((a) => a.content.spans.map((s) => text.slice(s.start, s.end)));
  it('goes on with "and" and a verb of the same subject ("…, the company said, and had passed …")', () => {
    expect(fragments('The driver had no known ties to any group, the company said, and had passed all background checks.')).toEqual([
      ['The driver had no known ties to any group', 'and had passed all background checks'],
    ]);
  });
  it('goes on with "because" and a clause, unless that clause reports ("…, analysts say, because there is …")', () => {
    expect(fragments('The effects of the rule are hard to predict, analysts say, because there is little precedent for it.')[0]).toEqual([
      'The effects of the rule are hard to predict', 'because there is little precedent for it',
    ]);
    expect(fragments('A win in the state is vital, he said on Monday, because he said the party wants to stop him.')[0]).toEqual(['A win in the state is vital']);
  });
});

describe('examples after an object', () => {
  it('keeps "especially …" and "such as" with a noun phrase after an object’s comma ("congratulated his rivals, especially Ruiz")', () => {
    expect(pairs('Lee congratulated his rivals, especially Ruiz and Park.')).toEqual([['Lee', 'his rivals, especially Ruiz and Park']]);
    expect(pairs('The council urged residents to prepare for storms, such as the floods of last spring.')).toEqual([['The council', 'residents to prepare for storms, such as the floods of last spring']]);
    // (Not "such as" before a clause of when: the object ends at its comma.)
    expect(pairs('Most voters favor exceptions, such as when the mother is at risk.')).toEqual([['Most voters', 'exceptions']]);
  });
  it('keeps an alternative joined by ", or" to an object ("wants the charges to stick, or to go away")', () => {
    expect(pairs('Ruiz wants the charges to stick, or to go away quietly.')).toEqual([['Ruiz', 'the charges to stick, or to go away quietly']]);
    expect(pairs('The mayor understands the cost of the flood to the town, or the pain families have endured.')).toEqual([['The mayor', 'the cost of the flood to the town, or the pain families have endured']]);
  });
});

describe('the end of an object phrase', () => {
  it('keeps a name after a comma that closes the object with the noun it names ("against the leading candidate, Ana Ruiz.")', () => {
    expect(contents('The mayor referred to her predecessor, John R. Ortiz.')).toEqual(['her predecessor, John R. Ortiz']);
    expect(contents('Lee vowed to campaign hard against the leading Republican candidate, Ana Ruiz.')).toEqual(['to campaign hard against the leading Republican candidate, Ana Ruiz']);
    // Only when the name runs to the end: a phrase after it still ends the object at the comma.
    expect(contents('The crowd booed her running mate, Ana Ruiz of Ohio, on Monday.')).toEqual(['her running mate']);
  });

  it('ends no content on a conjunction whose second half a comma cut off ("backed Lee in 2012 and, in later races, …")', () => {
    expect(contents('Ruiz backed Lee in 2012 and, in later races, stayed neutral.')).toEqual(['Lee in 2012']);
    expect(contents('Ortiz, a county chair, is supporting Lee as a delegate and, in a statement, praised him.')).toEqual(['Lee as a delegate']);
  });

  it('ends a clause at a quotation whose closing mark holds the comma when a clause of its own follows ("would “protect our parks,” the crowd applauded")', () => {
    expect(pairs('Lee said Ruiz would “protect our parks,” the crowd applauded loudly.')).toContainEqual(['Lee', 'Ruiz would “protect our parks,”']);
    // So after a fronted participle: the main clause after the quotation is not what was asked.
    expect(contents('Asked whether Ruiz “can win the seat,” 60 percent of voters said yes.')).toContainEqual('whether Ruiz “can win the seat,”');
    // And before "but" that turns from what was said, or a report of its own.
    expect(pairs('Ruiz said the plan was “a good start,” but she gave the council a warning: “Do not wait.”')).toContainEqual(['Ruiz', 'the plan was “a good start,”']);
    expect(pairs('Ruiz said she would “support the nominee,” while Lee said he would not.')).toContainEqual(['Ruiz', 'she would “support the nominee,”']);
  });

  it('ends a sentence before a bracketed citation after its stop ("… were off. [Daily Post.] - Ana Ruiz finds …")', () => {
    expect(contents('Lee explains why the polls were way off. [Daily Post.] - Ana Ruiz finds that voters care.')).toEqual(['why the polls were way off', 'that voters care']);
  });
});

describe('a cue in a clause of "as" after the content', () => {
  it('takes the clause before ", as X noted" as X\'s report ("The plan carries risks, as critics point out.")', () => {
    expect(pairs('The ferry plan carries real risks, as critics of the council point out.')).toEqual([['critics of the council', 'The ferry plan carries real risks']]);
    expect(pairs('The new levy will not ruin the harbor, as some have speculated.')).toEqual([['some', 'The new levy will not ruin the harbor']]);
  });

  it('leaves "as" a time after a quotation or for a crowd\'s reaction ("…,” she said, as the crowd applauded.")', () => {
    expect(pairs('“We will rebuild the pier,” Ruiz said, as the crowd applauded.')).toEqual([['Ruiz', 'We will rebuild the pier,']]);
    expect(pairs('Lee walked onto the stage, as the crowd cheered.')).toEqual([]);
  });
});

describe('a reported clause opening with "not" or "that"', () => {
  it('reads "not" before a quantifier as the clause\'s subject ("said not all voters agreed")', () => {
    expect(pairs('Ruiz said not all voters liked the new ferry schedule.')).toEqual([['Ruiz', 'not all voters liked the new ferry schedule']]);
    expect(pairs('Ruiz pointed out that not every district had voted.')).toEqual([['Ruiz', 'that not every district had voted']]);
  });

  it('reads "that" before an auxiliary as a complementizer after a number or a phrasal verb ("One in five say that won\'t …")', () => {
    expect(pairs('One in four say that will not change anything.')).toEqual([['One in four', 'that will not change anything']]);
    expect(pairs('Lee pointed out that was a costly mistake.')).toEqual([['Lee', 'that was a costly mistake']]);
  });
});

describe('a cue in a relative clause without "that"', () => {
  it('takes the noun phrase before its subject as what the source holds ("an offer the leadership rebuffed")', () => {
    expect(pairs('The mayor sought new ideas, an offer the council rebuffed at a meeting.')).toEqual([['The mayor', 'new ideas'], ['the council', 'an offer']]);
    expect(pairs('It was not the kind of budget many voters had expected, given the polls.')).toEqual([['many voters', 'the kind of budget']]);
  });

  it('leaves it when the cue reports a clause or an object of its own ("the plan he said would help")', () => {
    // (The noun is then the subject the reported clause leaves out, before the main clause's verb.)
    const text = 'Voters rejected the plan he said would help.';
    expect(analyzeText(text).attributions.filter((a) => a.cue?.text === 'said').map((a) => a.content.spans.map((s) => text.slice(s.start, s.end)))).toEqual([['the plan', 'would help']]);
  });
});

describe('a participle in an aside after the subject', () => {
  it('gives it the subject before the aside ("Lee, citing new data, said …")', () => {
    expect(pairs('The Herald, citing internal memos, reported that the ferry service would end.')).toEqual([['The Herald', 'internal memos'], ['The Herald', 'that the ferry service would end']]);
    expect(pairs('But Ruiz, noting the size of the crowd, said the race was close.')).toEqual([['Ruiz', 'the size of the crowd'], ['Ruiz', 'the race was close']]);
  });
});

describe('a participle in a phrase opening the sentence', () => {
  it('gives it the main clause\'s subject and ends its report at the phrase\'s comma ("After arguing that …, Lee said …")', () => {
    expect(pairs('Now, after arguing that the polls were wrong, her team is suggesting that the race is close.')).toEqual([['her team', 'that the polls were wrong'], ['her team', 'that the race is close']]);
    expect(pairs('In addition to stating that the levy was too high, Ruiz vowed to cut it.')).toEqual([['Ruiz', 'that the levy was too high'], ['Ruiz', 'to cut it']]);
  });
});

describe('a quotation the content opens with', () => {
  it('ends before a phrase of when after it ("chanted “Lock her up!” as they had …"), not before "as" and a noun phrase', () => {
    expect(pairs('The marchers chanted "Fair pay now!" as they had all morning.')).toEqual([['The marchers', 'Fair pay now!']]);
    expect(pairs('A councillor shouted “Shame!” at the mayor during the vote.')).toEqual([['A councillor', 'Shame!']]);
    expect(pairs('Lee named “Harbor Nights” as her favourite show.')).toEqual([['Lee', '“Harbor Nights” as her favourite show']]);
  });
});

describe('a verb joined to the source after a relative clause in the object', () => {
  it('ends the object before "and" and a verb of another form than the relative’s, with an object ("rules that have driven … and cast the …")', () => {
    expect(pairs('The mayor blamed the council for rules that have driven shops out of the city and cast the budget chief as a friend of developers.')).toEqual([
      ['The mayor', 'the council for rules that have driven shops out of the city'],
      ['The mayor', 'the budget chief as a friend of developers'],
    ]);
  });
});

describe('a phrase of where it was published after a quotation inside the content', () => {
  it('ends the content before "in an interview …", "on Twitter", "in a blog post", not before "at his rally"', () => {
    expect(pairs('Ruiz said the new law has “kept us safe” on Twitter.')).toEqual([['Ruiz', 'the new law has “kept us safe”']]);
    expect(pairs('Lee said her campaign did not want “that nonsense,” in an interview with a local station on Sunday.')).toEqual([['Lee', 'her campaign did not want “that nonsense,”']]);
    expect(pairs('A neighbour described him as “the kindest man on the street” in a blog post.')).toEqual([['A neighbour', 'him as “the kindest man on the street”']]);
    expect(pairs('The senator said the protester would “not get hurt” at his rally.')).toEqual([['The senator', 'the protester would “not get hurt” at his rally']]);
  });
});

describe('a clause before the source when a setting follows the cue', () => {
  it('reports the clause before "X said during …" / "X told aides as …", not the phrase after the cue', () => {
    expect(pairs('This is not about the money, the mayor told her closest aides as she wrote the speech.')).toEqual([['the mayor', 'This is not about the money']]);
    expect(pairs('The budget is a mess and will hurt schools, Ana Ruiz said during a rally in the park.')).toEqual([['Ana Ruiz', 'The budget is a mess and will hurt schools']]);
    // Not an infinitive after the cue ("pledged to oppose …"), nor a fronted clause of when: "After the vote failed, …".
    expect(pairs('After the vote failed, Lee pledged to oppose the plan.')).toEqual([['Lee', 'to oppose the plan']]);
  });
});

describe('a phrase of where after "as X said"', () => {
  it('skips it to the main clause, mid-sentence and after "But" too ("In the old city, as Lee reported in his book, …")', () => {
    expect(pairs('In the old city, as Lee reported in his book, the elite lived well.')).toEqual([['Lee', 'the elite lived well']]);
    expect(pairs('But as Lee points out in a column on the news site, holding town halls gives the mayor an edge.')).toEqual([['Lee', 'holding town halls gives the mayor an edge']]);
    // Not a quotation after the comma, which is the content from its first word.
    expect(contents('But as the paper noted, “Still, Lee has not released his returns.”')).toEqual(['Still, Lee has not released his returns.']);
  });
});

describe('an aside holding a quoted title', () => {
  it('reads past the comma inside the title\'s closing mark to the name ("Lee, the author of “Going Home,” about the town, said")', () => {
    expect(pairs('Lee, the author of “Going Home,” about the history of the town, said the mill is gone.')).toEqual([['Lee', 'the mill is gone']]);
  });
});

describe('a source interrupting a fronted conditional and its main clause', () => {
  it('reports both around "X said in a tweet," ("If she wins, Ruiz said in a tweet, taxes will fall")', () => {
    expect(pairs('If she wins, Ruiz said in a tweet, taxes will fall.')).toEqual([['Ruiz', 'If she wins, Ruiz said in a tweet, taxes will fall']]);
  });
});

describe('source: a survey opening the sentence', () => {
  it('keeps a participle aside saying when the survey was made in its source ("In the poll, conducted in May, …")', () => {
    expect(pairs('In the new Lakeview poll, conducted in May, 40 percent of voters said they would back Ruiz.')).toEqual([['the new Lakeview poll, conducted in May', '40 percent of voters said they would back Ruiz']]);
    expect(pairs('In the Lakeview poll, released Monday, Ruiz led Lee by six points.')).toEqual([['the Lakeview poll, released Monday', 'Ruiz led Lee by six points']]);
  });
});

describe('tags: a verb after a plural subject and an adverb in -ly', () => {
  it('reads a bare word the lexicon calls an adjective as the verb there ("Residents overwhelmingly express support")', () => {
    expect(tags('Residents overwhelmingly express support for the new ferry.')[2]).toBe('verb');
    expect(pairs('Some council members privately express reservations about the budget.')).toEqual([['Some council members', 'reservations about the budget']]);
  });
});

describe('cue: a survey placing someone ("the poll has Ruiz leading")', () => {
  it('reads "has"/"puts" after a survey, with a noun phrase and where it stands, as the survey’s finding', () => {
    expect(pairs('The Lakeview poll has Ruiz leading Lee by six points.')).toEqual([['The Lakeview poll', 'Ruiz leading Lee by six points']]);
    expect(pairs('The poll puts the mayor’s approval at 41 percent.')).toEqual([['The poll', 'the mayor’s approval at 41 percent']]);
    expect(pairs('The poll has a margin of error of three points.')).toEqual([]);
  });
});

describe('a story’s title line with a subhead after a semicolon', () => {
  it('reads the subhead as a sentence of its own, and ends a label’s words at the semicolon', () => {
    const title = 'Historians: Ruiz, Lee tied no matter what; \nTheir fate hinges on the harbour vote, analyst says.\n\nThe vote is on Monday.';
    expect(pairs(title).slice(0, 2)).toEqual([['Historians', 'Ruiz, Lee tied no matter what'], ['analyst', 'Their fate hinges on the harbour vote']]);
  });
});

describe('a label in a story’s title line: a name and a noun', () => {
  it('reads "Ruiz camp:", "Harbor Watch:" and "Daily Post editorial:" as who says what follows, not "The Latest:"', () => {
    expect(pairs('Ruiz camp: Lee’s plan threatens the harbour.\n\nThe vote is on Monday.')[0]).toEqual(['Ruiz camp', 'Lee’s plan threatens the harbour.']);
    expect(pairs('Harbor Watch: City Hid Pier Report For Years.\n\nThe vote is on Monday.')[0]).toEqual(['Harbor Watch', 'City Hid Pier Report For Years.']);
    expect(pairs('The Latest: Lee to open the pier.\n\nThe vote is on Monday.')).toEqual([]);
  });
});

describe('a label in a story’s title line after a kicker or before whom it addresses', () => {
  it('reads the name before "to" as who says what follows ("Ruiz to Council: …"), and the name after a kicker’s dash', () => {
    expect(pairs('Ruiz to Council: Fix the Pier.\n\nThe vote is on Monday.')).toEqual([['Ruiz', 'Fix the Pier.']]);
    expect(pairs('Lee To Voters Worried About Taxes: It Will Be Fine.\n\nThe vote is on Monday.')).toEqual([['Lee', 'It Will Be Fine.']]);
    expect(pairs('EXCLUSIVE – Ruiz: Don’t Trust the Pier Builders.\n\nThe vote is on Monday.')).toEqual([['Ruiz', 'Don’t Trust the Pier Builders.']]);
    // (Not a plan, nor what a name will do.)
    expect(pairs('A Bold Plan to Fix the Pier: Sell Boats.\n\nThe vote is on Monday.')).toEqual([]);
  });
});

describe('a subhead of the title opening with a verb', () => {
  it('takes the headline’s source for the subhead’s verbs ("Ruiz hints …; \\nSays Lee would …", "Spurns offer, blasts …")', () => {
    expect(pairs('‘Old pier’ her secret weapon, Ruiz hints; \nSays Lee would stack the board against fishermen.\n\nThe vote is on Monday.')[1]).toEqual(['Ruiz', 'Lee would stack the board against fishermen']);
    expect(pairs('Seaside mayor rebuffs council on pier plan; \nSpurns offer, blasts ‘reckless view of the budget.’\n\nThe vote is on Monday.').slice(1)).toEqual([['Seaside mayor', 'offer'], ['Seaside mayor', 'reckless view of the budget.']]);
  });
});

describe('a relative clause whose verb ends in a particle', () => {
  it('keeps the particle in the source ("Residents who moved away say …")', () => {
    expect(sources('Residents who moved away say the town has changed.')).toEqual(['Residents who moved away']);
    expect(sources('Officials who stepped down recently said the audit was flawed.')).toEqual(['Officials who stepped down']);
  });
});

describe('a relative clause on the subject ending in an object pronoun', () => {
  it('reads the subject through the clause to the main verb ("Aides who worked with him said …")', () => {
    expect(pairs('Aides who worked with him said the budget was too small.')).toEqual([['Aides who worked with him', 'the budget was too small']]);
    expect(pairs('Neighbors who wrote to her on Monday say the fence must go.')).toEqual([['Neighbors who wrote to her', 'the fence must go']]);
  });
});

describe('"those" before a relative clause on the subject', () => {
  it('is the antecedent, with the share of them it may be of ("27 percent of those who named a candidate said")', () => {
    expect(sources('Those who named a candidate said they could change their minds.')).toEqual(['Those who named a candidate']);
    expect(sources('About 30 percent of those who backed the levy said it was fair.')).toEqual(['30 percent of those who backed the levy']);
    // The same when the clause ends in its verb or an object pronoun.
    expect(sources('Most of those who backed him said it was fair.')).toEqual(['Most of those who backed him']);
  });
});

describe('a verb joined inside a relative clause on the subject', () => {
  it('ends its content before the main clause\'s verb ("Voters who backed Lee and said they were tired later voted for Ruiz")', () => {
    expect(pairs('Voters who backed Lee and said they were tired later voted for Ruiz.').at(-1)).toEqual(['Voters who', 'they were tired later']);
    expect(pairs('Ruiz - who toured the site and said it was safe - has closed it.').at(-1)).toEqual(['who', 'it was safe']);
  });
});

describe('an -s verb read as a plural noun after a singular subject with a modifier', () => {
  it('tags the sentence\'s verb a verb after a prepositional phrase or a relative aside ("The truck with broken lights stops here")', () => {
    expect(tags('The truck with broken lights stops here.')[5]).toBe('verb');
    // The report in the aside ends at its closing comma, before the main clause's verb.
    expect(contents('Lee, who said the plan would fail, now backs it.')[0]).toBe('the plan would fail');
    // (A plural noun before a preposition stays one; so does a plural subject's.)
    expect(tags('The drumbeat of big names from the past grew louder.')[4]).toBe('noun');
  });
});

describe('a time dated back after a source named behind its cue', () => {
  it('ends the source before "30 years ago" ("was praised by Lee 30 years ago")', () => {
    expect(sources('The plan was praised by Lee 30 years ago in a speech.')).toEqual(['Lee']);
    expect(sources('“We will win,” said Ana Ruiz two days later.')).toEqual(['Ana Ruiz']);
  });
});

describe('a bare cue word after "the" and a singular noun', () => {
  it('is the noun phrase\'s head, no cue ("discuss on the call-in show whether …", "the debunked claim that …")', () => {
    expect(cues('Ruiz would not discuss on the call-in show whether she was hoping for a Cabinet post.')).toEqual(['discuss']);
    expect(cues('Lee repeated the debunked claim that Ruiz opposed the war.')).not.toContain('claim');
    expect(cues('Ruiz made the following comment: “We will win.”')).toContain('comment');
    // (After a plural, or in a noun's prepositional phrase, it is the verb: "Supporters of the law hope …".)
    expect(cues('Supporters of the law hope this is a transition.')).toEqual(['hope']);
  });
});

describe('an -ed word the lexicon calls an adjective before an object', () => {
  it('is the verb after an appositive or after "which" ("Ana Ruiz, the group\'s director, released a statement confirming …")', () => {
    expect(sources('Ana Ruiz, the group\'s director, released a statement confirming it will double its staff.')).toEqual(['Ana Ruiz']);
    expect(tags('The union, which released a statement on Tuesday, was not a party.')[4]).toBe('verb');
  });
});

describe('"inside" and "outside" before an article', () => {
  it('are prepositions, not a source\'s first word ("Outside the campaign, a growing number of Democrats are warning …")', () => {
    expect(tags('Outside the campaign, aides warned against it.')[0]).toBe('prep');
    expect(sources('Outside the campaign, a growing number of Democrats are warning against a negative race.')).toEqual(['a growing number of Democrats']);
    // (One after a noun stays in its phrase.)
    expect(sources('Officials outside the agency said the plan was sound.')).toEqual(['Officials outside the agency']);
  });
});

describe('a participle after the object of a relative aside\'s verb', () => {
  it('reports up to the aside\'s closing comma ("The union, which released a statement questioning whether …, was not a party")', () => {
    expect(contents('The union, which released a statement questioning whether the ruling is fair, was not a party.')).toEqual(['whether the ruling is fair']);
  });
});

describe('spoken contractions of "want to" and "got to"', () => {
  it('are verbs, not a source\'s last word; "wanna" is the cue of wanting ("The Iranians wanna see …")', () => {
    expect(tags('The Iranians wanna see something new.')[2]).toBe('verb');
    expect(tags('You gotta fight, he said.')[1]).toBe('verb');
    expect(pairs('The Iranians wanna see something new.')).toEqual([['The Iranians', 'see something new']]);
  });
});

describe('a gerund between a determiner or a number and a noun', () => {
  it('modifies the noun and is no cue ("in the first two voting states")', () => {
    expect(tags('Nobody is that strong in the first two voting states.').slice(-3, -1)).toEqual(['adj', 'noun']);
    expect(cues('Nobody is that strong in the first two voting states.')).toEqual([]);
  });
});

describe('an -s word after a name, before a prepositional phrase and a plural auxiliary', () => {
  it('is a plural noun heading the source ("Ruiz delegates inside the hall have booed …")', () => {
    expect(tags('Ruiz delegates inside the hall have booed the mayor.')[1]).toBe('noun');
    expect(sources('Ruiz delegates inside the hall have booed the mayor.')).toEqual(['Ruiz delegates inside the hall']);
    // (A verb before a phrase that ends otherwise stays the verb.)
    expect(tags('Ruiz speaks at the rally in Ohio.')[1]).toBe('verb');
  });
});

describe('an adjective after "the" before a verb that ends the sentence', () => {
  it('is the noun, the verb\'s subject, and the verb a cue ("“…,” the editorial read.")', () => {
    expect(tags('“The pier must close,” the editorial read.').slice(-3, -1)).toEqual(['noun', 'verb']);
    expect(pairs('“The pier must close,” the editorial read.')).toEqual([['the editorial', 'The pier must close,']]);
  });
});

describe('a straight mark written right after a signature letter', () => {
  it('closes the quotation and is not the source\'s ("“… No, Lee. -H" Ruiz tweeted")', () => {
    expect(pairs('"The plan is cruel. No, Lee. -H" Ruiz tweeted.')).toEqual([['Ruiz', 'The plan is cruel. No, Lee. -H']]);
  });
});

describe('a name and a lower-case cue noun before a title line\'s colon', () => {
  it('are the source and the cue, not a speaker label ("IG report: …")', () => {
    expect(analyzeText('Audit report: The agency was wrong on the pier\n\nThe pier closed on Tuesday.\n').attributions.slice(0, 1).map((a) => [a.source?.text, a.cue?.text])).toEqual([['Audit', 'report']]);
  });
});

describe('a source that interrupts a mixed quotation', () => {
  it('takes the sentence on both sides when a quotation inside it closes, comma inside, right before the source', () => {
    expect(pairs('Voters who watch "certain cable shows," he said, end up in a debate "divorced from reality."')).toEqual([
      ['he', 'Voters who watch "certain cable shows," he said, end up in a debate "divorced from reality."'],
    ]);
    expect(pairs('The council put Lee on the list because of his "impact," Ruiz said, that he had on the race.')).toEqual([
      ['Ruiz', 'The council put Lee on the list because of his "impact," Ruiz said, that he had on the race'],
    ]);
  });
});

describe('a right-facing mark opening a quotation after a sentence', () => {
  it('opens it after an invisible direction mark or before an ellipsis, and starts a sentence ("… said. ” … the pier is")', () => {
    expect(pairs('Fans replied at once. \u202a”The pier must close. It is unsafe,” said Ana Ruiz. Others agreed.')).toEqual([['Ana Ruiz', 'The pier must close. It is unsafe,']]);
    expect(sources('Critics attacked the plan. ” … the pier is not safe,” Ruiz said in May.').slice(-1)).toEqual(['Ruiz']);
    expect(sources('Critics attacked the plan. ” … the pier is not safe,” Ruiz said in May.')[0]).toBe('Critics');
  });
});

describe('an inverted source in mid-sentence described by a relative clause', () => {
  it('resumes the content at the verb after the relative clause ("The plan, said Ruiz, who chairs the board, is …")', () => {
    expect(pairs('The plan, said Ruiz, who chairs the board, is too costly.')).toEqual([['Ruiz', 'The plan, said Ruiz, who chairs the board, is too costly']]);
    // (A reported clause's "that" is no inverted source: the source is before the cue.)
    expect(sources('The agency, a talent firm, says that Lee, who charges high fees, has lost money.')).toEqual(['The agency']);
  });
});

describe('a relative clause without "that" leaving out its reported clause\'s subject', () => {
  it('reports the noun before the source and the clause from the verb after the cue ("a probe the agency said was ongoing")', () => {
    expect(pairs('The board cited the audit, a review the agency said was still under way.').slice(-1)).toEqual([['the agency', 'a review the agency said was still under way']]);
    expect(pairs('It is a shift Ruiz said could push voters to the council, and she wants more of it.').slice(0, 1)).toEqual([['Ruiz', 'a shift Ruiz said could push voters to the council']]);
    expect(pairs('The mayor chose the aides she thought were the best fit.').slice(-1)).toEqual([['she', 'the aides she thought were the best fit']]);
    // (Not a verb of an object, whose object is left out, nor words for whatever was said: the verb after is the main clause's.)
    expect(pairs('The photo Ruiz posted was taken in May.')).toEqual([]);
    expect(contents('Not everything Ruiz says is true, Lee said.')).not.toContain('everything Ruiz says is true');
  });
});

describe('a name joined by "and" after a relative word', () => {
  it('is the whole source ("which the Office of Trade and Industry says …")', () => {
    expect(sources('Wages are higher in Spain, which the Office of Trade and Industry says had the top rates.')).toEqual(['the Office of Trade and Industry']);
    expect(sources('The plan, which Ruiz and Lee said would fail, passed.')).toEqual(['Ruiz and Lee']);
  });
});

describe('a question or a request put with a fronted "asked"', () => {
  it('is opened by "which", "whom" or an infinitive, and ends at the comma before the main clause', () => {
    expect(contents('When asked whom she backed, Ms. Ruiz smiled.')).toEqual(['whom she backed']);
    expect(contents('Asked which ward was his favorite, Lee laughed.')).toEqual(['which ward was his favorite']);
    expect(contents('When asked to confirm the report, a council aide said nothing.')[0]).toBe('to confirm the report');
    expect(contents('When asked which issue mattered most, only 23 percent of voters picked the pier.')[0]).toBe('which issue mattered most');
  });
});

describe('a cue right after "could" or "should"', () => {
  it('is a possibility or a recommendation, not a report ("the board could declare …"), but "I should say" reports', () => {
    expect(cues('The harbor board could declare the lease void next month.')).toEqual([]);
    expect(cues('Council members should consider switching their votes to Lee.')).toEqual([]);
    expect(cues('Lee said the board could declare the lease void.')).toEqual(['said']);
    expect(pairs('Before you judge, I should say that my mother ran the ferry for years.')).toEqual([['I', 'that my mother ran the ferry for years']]);
  });
});

describe('"means that"', () => {
  it('states a consequence, not a report ("the cost of the plan means that …")', () => {
    expect(cues('The rising cost of the plan means that the pier will close next year.')).toEqual([]);
  });
});

describe('a passive cue after a modal', () => {
  it('tells what may happen to something ("can be found here", "will be decided"), unless it gives a view ("could be seen as")', () => {
    expect(cues('The full audit can be found on the council website.')).toEqual([]);
    expect(cues('Ward 5 will also be considered a key battleground.')).toEqual([]);
    expect(cues('The new group will informally be dubbed the Harbor Coalition.')).toEqual([]);
    expect(cues('In truth, the memos will not be disclosed as part of the release.')).toEqual([]);
    expect(cues('Lee could be seen as the safer choice for the ward.')).toEqual(['seen as']);
  });
});

describe('a verb joined by "and" after a clause with a subject of its own', () => {
  it('goes with that clause ("Tom told Ana Ruiz, who answered the door and said …"), not with the earlier report', () => {
    expect(pairs('Tom Lee told Ana Ruiz, who answered her door on Sunday and said she would vote for Kline.')).toContainEqual(['who', 'she would vote for Kline']);
    expect(pairs('The crowd cheered when Lee spotted a sign in the crowd and asked for it to be brought to him.')).toContainEqual(['Lee', 'it to be brought to him']);
    // (In another tense the verb goes on with the main clause: "the groups that invited them and say …".)
    expect(pairs('Lee and Ruiz have described their speeches as favors to the groups that invited them and say they will stop.')).toContainEqual(['Lee and Ruiz', 'they will stop']);
  });
});

describe('a verb joined by "and" in a clause after a semicolon', () => {
  it('has that clause\'s subject for its source ("The recount went her way; she shook hands and said …")', () => {
    expect(pairs('The recount went her way; she shook hands with the staff and said the city would recover.')).toEqual([['she', 'the city would recover']]);
    expect(pairs('Turnout fell; the mayor toured the market and promised to cut fees.')).toEqual([['the mayor', 'to cut fees']]);
  });
});

describe('", but that/also/rather" after a belief cue', () => {
  it('goes on with what is held, when it corrects or adds to it (not the pronoun "that" before its verb)', () => {
    expect(contents('Both candidates believe the council acted, but that there is more to do.')).toEqual(['the council acted, but that there is more to do']);
    expect(contents('Ruiz thinks the danger is not the tax, but rather the way it is spent.')).toEqual(['the danger is not the tax, but rather the way it is spent']);
    expect(contents('Many voters assumed that Lee had the backing of the mayor, but that was not the case.')).toEqual(['that Lee had the backing of the mayor']);
  });

  it('reads the topic after a phrase of when or where in an opening "Asked … about …," ("Asked at a briefing Monday about the delay, …")', () => {
    expect(pairs('Asked at a briefing Monday about the delay, Ruiz said the plan was on track.')).toEqual([['', 'about the delay'], ['Ruiz', 'the plan was on track']]);
    expect(cues('Asked Tuesday about the audit, Lee said she knew nothing.')).toEqual(['Asked', 'said']);
  });

  it('does not take the object of a preposition for the main clause\'s subject ("…, looking for a way out on gun control, seized … and said")', () => {
    expect(sources('House Democrats, looking for a way to shake up the debate on gun control, seized the floor on Wednesday and said they would stay.')).toEqual(['House Democrats']);
    // (A subject pronoun after a clause-opening "as" is a subject.)
    expect(sources('As he shifts gears for the last months of his term, the mayor has begun to acknowledge that the divides grew.')).toEqual(['the mayor']);
  });

  it('steps over a phrase of when before a fronted clause ("Last month, when I asked Lee …, he … and said") to the main clause\'s subject', () => {
    expect(sources('Last month, when I asked Ruiz if he would back Lee, he looked into my camera, frowned and said, “Never.”')).toEqual(['I', 'he']);
  });

  it('gives a participle in an absolute after ", with" the noun phrase after "with" ("…, with senior officials underlining the risk and vowing …")', () => {
    expect(pairs('The council raised pressure on the mayor on Saturday, with senior officials underlining the risk and vowing to keep the budget closed.')).toEqual([['senior officials', 'to keep the budget closed']]);
    expect(sources('The talks stalled on Friday, with aides on both sides insisting that the deal was close.')).toEqual(['aides on both sides']);
  });

  it('gives a cue read as a noun after "a"/"an" that a verb takes ("Ruiz made an unprompted call for …") the verb\'s subject', () => {
    expect(sources('Ruiz made an unprompted call for an end to farm subsidies, calling them "corporate welfare."')).toEqual(['Ruiz', 'Ruiz']);
  });
});

describe('a preposition right after the cue opens its object', () => {
  it('keeps the noun before a quotation or infinitive inside the object', () => {
    expect(pairs('Lee warned of the dangers of “open borders” in a speech on Monday.')).toEqual([['Lee', 'the dangers of “open borders”']]);
    expect(pairs('Ruiz has boasted of his willingness to spend “whatever it takes” to win.')).toEqual([['Ruiz', 'his willingness to spend “whatever it takes” to win']]);
    expect(pairs('Ruiz remarked upon the fact that the council still has “more work to do.”')).toEqual([['Ruiz', 'the fact that the council still has “more work to do.”']]);
  });
  it('still skips it before a colon and a quotation', () => {
    expect(contents('Lee said of the council’s latest request: “We answered all of this.”')).toEqual(['We answered all of this.']);
  });
});

describe('an object phrase goes on past', () => {
  it('a hyphen glued to the word before it (a broken or suspended word, not a dash)', () => {
    expect(contents('Ruiz cast himself as a Lee- and Ortiz-style reformer.')).toEqual(['himself as a Lee- and Ortiz-style reformer']);
    expect(contents('The mayor slammed the board for giving the pier a C- rating at its meeting.')).toEqual(['the board for giving the pier a C- rating at its meeting']);
  });
  it('", and" before a phrase that is no clause ("…, and perhaps until the convention")', () => {
    expect(contents('Ruiz vowed to stay in the race through June, and perhaps until the convention.')).toEqual(['to stay in the race through June, and perhaps until the convention']);
    expect(contents('Lee accused the council of delaying the bill, and for backing the pier.')).toEqual(['the council of delaying the bill, and for backing the pier']);
    // (A clause of its own after the phrase ends the object.)
    expect(contents('Lee backed the plan, and by the summer, Ruiz had left.')).toEqual(['the plan']);
    // (Nor an adverb alone: it opens the next clause.)
    expect(contents('Lee demanded an apology, and soon after the vote the council agreed.')).toEqual(['an apology']);
    expect(contents('The chairman called for a voice vote, and then a show of hands.')).toEqual(['a voice vote, and then a show of hands']);
  });
  it('an aside between dashes before a preposition or infinitive ("urged all towns — rich and poor — to …")', () => {
    expect(contents('The pact urges all towns — rich and poor — to cut their fees.')).toEqual(['all towns — rich and poor — to cut their fees']);
    expect(contents('Ruiz asked the board to publish its figures - including the cost - of the new pier.')).toEqual(['the board to publish its figures - including the cost - of the new pier']);
    // (Not before a clause of its own: "— a dream for many voters — while …".)
    expect(contents('Lee backed a single tax — a dream for many voters — while the rest stayed home.')).toEqual(['a single tax']);
  });
});

describe('a comma between an adjective and a participle before their noun', () => {
  it('goes on with the object ("a lawless, terrorized town"), and a clause of when after it still ends it', () => {
    expect(contents('Lee painted a grim picture of a lawless, terrorized town as he spoke on Friday.')).toEqual(['a grim picture of a lawless, terrorized town']);
    expect(contents('The council wants roads that bypass the narrow, flooded farm lanes.')).toEqual(['roads that bypass the narrow, flooded farm lanes']);
  });

  it('takes an -ing noun before a comma as an object, not a first adjective, unless a hyphenated participle follows', () => {
    expect(contents('Ruiz condemned the shooting, visited victims and left town.')).toEqual(['the shooting']);
    expect(cues('Lee praised the ruling, called reporters and went home.')).toContain('called');
    expect(contents('Ruiz slammed the embarrassing, race-baiting tactics of the campaign.')).toEqual(['the embarrassing, race-baiting tactics of the campaign']);
  });
});

describe('a report after "and" inside a reported clause', () => {
  it('does not cut a coordinated subject right after the cue ("said his band and a friend wrote …")', () => {
    expect(contents('Ruiz said his band and a friend wrote new songs for the album.')).toEqual(['his band and a friend wrote new songs for the album']);
  });

  it('still cuts after the object of a cue that takes no bare clause ("denounced the deal and aides said …")', () => {
    expect(contents('Ruiz denounced the deal and aides said they would appeal.')).toEqual(['the deal', 'they would appeal']);
    expect(contents('Lee praised the mayor and council members said they agreed.')).toEqual(['the mayor', 'they agreed']);
  });
});

describe('a noun-phrase object before the event where it was said', () => {
  it('ends before "at"/"during" and a rally, debate, speech or conference, whatever verb forms the object holds', () => {
    const text = 'Harbor News\n\nRuiz defended her support of dredging and other costly works at a rally in Salem on Friday night. Lee urged an expanded role for the port during a speech at the chamber.';
    expect(contents(text)).toEqual(['her support of dredging and other costly works', 'an expanded role for the port']);
    // Not after a verb or its object pronoun, whose own place it is.
    expect(contents('Harbor News\n\nLee accused the manager of pushing her at a news conference in Salem.')).toEqual(['the manager of pushing her at a news conference in Salem']);
    // Nor where the event word only modifies the noun of a place.
    expect(contents('Harbor News\n\nRuiz defended the plan at a bus stop shelter. Lee backed the cuts at the dinner table.')).toEqual(['the plan at a bus stop shelter', 'the cuts at the dinner table']);
  });
});

describe('a noun-phrase object before a stretch of time', () => {
  it('ends before "in recent weeks", "in coming weeks", "for years" that close it', () => {
    const text = 'Harbor News\n\nRuiz played down the idea in recent weeks. The unions will endorse Lee in coming weeks. He backed ferry cuts for years.';
    expect(contents(text)).toEqual(['the idea', 'Lee', 'ferry cuts']);
    // Not after a verb form, nor a figure after "in".
    expect(contents('Harbor News\n\nThe poll shows Lee gaining ground in recent weeks. The port reported its lowest profit in 17 years.')).toEqual(['Lee gaining ground in recent weeks', 'its lowest profit in 17 years']);
    // "during" and "in the weeks to come" too.
    expect(contents('Harbor News\n\nRuiz has opposed the levy during the past few years. The unions will endorse Lee in the weeks to come.')).toEqual(['the levy', 'Lee']);
    // Not a figure after "for" (the object's own time), nor in a finding.
    expect(contents('Harbor News\n\nLee promised free tuition for two years. A study found a rise in thefts in recent months.')).toEqual(['free tuition for two years', 'a rise in thefts in recent months']);
  });
});

describe('cues whose object is what is reported', () => {
  it('"hints at", "sounds off on" and "made … comments about" report their object', () => {
    expect(pairs('Lee hints at a shakeup of the pier board.')).toEqual([['Lee', 'a shakeup of the pier board']]);
    expect(pairs('The mayor sounded off on Ruiz.')).toEqual([['The mayor', 'Ruiz']]);
    expect(cues('Ruiz has recently made harsh comments about the new harbour tax.')).toEqual(['made harsh comments about']);
    expect(pairs('Lee’s Daughter Makes Strong Statement About Ruiz Speech.\n\nThe text.')).toEqual([['Lee’s Daughter', 'Ruiz Speech']]);
  });
});
