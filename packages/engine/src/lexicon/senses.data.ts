/**
 * Insults and slurs that are also everyday words, with words that show the everyday sense when
 * they share its sentence (written by us, from dictionaries' senses: a female dog, a bundle of
 * sticks, a bird, a fish, a kitchen tool…). One line per word: "word: cue cue …".
 */
export const SENSES: readonly string[] = [
  // French
  'tapette: mouche mouches souris piege cuisine',
  'chienne: chiot chiots portee chien chiens race eleveur veterinaire laisse croquettes gestante promene promener promenade balade',
  'raton: laveur',
  'pedale: velo frein embrayage accelerateur piano pedalier',
  'macaque: zoo singe singes primate foret espece',
  'morue: poisson brandade cuisine cuisiner pommes filet dessalee salee peche marche recette plat',
  'gourde: eau fontaine remplir rempli randonnee gourdes',
  'cruche: eau lait renverse remplie vin carafe',
  'thon: peche poisson boite salade conserve',
  'bitte: amarrage quai bateau amarre port',
  'chatte: chaton chatons chat radiateur ronronne croquettes litiere veterinaire',
  'dinde: four noel farce rotie farcie volaille',
  'grue: chantier poutres oiseau oiseaux migration',
  'buse: oiseau oiseaux champ rapace photographie vole',
  'courge: potager legume soupe jardin',
  'quiche: poireaux lardons four tarte',
  'nouille: nouilles sautees bol soupe',
  'andouille: marche boucher charcuterie guemene',
  'cornichon: cornichons bocal plante potager',
  'cloche: eglise sonne sonner clocher',
  'porc: rotie roti cotelette viande elevage ferme',
  'vache: lait ferme pre troupeau veau',
  'cochon: ferme elevage porcelet',
  // A ghostwriter ("le nègre de cet écrivain"); "folle de joie"; "PD-G", a company's head.
  'negre: ecrivain ecrivains auteur auteurs roman romans livre livres memoires redige redigeait litteraire plume',
  'folle: joie rage bonheur colere jalousie inquietude chagrin douleur amour',
  'pd: g entreprise societe directeur directrice',
  // A beast slaughtered for the table: "égorger le poulet pour le dîner".
  'egorger: poulet poulets mouton moutons agneau agneaux chevre lapin volaille boucher fermier abattoir',
  // "Je crève de chaud", "je meurs d'envie de…": hunger, heat and longing, not a curse.
  'creve: chaud faim froid soif rire envie fatigue ennui impatience',
  'crever: chaud faim froid soif rire envie fatigue ennui impatience',
  'meurs: chaud faim froid soif rire envie fatigue ennui impatience hate',
  // English
  'bitch: puppy puppies litter dog dogs breeder kennel whelp show',
  'faggot: firewood wood sticks peas gravy meatballs butcher dinner oven fireplace hearth stove kindling logs cheminee feu branches brindilles poele foyer',
  'fag: cigarette cigarettes smoke smoking smoker smokers break lighter ashtray tea pint rollie packet pack tobacco ciggies lit pub',
  'dyke: sea dam water flood flooded flooding dutch canal river embankment levee village burst storm surge tide reinforced breach',
  'retard: growth flame fire seedlings progress slow ignition timing engine spark',
  'coon: maine raccoon cat kitten',
  'chink: armour armor wall light curtain glass',
  'pussy: cat kitten willow',
  'cock: crow crowed rooster hen hens farm chicken gun pistol',
  'ass: donkey donkeys mule hill rode ride stubborn farm',
  'dick: moby spotted custard pudding tracy van',
  'tit: blue great bird birds feeder nest',
  'spade: garden dig dug shovel cards soil bed',
  'slope: ski skied steep hill mountain',
  'tranny: truck car gearbox mechanic transmission engine',
  'nip: air cold tuck bite',
  'queer: feeling strange odd',
  // The country and the river fold like the slur; only their own spelling is read so (below).
  'niger: country pays river fleuve niamey africa afrique west ouest sahel republic republique president coup mali tchad chad burkina nigeria embassy ambassade capital capitale uranium border frontiere',
];

/**
 * Everyday words that folding turns into a hurtful one by collapsing a doubled letter, with the
 * start of their spelling: "ville" (a town) reads "vile", "baisse" (a fall) "baise", "salle" (a
 * room) "sale". Typed with the double, they are the everyday word.
 */
export const DOUBLED_HOMOGRAPHS: ReadonlyMap<string, RegExp> = new Map([
  ['vile', /^vill/i],
  ['baise', /^baiss/i],
  ['sale', /^sall/i],
]);

/**
 * Words of `SENSES` whose everyday sense has its own spelling, which the folded key loses: the
 * country "Niger" is spelt with one "g", the slur with two. Spelt otherwise, no cue softens them.
 */
export const SPELT_HOMONYMS: ReadonlyMap<string, RegExp> = new Map([['niger', /^niger/i]]);
