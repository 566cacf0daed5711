import { describe, expect, it } from 'vitest';
import { draft } from './coach.fixtures.ts';
import { coach } from './coach.service.ts';
import { foldText } from './fold.util.ts';
import { STRONG_INSULTS, WEAK_INSULTS } from './lexicon.data.ts';

/** A draft the model scored as toxic, with no span: the rules alone decide what to keep. */
const toxic = { scores: { TOXICITY: 0.9 } };

const INSULT_WORDS = new Set([...STRONG_INSULTS, ...WEAK_INSULTS].map((w) => foldText(w).text));

/** Every word of the rewrite, folded, that is one of our insults. */
function insultsIn(text: string): string[] {
  return foldText(text)
    .text.split(/[^a-z']+/)
    .filter((w) => INSULT_WORDS.has(w));
}

describe('the rewrite', () => {
  it('says what happened, then the feeling and the need, keeping the subject (fr)', () => {
    const { rewrite } = coach(draft('Tu es nul, ton code plante encore', 'fr'));
    expect(rewrite).toMatch(
      /^Quand je vois que ton code plante encore, je me sens frustré·e\. J’ai besoin de /,
    );
    expect(rewrite).toMatch(/\?$/);
    expect(insultsIn(rewrite ?? '')).toEqual([]);
  });

  it('says what happened, then the feeling and the need, keeping the subject (en)', () => {
    const { rewrite } = coach(draft("You're such a loser, your code is broken again", 'en'));
    expect(rewrite).toMatch(
      /^When I see that your code is broken again, I feel frustrated\. I need cooperation\./,
    );
  });

  it('turns an insult used as a noun into a neutral one where grammar allows', () => {
    const fr = coach(draft('ces abrutis ont encore bloqué la route', 'fr')).rewrite;
    expect(fr).toContain('que ces gens ont encore bloqué la route');
    const en = coach(draft('all the other knuckleheads were there', 'en')).rewrite;
    expect(en).toContain('all the other people were there');
  });

  it('softens sweeping adverbs and lowers the voice', () => {
    expect(coach(draft('TU ES TOUJOURS EN RETARD !!!', 'fr')).rewrite).toContain(
      'que tu es souvent en retard, je me sens',
    );
    expect(coach(draft('you never listen to me', 'en')).rewrite).toContain('you rarely listen');
  });

  it('keeps a clause whole or leaves it out, never a sentence with words cut out', () => {
    // Old rewrites: "I feel frustrated: the arguments I read here.", "… : encore une idée du bureau."
    expect(coach(draft('the idiotic arguments I read here', 'en', toxic)).rewrite).toBeNull();
    expect(coach(draft('encore une idée débile du bureau', 'fr', toxic)).rewrite).toBeNull();
    expect(coach(draft('ton plan est nul', 'fr')).rewrite).toBeNull();
    // An insult said of someone is the claim: renaming it would keep the claim's shape.
    expect(coach(draft('les femmes sont des chiennes', 'fr')).rewrite).toBeNull();
    // Texting for "t'es qui toi" is not a clause to observe.
    expect(coach(draft('t ki toi? un bouffon?', 'fr')).rewrite).toBeNull();
  });

  it('drops a swear word only where it is an optional modifier of a noun', () => {
    const { scaffold } = coach(draft('I will not sell the fucking picture', 'en', toxic));
    expect(scaffold.observation).toBe('I will not sell the picture');
  });

  it.each([
    ['Tu es nul, ton code plante encore', 'fr'],
    ["Espèce d'abruti, t'as encore oublié la réunion", 'fr'],
    ['Nobody would miss you if you disappeared.', 'en'],
    ["Tu devrais avoir honte, personne ne t'aime.", 'fr'],
    ['just kys already', 'en'],
    ['ta gueule connard, je vais te retrouver', 'fr'],
    ['bravo le génie, tu as encore cassé le build', 'fr'],
    ['What an idiot, you broke the build again', 'en'],
    ['shut up you moron, nobody asked', 'en'],
    ["You're a pathetic liar and I'll find you.", 'en'],
  ] as const)('contains none of our insults: "%s"', (text, language) => {
    const { rewrite } = coach(draft(text, language));
    expect(rewrite).not.toBeNull();
    expect(insultsIn(rewrite ?? '')).toEqual([]);
    expect(coach(draft(rewrite ?? '', language)).findings).toEqual([]);
  });

  it('is null when there is nothing to rewrite or irony would flip the meaning', () => {
    expect(coach(draft('Merci pour ton aide, à demain', 'fr')).rewrite).toBeNull();
    expect(coach(draft('See you tomorrow at the library', 'en')).rewrite).toBeNull();
    expect(coach(draft('great plan /s', 'en')).rewrite).toBeNull();
  });
});

describe('the scaffold', () => {
  it('speaks the language of the draft', () => {
    const fr = coach(draft("T'es nul, tu ne m'écoutes jamais", 'fr')).scaffold;
    expect(fr.observation).toBe("Quand je vois que tu ne m'écoutes pas");
    expect(fr.feeling).toMatch(/^je me sens /);
    expect(fr.need).toBe('parce que j’ai besoin d’être entendu·e.');
    const en = coach(draft('you are useless, you never listen', 'en')).scaffold;
    expect(en.observation).toBe('When I see that you rarely listen');
    expect(en.need).toBe('because I need to be heard.');
    expect(en.request).toMatch(/\?$/);
  });

  it('takes the feeling from the strongest emotion the model found', () => {
    const sad = coach(draft('tu as oublié mon anniversaire', 'fr', { emotions: { sadness: 0.8 } }));
    expect(sad.scaffold.feeling).toBe('je me sens triste et blessé·e');
    const fear = coach(draft('you left the door open', 'en', { emotions: { fear: 0.4 } }));
    expect(fear.scaffold.feeling).toBe('I feel worried');
  });

  it('picks the need from what the draft talks about', () => {
    expect(coach(draft('le bruit la nuit, tu es insupportable', 'fr')).scaffold.need).toContain(
      'de repos',
    );
    expect(coach(draft('you are a liar, tell the truth', 'en')).scaffold.need).toContain('honesty');
    expect(coach(draft('connard', 'fr')).scaffold.need).toContain('de respect');
  });

  it('leaves a prompt when nothing but the attack is left', () => {
    expect(coach(draft('connard', 'fr')).scaffold.observation).toMatch(/^Quand \[/);
    expect(coach(draft('stfu', 'en')).scaffold.observation).toMatch(/^When \[/);
  });
});

describe('spans and determinism', () => {
  it('points at the right UTF-16 range despite emoji and accents', () => {
    const text = '😡😡 Ça suffit, t’es vraiment un crétin 🙄';
    const [label] = coach(draft(text, 'fr')).findings;
    expect(text.slice(label?.begin, label?.end)).toBe('t’es vraiment un crétin');
  });

  it('keeps decomposed accents and elongation inside the span', () => {
    const text = 'Espe\u0300ce de nuuuul';
    const [insult] = coach(draft(text, 'fr')).findings;
    expect(text.slice(insult?.begin, insult?.end)).toBe(text);
  });

  it('keeps every span inside the text on a long draft', () => {
    const text = `${'Tu ne m’écoutes jamais, TAIS-TOI !!! 🙃 '.repeat(70)}fin`.slice(0, 2800);
    const { findings } = coach(draft(text, 'fr'));
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) {
      expect(f.begin).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.begin);
    }
  });

  it('gives the same answer every time', () => {
    const input = draft('Espèce de crétin, tu vas le regretter !!!', 'fr');
    expect(coach(input)).toEqual(coach(input));
  });

  it('explains each finding in both languages', () => {
    for (const f of coach(draft('shut up, idiot!!!', 'en')).findings) {
      expect(f.explanation.fr.length).toBeGreaterThan(20);
      expect(f.explanation.en.length).toBeGreaterThan(20);
    }
  });

  it('uses a confident model span that no rule explains, and ignores a timid one', () => {
    const text = 'those folks up north ruin this town';
    const span = { begin: 0, end: 20, attribute: 'IDENTITY_ATTACK' as const, score: 0.9 };
    const sure = coach(draft(text, 'en', { spans: [span] }));
    expect(sure.findings.map((f) => f.kind)).toEqual(['insult']);
    // The claim rides on the span: the clause goes, and with it the only subject.
    expect(sure.rewrite).toBeNull();
    const timid = coach(draft(text, 'en', { spans: [{ ...span, score: 0.2 }] }));
    expect(timid.findings).toEqual([]);
  });
});
