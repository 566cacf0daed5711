import type { ModelMeta } from '../src/model/model.ts';
import type { Corpus } from './corpus.ts';
import { POSITIVE_SHARE } from './metrics.ts';
import type { TrainArgs } from './train.ts';

// The newer sets (train/datasets-new.ts), listed only when a training run loaded them.
const NEW_MAPPINGS: ReadonlyArray<[string, string]> = [
  [
    'toxic-spans-civilcomments',
    "| toxic-spans-civilcomments: data/comments.csv, data/annotations.csv, data/spans.csv (CC0) | en | every post toxic (positives only): TOXICITY 1 at half weight; INSULT, PROFANITY, IDENTITY_ATTACK, THREAT 1 when at least half of the post's raters typed a span so, else 0. The SemEval-2021 files repeat these posts and are not read |",
  ],
  [
    'openai-moderation-samples',
    '| openai-moderation-samples: samples-1680.jsonl.gz (MIT) | en | H → IDENTITY_ATTACK, HR → INSULT, H2 or V → THREAT, any of them → TOXICITY 1; TOXICITY 0 when H, HR, H2 and V are all known and 0 and S, S3, SH, V2 are not set; other rows dropped |',
  ],
  [
    'stormfront-hate-forum',
    '| stormfront-hate-forum: stormfront_sentences.csv (de Gibert et al. 2018, CC BY-SA 3.0 ES: attribution here; the share-alike condition applies to copies of the data, and no data ships) | en | hate → TOXICITY 1 and IDENTITY_ATTACK 1; noHate → IDENTITY_ATTACK 0, weak non-toxic when no hurtful lexicon word; relation and skip dropped; sentences of one post are one source item |',
  ],
  [
    'toxigen-demonstrations',
    '| toxigen-demonstrations: toxigen_seed_statements.csv (MIT + CDLA-Permissive-2.0; its README states a research intent) | en | hate → TOXICITY 1 and IDENTITY_ATTACK 1; neutral → TOXICITY 0 |',
  ],
  [
    'jigsaw-sentence-templates-en',
    '| jigsaw-sentence-templates-en: en_sentence_templates.csv (CC BY 4.0) | en | one phrase in 19 (≈ 4,000 of 76,564): toxic → TOXICITY 1, nontoxic → 0 |',
  ],
];

function newMappings(used: readonly string[]): string {
  const rows = NEW_MAPPINGS.filter(([name]) => used.includes(name)).map(([, row]) => row);
  return rows.length === 0 ? '' : `\n${rows.join('\n')}`;
}

interface CardInput {
  meta: ModelMeta;
  corpus: Corpus;
  table: string;
  size: number;
  args: TrainArgs;
  seconds: number;
}

const MAPPINGS = `| set (folder: files) | lang | how its labels map to our heads |
|---|---|---|
| toxifrench-train: subset_jigsaw.csv | en + fr | Jigsaw toxic, severe_toxic, obscene, threat, insult, identity_hate → TOXICITY, SEVERE_TOXICITY, PROFANITY, THREAT, INSULT, IDENTITY_ATTACK; the English original and its French translation are one source item |
| toxifrench-train: agreement_checking.csv | fr | \`conclusion\` ≥ 0.5 → TOXICITY |
| olid: olid-training-v1.0.tsv, testset-levela.tsv, labels-level{a,b,c}.csv | en | A OFF → TOXICITY; B UNT → PROFANITY 1, INSULT 0, THREAT 0; B TIN → INSULT 1 |
| davidson-hate-offensive: labeled_data.csv | en | class hate or offensive → TOXICITY; hate → IDENTITY_ATTACK 1, neither → 0 |
| tweeteval: hate/* | en | hate → IDENTITY_ATTACK 1, not-hate → 0; no TOXICITY label (HatEval's hateful tweets name immigrants and women, which would make those words toxic); not-hate tweets with no hurtful lexicon word are weak non-toxic examples. tweeteval/offensive is **not** used: it is OLID level A again |
| mlma-hate-speech: fr_dataset.csv, en_dataset.csv | fr, en | sentiment other than \`normal\` → TOXICITY; \`hateful\` → IDENTITY_ATTACK. Lower-cased and accent-free: our features fold case and accents everywhere, so this is not a shortcut |
| ftr-french-racist-tweets: FTR_new_labels.csv | fr | racist → TOXICITY 1 and IDENTITY_ATTACK 1; not racist → IDENTITY_ATTACK 0, and weak non-toxic when no hurtful lexicon word |
| cyberagressionado: v1/scenarii/*.csv | fr | VERBAL_ABUSE ≠ none or HATE_SPEECH → TOXICITY; name_calling/denigration → INSULT; threat → THREAT; HATE_SPEECH → IDENTITY_ATTACK |
| cyberagressionado: v2_converted_from_xlsx/*__C{1,2,3}.csv | fr | majority of the three annotators: overt aggression (OAG) → TOXICITY; NCG/DNG → INSULT; THR → THREAT (covert aggression is not used: it needs the conversation) |
| paradetox: paradetox.tsv, paradetox_cannot_rewrite.tsv | en | toxic sentence → TOXICITY 1; its polite rewrites → TOXICITY 0 (same source item) |
| sexism-twitter-french: gathered_tweets_labeled.csv | fr | 0 → not toxic; 1 → TOXICITY; 2 (misogynous) → TOXICITY and IDENTITY_ATTACK; \`?\` dropped; usernames unused |
| textdetox2025-fr-toxic: dev_inputs_fr_only.tsv | fr | all TOXICITY 1 |
| french-toxicity-mt-eistakovskii: train_fr.csv, test_fr_400.csv (machine-translated, noisy positives), test_fr_200.csv | fr | label → TOXICITY |
| goemotions: ekman/{train,dev,test}.tsv | en | Ekman labels → anger, disgust, fear, joy, sadness, surprise, neutral |
| xed: en-annotated.tsv, fr-projections.tsv, neu_en.txt | en, fr | Plutchik 1 anger, 3 disgust, 4 fear, 5 joy, 6 sadness, 7 surprise; anticipation and trust unused; neu_en → neutral (weight 0.5); rows in the other six-column layout skipped |
| emodift: emodift_manual_annot_2215.csv | fr | presence ≥ 0.5: Colere → anger, Degout → disgust, Peur → fear, Tristesse → sadness, Surprise → surprise, Neutre → neutral |
| tweeteval: emotion/* | en | anger → anger, joy and optimism → joy, sadness → sadness |
| feel-lexicon: feel.csv | fr | each term is a one-word example of its emotions (weight 0.3) |
| umsab-sentiment: {french,english}/*_text.txt, *_labels.txt | fr, en | neutral and positive tweets with no hurtful lexicon word → weak non-toxic examples (weight 0.3) |
| tydip-politeness-fr: fr_test.csv | fr | requests with a politeness score ≥ 0 and no hurtful lexicon word → weak non-toxic examples |
| xed (again) | en, fr | subtitles with no hurtful lexicon word → weak non-toxic examples |
| empathie-templates (ours, \`train/templates.ts\`) | fr, en | sentences we generate: groups named in harmless sentences, negated or reported attacks (non-toxic); attacks on groups without slurs, insults aimed at the reader, threat phrases (toxic). Training only |

A text labelled not toxic is also labelled 0 for every attribute; each head learns only from the sets
that label it (masked loss). The language head learns fr/en from every set's language.
Weak non-toxic examples and our templates are left out of every metric below.`;

const weaknesses =
  () => `- Linear model over words and character n-grams: it sees words, not meaning. Sarcasm, insults built
  from harmless words, and context from earlier messages are beyond it.
- Negation, quotation and reported speech are handled by rules on our lexicon's words (their weight
  is cut to a quarter; a negated verb of saying or thinking covers its whole clause); an insult the
  lexicon does not know is not softened by "not".
- Whether an insult or swear word aims at someone is read from surface cues only: with no person in
  the sentence (no "you/tu", pronoun, person noun, group or mention) and an impersonal or
  first-person opener ("ce film", "this update", "c'est", "j'ai"), it keeps a quarter of its
  weight, and an insult used as a noun for someone unnamed ("what an idiot", "un vrai connard")
  half. Criticism of a thing with no opener ("série débile") is not softened. Because English
  labelled sets count such swearing as offensive, this costs them a little (paradetox 0.954 →
  0.939, same folds; ADR 0018, sixth round). Counter-speech without quotation marks or a
  reporting verb still often scores high (a sentence that condemns what it reports, or tells
  someone to stop saying it, keeps a tenth of what it reports; a word quoted alone and said of
  no one a tenth; ADR 0018, ninth round); a swear word among words of joy with no one in its
  sentence keeps a quarter of its weight, as does one said as an exclamation at the end of its
  clause ("merde !", "il reste deux combats, bordel"); said alone before a comma at the start of
  a sentence ("Merde, le train est en retard", "Putain, quelle belle journée") it keeps a tenth
  (ADR 0018, tenth round), also after "holy", "oh" or "ah" ("Holy shit, what a goal!").
  PROFANITY is read without that softening (swearing at no one is still swearing), and
  PROFANITY alone neither pauses a draft nor folds a reply.
- Our functional set (\`train/functional-*.tsv\`) is a development set: we read its errors while
  choosing the context rules and extending the lexicon (threat idioms, exclusion phrases about
  groups), so its figures are optimistic. It is not the hidden evaluation.
- Training text is mostly tweets; racism, islamophobia and sexism are over-represented, everyday
  rudeness and threats without slurs rely heavily on our hand-written lexicon.
- SEVERE_TOXICITY, THREAT and PROFANITY have few labelled positives (Jigsaw subset, CyberAgressionAdo,
  OLID); their scores are less reliable than TOXICITY's.
- Harmless look-alikes are read by rules: a homonym needs a word of its everyday sense in its
  sentence (our own list, \`src/lexicon/senses.data.ts\`, written while reading our suite's homonym
  templates, so the suite's homonym figures are optimistic), a reclaimed slur a first-person cue
  right before it ("nous, les", "we", "je suis", "as a", "entre … on", "proud to be") or after it
  ("que je suis", "myself"); French reclaimed uses without one stay flagged (84 % right on the
  suite, against 67 % before the eleventh round).
- Masked spellings are read through lists: a word the readers know one edit away from a hurtful
  one, and not in our lists of everyday words, can be misread (392 French dictionary words, mostly
  literary tenses, and 38 English ones still are: ADR 0018, eleventh round); a letter deleted from
  an everyday word the rules read ("goig", "isgust") is read only from six letters with both ends
  typed, or where the sentence says what it must be (in its place in a lexicon phrase, between
  "I" and a group, after a group's copula: ADR 0018, twelfth round).
- Threats are read from lists and from their parts (an intent, a verb of harm, an object). French
  verbs of harm are also read in their future, conditional and first-person present ("on vous
  brûlera", "je te crève", "ce soir on gaze les …"; ADR 0018, fourteenth round), but a threat in
  a shape no list names is read from the weights: the fresh-wording held-out half still flags
  only a third of its French direct threats and two thirds of its English ones, unchanged by the
  fourteenth round's threat rules, which went 0.785 → 0.925 (French) and 0.780 → 0.933 (English)
  on probes of our own. Harm said as what would be right ("it would be good to kill all …", "ce
  serait juste d'exécuter …") and someone's body named after the verb ("I'll break his neck") are
  read since the sixteenth round, harm wished on someone ("j'espère qu'il va se faire
  défoncer"), death foretold ("ils seront tous déportés") and plural commands ("Tuez tous les …")
  since the seventeenth; a phrasal verb split by its object ("run those refugees over"), a
  euphemism ("I'll deal with the immigrants myself") and a fate wished ("j'espère que tu finiras
  comme lui") are not. The eighteenth round read threats with no verb aimed by an intent (death
  promised on the speaker's word, a bullet to brace for, the speaker armed against a group, none
  left alive) and thirty more verbs of harm: probes of our own went 0.733 → 0.985 (French) and
  0.784 → 0.958 (English), and the held-out half's direct threats did not move (a third and two
  thirds): what we write to probe a shape, we then read; others' wordings still escape.
- Long texts are judged less well: one hurtful sentence weighs less in a long comment (word and
  character features are normalised over the whole text). Held out, OLID's ROC-AUC is 0.824 below
  80 characters and 0.728 above 200; a text placed between two harmless texts of its own set loses
  about 0.06 of transfer ROC-AUC in French and 0.07 in English. Scoring the worst passage as well
  did not recover it (ADR 0018, fourth round).
- Hate insinuated with no hurtful word is read in a few shapes only (ADR 0018, eighteenth round):
  crime pinned on a group as a habit ("another …, another bomb"), Jews said to run the media or
  the banks, a place in decline since a group arrived, a group kept from "our" children; fresh
  probes of implicit statements and loaded questions went 0.573 → 0.790 (French) and 0.680 →
  0.813 (English), the held-out half's implicit and question categories did not move, and "why
  do … always …?" alone is not read (it asks earnest questions too).
- Hate said as an opinion about a group with no insult ("most voters of X are antisemites"),
  sexual content, and violence told as an anecdote are what the held-out forum comments miss most;
  casual swearing was what they over-flagged (softened since; ADR 0018, sixth round; French
  idioms of "gueule" and "putain" or "bordel" closing a clause are read since the seventeenth
  round, other venting the rules do not read still outvoted by the words' own weights). 71 % of
  the forum comments the weights never trained on hold no word our rules read as hurtful, and
  49 % of those are labelled hurtful: there the weights alone decide, which is why rounds of
  rules left the forum figure at 0.843 by leave-one-source-out (ADR 0018, fourteenth round). The
  seventeenth round's rules, chosen after reading the forum's errors, moved it to 0.870, and the
  forum's in-domain folds, their weights fixed as the shipped ones are, 0.845 → 0.869: read on
  the comments that chose the fixes, both flatter (ADR 0018, seventeenth round).
- Masked spellings are read for the words of our lexicon and the groups it names, one edit or one
  space away; a mask of a word we do not list, two edits, or a letter missing from an everyday
  word the rules read ("goig" for "going") is not read, and words glued to their neighbours are
  read only in the forms \`src/lexicon/glued.ts\` lists: a group's name glued to a word after it
  with nothing before is read when that word is an everyday one of five letters or more
  ("womenyesterday", "Muslimsstink"; eighteenth round), not a shorter one, three words glued
  ("Muslimsstinkso"), or words glued with no group's name ("wefinallyget"); nor is a short name with a letter missing outside the places a name is expected ("I can not
  stand Jes": read there, it took "Jess" and "Indiana" for groups).
  The readers still misread a few rare words ("platter" as "planter"). Every word of a phrase the
  lexicon gains becomes a word the readers look for: "grâce aux quotas", tried in the sixteenth
  round, read "garce" as "grace" through a swap and was dropped; each round's readings are checked
  against every labelled text's decision for that reason.
- Retraining the weights with today's rules undoes them: the labelled sets count swearing at no
  one and criticism of things as toxic, so a retrained model weighs the damped words up until
  they score as before (ADR 0018, tenth round). The shipped weights (2026-11-22) predate most
  rules; a training whose labels agree with the rules is owed before any retraining ships.
- Neutral French words can carry large weights, learnt from the training sets or shared with
  another feature's hash bucket: "Les immigrés de ma ville ont ouvert une super boulangerie."
  scores 0.70, "Je suis bloqué dans les bouchons." 0.71, and "succès" is read through the key of
  an insult ("suces": doubled letters are folded). The rules cannot damp a word the lexicon does
  not know; these wait for a retraining (ADR 0018, twelfth round).
- Emotion labels differ between sets (subtitles, Reddit, tweets about one fire); scores are indicative.
- French toxicity training data is partly machine-translated English, and French everyday text is
  scarce in it: harmless French sentences on topics the racist-tweet sets talk about (protests,
  immigration) can score close to the TOXICITY threshold.
- Group names are hidden from the TOXICITY, SEVERE_TOXICITY, INSULT, THREAT and PROFANITY heads
  (only their word and character features; IDENTITY_ATTACK sees them), so "I hate Muslims" relies
  on "hate" and on the lexicon's identity-attack signal. What a sentence says of a group is read
  by rules (\`src/features/group-talk.ts\`: demeaning words after a copula, loathing before the
  group, a pronoun taking it up, a wish for its death, a denied worth, blame and frames around
  the group, hostile questions); a group so demeaned sets IDENTITY_ATTACK to at least 0.75 and
  TOXICITY to about 0.8, whatever the heads say. Those rules know the words of their lists only:
  implicit attacks ("our street was quiet before they came"), questions and idioms they do not
  list are scored from the other words. Implicit statements about groups are the weakest form:
  our probes of them went 0.592 → 0.879 ROC-AUC once their tropes were listed (quotas, welfare,
  copying, ingratitude, bathrooms, banks), and a trope no list names is still unread (ADR 0018,
  thirteenth round).
- Three floors are set by rules, not by the heads: an insult the reader is called, with no rule
  softening it, sets TOXICITY and INSULT to at least 0.7 (so friendly banter with an insult in
  it pauses too, and "Shut up, you're killing me, this is too funny" scores 0.97; a dismissal
  said with a noun of praise to the reader, "shut up, you legend", "ta gueule, t'es une
  légende", keeps a tenth since the sixteenth round); a child
  sexualised, read as a word of sex near an age up to fifteen or a word for a child, sets
  TOXICITY and SEVERE_TOXICITY to 0.9; a thing criticised in a clause of its own keeps a tenth of
  the word's weight, which costs the sets that label such criticism toxic a little (French
  Jigsaw test rows 0.764 → 0.752; ADR 0018, thirteenth round). A fourth reads insults of a
  third person: said as what someone is, after a copula and an article ("the keynote speaker
  was a fat cow", "l'auteur c'est un vrai débile") or in an exclamation naming them ("Quel con
  ce mec."), they floor TOXICITY and INSULT at 0.7 too; over the labelled sets the reading fires
  on 430 texts, 98 % of them labelled toxic (ADR 0018, fourteenth round). Insults of a third
  person in other shapes ("ce clown qui nous gouverne") rely on the weights.
- The readings of the ninth round (a person called vermin, tropes said of a group, threats in
  idioms, counter-speech) were written from probes of our own, written and fixed in the same
  round: they read the forms we wrote down and their near variants, and transfer to the labelled
  sets did not move. A rule's list is also where it stops: "Muslims are never going to be
  civilised", "women like you will be dealt with", "je viens te chercher", "why are Jews
  allowed to run businesses here?", sarcasm ("a disabled
  person as a manager? Good luck with that") and "les handicapés ne devraient pas avoir
  d'enfants" (also how one says "women should not have children if they don't want them") still
  score under the threshold.
- Insults said of oneself or of a slip ("I was such an idiot", "une erreur bête") keep a quarter of
  their weight; said of oneself in other words ("what a fool I've been") they do not.
- Thresholds assume that ${POSITIVE_SHARE * 100} % of drafts are hurtful; on a platform where they are rarer still,
  expect more false positives, and where they are common, fewer detections than the labelled sets'
  F1 would give. Threats and identity attacks without slurs are the most often missed.`;

/** The model card: sources, mappings, splits, metrics, size, date and known weaknesses. */
export function modelCard({ meta, corpus, table, size, args, seconds }: CardInput): string {
  const thresholds = meta.heads.map(
    (h, i) => `| ${h} | ${meta.thresholds[i]} | ${meta.calibration[i]?.join(', ')} |`,
  );
  return `# Empathie engine model card

Trained ${meta.trainedAt} by \`npm run train -w @empathie/engine\` (seed ${args.seed}, ${args.epochs} epochs,
${seconds.toFixed(0)} s on this machine). License of the weights: Apache-2.0, derived from the sets below
under their own terms (see \`../shared/datasets/README.md\`). No dataset text ships: only hashed weights.

## Model

Multi-head logistic regression over 2^${meta.bits} hashed features: word unigrams and bigrams, character
3–5-grams of the normalised text (case, accents, leetspeak, elongation, spacing, SMS spelling folded;
hurtful words masked by a swap, a missing or added letter, spaces or gluing read as the word before
any feature is taken, guarded by the everyday words counted in the sets' texts not labelled toxic:
only that word list ships, \`src/lexicon/common-words.data.ts\`),
emoji, and counts from our own lexicon read in context (insult aimed at "you/tu", negated or quoted
insult, insult or swear word aimed at no one, identity term next to an attack, threat phrases and
threat patterns). Lower bounds on the
weights of a few context signals (\`train/priors.ts\`) encode what the sets rarely show. The words of
a group's name are hidden from every head but IDENTITY_ATTACK, emotions and language, so naming a
group is not toxic by itself. ${meta.heads.length} heads: ${meta.heads.join(', ')}.
Weights are int8 with one scale per head. File: \`model.generated.ts\`, ${(size / 1e6).toFixed(2)} MB
(base64), format ${meta.format}.

## Data

Used: ${corpus.used.join(', ')}.${corpus.missing.length > 0 ? ` Missing here: ${corpus.missing.join(', ')}.` : ''}

${MAPPINGS}${newMappings(corpus.used)}

Rows are de-duplicated on normalised text (first source wins), then split by source item with
FNV-1a(seed, item) into 80 % train / 10 % dev / 10 % test: ${corpus.train.length} / ${corpus.dev.length} /
${corpus.test.length}. No set may weigh more than 20,000 training rows.

## Calibration and thresholds

Platt scaling per head fitted on the dev split. The dev split is about half toxic, far more than a
platform's drafts; the thresholds of the six toxicity attributes are therefore the F1-optimal ones
on dev with the non-toxic texts weighted as if only ${POSITIVE_SHARE * 100} % of texts were hurtful
(\`POSITIVE_SHARE\` in \`train/metrics.ts\`); emotion and language thresholds are plain F1-optimal.

| head | threshold | Platt a, b |
|---|---|---|
${thresholds.join('\n')}

## Metrics

Measured when these weights were trained; the rules read more since, and the section
"Functional suite, unseen sets and coach sensitivities" above gives today's figures.

${table}

The word-list baseline flags a text when it contains a word of \`leo-profanity\` or
\`french-badwords-list\`; its "ROC-AUC" ranks texts by how many such words they contain.

## Known weaknesses

${weaknesses()}
`;
}
