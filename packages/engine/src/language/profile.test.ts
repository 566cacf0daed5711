import { beforeAll, describe, expect, it } from 'vitest';
import { type Engine, loadEngine } from '../analyze.ts';
import { judge } from '../judgement.ts';
import { REGRESSION_CASES } from '../regression.data.ts';
import { tokenise } from '../text/tokenise.ts';
import { foreignLanguage } from './profile.ts';

const foreign = (text: string) => foreignLanguage(tokenise(text));

// Our own sentences, calm and hostile, in the languages the engine must refuse.
const OTHER_LANGUAGES: readonly [string, string][] = [
  ['de', 'Das ist wirklich nicht gut, und du weißt es ganz genau.'],
  ['de', 'Du bist so ein Idiot, halt endlich die Klappe!'],
  ['de', 'Ich habe heute keine Zeit, aber wir können morgen reden.'],
  ['es', 'Eres un idiota, no sabes nada de esto.'],
  ['es', 'Gracias por tu ayuda, fue muy amable de tu parte.'],
  ['es', 'No me gusta lo que has dicho sobre mi familia.'],
  ['it', 'Sei proprio uno stupido, non capisci niente.'],
  ['it', 'Grazie mille, questo è molto utile per noi.'],
  ['pt', 'Você é um idiota, não sabe nada disso.'],
  ['pt', 'Eu não gosto do que você disse sobre a minha família.'],
  ['nl', 'Je bent echt een idioot, hou je mond.'],
  ['nl', 'Ik heb vandaag geen tijd, maar we kunnen morgen praten.'],
  ['ru', 'Ты просто идиот, замолчи уже.'],
  ['el', 'Είσαι πολύ ευγενικός, ευχαριστώ.'],
  ['ar', 'شكرا جزيلا على مساعدتك'],
  ['ja', 'ありがとうございます、とても助かりました。'],
  ['zh', '谢谢你的帮助，我很感激。'],
  ['ko', '도와주셔서 정말 감사합니다.'],
];

describe('languages the engine does not know', () => {
  it.each(OTHER_LANGUAGES)('recognises %s', (code, text) => {
    expect(foreign(text)).toBe(code);
  });

  it('never takes our French and English regression sentences for another language', () => {
    for (const c of REGRESSION_CASES) expect([c.text, foreign(c.text)]).toEqual([c.text, null]);
  });

  it('leaves French and English with a foreign word or two, masked spellings and short texts', () => {
    for (const text of [
      "T'es vraiment nul.",
      'shut up, idiot',
      'Danke!',
      'Ja',
      'Je suis allée à Berlin, ich bin ein Berliner comme il disait, et c’était super.',
      'Espèce de gros con, va te faire voir.',
      'Tu es vraiment nul, espèce de débile.',
      'He said "hasta la vista" and left the room, which was rude of him.',
      'idiоt', // Cyrillic о inside a Latin word
      'Ты idiot', // one Cyrillic word among Latin letters: most letters are Latin
      '😡😡😡',
    ]) {
      expect([text, foreign(text)]).toEqual([text, null]);
    }
  });
});

describe('analysis of a language the engine does not know', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  });

  it('says which language it is, marks nothing, and the coach stays silent', () => {
    const a = engine.analyze('Du bist so ein Idiot, halt endlich die Klappe!');
    expect(a.language).toBe('und');
    expect(a.foreignLanguage).toBe('de');
    expect(a.spans).toEqual([]);
    expect(a.coach.findings).toEqual([]);
    expect(a.coach.rewrite).toBeNull();
    expect(judge(a, 0.01).verdict).toBe('clear');
    expect(judge(a, 0.01).marks).toEqual([]);
  });

  it('still judges French and English, and scores another language when the caller forces one', () => {
    const fr = engine.analyze("T'es vraiment un gros con, ferme-la !");
    expect(fr.foreignLanguage).toBeNull();
    expect(judge(fr, 0.5).verdict).toBe('pause');
    const forced = engine.analyze('Du bist so ein Idiot!', { language: 'fr' });
    expect(forced.foreignLanguage).toBeNull();
    expect(forced.language).toBe('fr');
  });
});
