import { describe, expect, it } from 'vitest';
import { createEngine } from './analyze.ts';
import { readContext } from './features/context.ts';
import { buildLexicon } from './lexicon/lexicon.ts';
import { decodeModel } from './model/model.ts';
import { tokenise } from './text/tokenise.ts';

// Threats said without a verb aimed by an intent (`features/menaces.ts`), a group taken up by
// "les", verbs of harm in play or made of hugs (`features/harmless-threats.ts`).
const module = await import('../models/model.generated.ts');
const engine = createEngine(decodeModel(module.meta, module.weights));
const toxicity = (text: string) => engine.analyze(text, { coach: false }).scores.TOXICITY;
const t = engine.thresholds.TOXICITY;
const lexicon = buildLexicon();
const threats = (text: string) => readContext(tokenise(text), lexicon).threats.length;

describe('death promised, with the speaker’s word on it', () => {
  it('reads the reader or a group told they will die, and the speaker vouching for it', () => {
    expect(threats('Vous allez tous crever, les Arabes, je vous le jure.')).toBeGreaterThan(0);
    expect(threats("Les juifs d'ici vont y passer, je m'en occupe.")).toBeGreaterThan(0);
    expect(threats('You are all going to die, gays, I promise.')).toBeGreaterThan(0);
    expect(threats('Every Muslim on this street is going down, mark my words.')).toBeGreaterThan(0);
    expect(toxicity('Vous mourrez tous, les Roms, je le jure.')).toBeGreaterThanOrEqual(t);
  });

  it('leaves comfort, warnings, figures and the speaker’s plants alone', () => {
    expect(threats("Tu ne vas pas mourir, je te le promets, c'est juste une grippe.")).toBe(0);
    expect(threats('You will die if you keep smoking like that, I swear.')).toBe(0);
    expect(threats('Vous allez mourir de rire, je vous le jure.')).toBe(0);
    expect(threats("They're all going to die, I swear, I forgot to water them.")).toBe(0);
    expect(threats('You are all going to die one day, that is life.')).toBe(0);
  });
});

describe('braced for a bullet or for death', () => {
  it('reads the reader told to expect a bullet or to die', () => {
    expect(threats('Préparez-vous à saigner, les immigrés.')).toBeGreaterThan(0);
    expect(threats('Attends-toi à une balle dans la tête.')).toBeGreaterThan(0);
    expect(threats('Get ready to bleed, Jews.')).toBeGreaterThan(0);
    expect(threats('Brace for a bullet, all of you Roma.')).toBeGreaterThan(0);
    expect(threats('Prépare-toi à souffrir, sale juif.')).toBeGreaterThan(0);
  });

  it('leaves training, laughter and lists alone', () => {
    expect(threats('Get ready to suffer, it is leg day tomorrow!')).toBe(0);
    expect(threats('Préparez-vous à mourir de rire avec ce spectacle.')).toBe(0);
    expect(threats('Expect a bullet point summary by Friday.')).toBe(0);
  });
});

describe('the speaker armed against a group', () => {
  it('reads a weapon drawn, a group’s whereabouts known, or every member dealt with', () => {
    expect(threats("J'ai une kalachnikov et je sais où habitent les Roms.")).toBeGreaterThan(0);
    expect(threats('Encore un migrant dans ma rue et je sors le fusil.')).toBeGreaterThan(0);
    expect(threats("One more Jew at my school and I'm grabbing my gun.")).toBeGreaterThan(0);
    expect(threats("I'll handle each of the Muslims here with a baseball bat.")).toBeGreaterThan(0);
    expect(threats('I will deal with every Muslim in this town with my rifle.')).toBeGreaterThan(0);
    expect(
      toxicity('Je règle le problème de chaque musulman avec ma hache.'),
    ).toBeGreaterThanOrEqual(t);
  });

  it('leaves hunting, sport and history alone', () => {
    expect(threats("J'ai un fusil de chasse et je chasse avec des amis musulmans.")).toBe(0);
    expect(threats('I bought a baseball bat for my son, who plays with Black kids.')).toBe(0);
    expect(threats('Les nazis tuaient les juifs au fusil.')).toBe(0);
    expect(threats("I don't own a gun, and the Muslims next door don't either.")).toBe(0);
  });
});

describe('none left alive, "casser du …"', () => {
  it('reads a group or the reader none of whom will be left alive', () => {
    expect(threats('On ne laissera aucun juif vivant dans cette ville.')).toBeGreaterThan(0);
    expect(threats("We won't leave any of you Roma alive.")).toBeGreaterThan(0);
    expect(threats('Demain on va casser du pédé.')).toBeGreaterThan(0);
    expect(toxicity('Je ne laisserai aucune lesbienne en vie ici.')).toBeGreaterThanOrEqual(t);
  });

  it('leaves plants, gossip and homes alone', () => {
    expect(threats('Je ne laisserai aucune plante en vie, je les oublie toujours.')).toBe(0);
    expect(threats('Arrête de casser du sucre sur le dos des voisins.')).toBe(0);
    expect(threats('La mairie veut caser des immigrés dans les logements vides.')).toBe(0);
  });
});

describe('threats the verb patterns now read', () => {
  it('reads a group taken up by "les", a future of "exploser", "blow … up", "we go out and …"', () => {
    expect(threats('Les homosexuels, un jour je les écraserai.')).toBeGreaterThan(0);
    expect(threats('Je vous exploserai, les Roms.')).toBeGreaterThan(0);
    expect(threats("We'll blow them all up, those Muslims.")).toBeGreaterThan(0);
    expect(threats('Tomorrow we go out and bash some gays.')).toBeGreaterThan(0);
    expect(threats('You can count on me to slit the throats of the Jews.')).toBeGreaterThan(0);
    expect(threats('I will track them down and slit their throats.')).toBeGreaterThan(0);
  });

  it('leaves records, balloons and things taken up by "les" alone', () => {
    expect(threats("Mon record, je l'exploserai demain.")).toBe(0);
    expect(threats('We will blow up the balloons for the party.')).toBe(0);
    expect(threats('Les musulmans, je les écraserai au foot dimanche.')).toBe(0);
  });
});

describe('verbs of harm no list had', () => {
  it('reads them with an intent and a group', () => {
    expect(threats('On va liquider tous ces Roms.')).toBeGreaterThan(0);
    expect(threats('Je vais rouer de coups le prochain Arabe que je vois.')).toBeGreaterThan(0);
    expect(threats("I'm going to electrocute every Jew in this town.")).toBeGreaterThan(0);
    expect(threats('We will mow down the immigrants at the border.')).toBeGreaterThan(0);
  });

  it('leaves stock, laughter and vegetables alone', () => {
    expect(threats('On va liquider tout le stock avant Noël.')).toBe(0);
    expect(threats('Je vais éclater de rire en voyant ça.')).toBe(0);
    expect(threats('I will mow the lawn for my Muslim neighbours.')).toBe(0);
  });
});

describe('harm in play or made of hugs', () => {
  it('damps a verb of harm played at a game or made of affection', () => {
    expect(threats("Je vais t'étouffer de bisous.")).toBe(0);
    expect(threats("I'm going to smother you with kisses.")).toBe(0);
    expect(threats('Je vais te défoncer au badminton.')).toBe(0);
    expect(toxicity("Je vais t'étouffer de bisous ce soir.")).toBeLessThan(t);
    expect(toxicity('Je vais te massacrer au badminton samedi.')).toBeLessThan(t);
    expect(toxicity('Je vais t’étouffer, sale juif.')).toBeGreaterThanOrEqual(t);
  });
});
