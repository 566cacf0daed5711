import { describeReadings } from '../test/readings.fixture.ts';

// Threats said plainly, with verbs of harm beyond the first list, against the same verbs with
// everyday objects. Our own sentences.
describeReadings(
  'threats said plainly, against the same verbs said of things',
  [
    'Je vais noyer tous les Roms.',
    'Je vais empoisonner les migrants.',
    'Je vais trancher la gorge des juifs.',
    'Je vais écraser tous les homos.',
    'Les féministes, vos jours sont comptés.',
    'Préparez-vous à mourir, les musulmans.',
    'Tu vas finir à l’hôpital si tu continues.',
    'Tu vas être tué.',
    'I am going to drown every immigrant I see.',
    'I will poison the Jews.',
    'I am going to crush all gay people.',
    'Muslims, your days are numbered.',
    'You are going to end up in hospital.',
    'You will get stabbed.',
    'Je vais tirer sur les migrants.',
    'Les juifs vont mourir de mes mains.',
    'Si je croise un homo, je le tue.',
    'Gay people will die at my hands.',
    'Je rêve de tuer des Roms.',
    'J’adorerais frapper un homo.',
    'I dream of killing immigrants.',
    'I would love to punch a Jew.',
  ],
  [
    'Je vais noyer mon chagrin dans le chocolat.',
    'Je vais écraser les prix ce week-end !',
    'Je vais descendre les poubelles.',
    'Je vais en finir avec ce dossier ce soir.',
    'Les antibiotiques vont noyer l’infection.',
    'Je vais finir à l’hôpital avec cette grippe.',
    'I am going to hang the picture in the hallway.',
    'We will crush the competition this season.',
    'I am going to take down the decorations.',
    'I am going to poison the weeds in the garden.',
    'Prepare to die laughing at this show.',
    'You know, you are going to get yourself killed.',
    'You will hang for it, says the judge in the film.',
    'Il faut tirer sur le levier.',
    'Je vais frapper à ta porte ce soir.',
    'I would love to hang out with you again.',
    'Je rêve de brûler les étapes.',
  ],
);

// Harm said as what ought to happen to a group, or commanded.
describeReadings(
  'harm to a group said as what ought to be, or commanded',
  [
    'Quelqu’un devrait tuer tous les migrants.',
    'Gay people deserve a bullet.',
    'Mort aux Roms !',
    'Kill all immigrants.',
    'Les juifs devraient être rayés de la carte.',
    'Every Muslim should be thrown off a roof.',
  ],
  [
    'Death to the patriarchy!',
    'Destroy them, team!',
    'Find your peace, you deserve better.',
    'Rape and murder are crimes against women.',
    'Burning this old sofa will not bring back the flat.',
  ],
);

// More weapons and ways of harm, against the same words in everyday use.
describeReadings(
  'threats with weapons and vehicles',
  [
    'I will bomb their mosque.',
    'I am going to run over the next Jew I see.',
    'I will knife the first immigrant who looks at me.',
    'J’ai une balle pour chaque migrant.',
    'Je vais poser une bombe chez les juifs.',
  ],
  [
    'I am going to run over my notes before the exam.',
    'Knife the onions finely.',
    'I will make the lives of my students easier.',
    'I would love to shoot a documentary about refugees.',
  ],
);

// Harm said as deserved with the reader as its subject, a threat in the French present after a
// condition, a threat that promises what will happen; against what is deserved in kindness, harm
// verbs of games, and warnings said out of care.
describeReadings(
  'harm deserved, threats in the present, and warnings said out of care',
  [
    'You deserve to get beaten.',
    'Tu mérites d’être frappé.',
    'They deserve to suffer.',
    'Continue comme ça et je te casse les dents.',
    'You’ll see what happens to you tomorrow.',
    'Tu vas finir à l’hôpital, je te le promets.',
    'You will regret it if you tell anyone.',
  ],
  [
    'You deserve to be happy.',
    'Tu mérites d’être aimé.',
    'You will be kicked out of the game if you cheat.',
    'Je t’éclate au Mario Kart ce soir.',
    'He was punched in the face yesterday, the police are looking for the attacker.',
    'You are going to end up in hospital if you keep skating without a helmet, be careful.',
    'Tu vas finir aux urgences si tu continues à rouler sans casque.',
    'You will get hurt if you climb without a rope, be careful.',
    'You will regret it if you miss this concert!',
    'Tu vas le regretter si tu rates ce film.',
  ],
);

// Threats in idioms and promises: what is coming, a bullet, bones broken, not living to see
// tomorrow, six feet under, regretting being born, a group made to suffer or pay. Against the
// same words in their everyday senses.
describeReadings(
  'threats said in idioms and promises, against the same words in everyday senses',
  [
    'I’m going to make sure every Muslim in this town suffers.',
    'Je vais faire en sorte que chaque musulman de cette ville souffre.',
    'I will personally see to it that all gay people get what’s coming to them.',
    'Watch what happens to the next Jew who walks past my house.',
    'Any trans person who comes near me is getting a bullet.',
    'Tout trans qui s’approche de moi se prend une balle.',
    'I’ll break every bone in your body.',
    'Je vais te briser tous les os.',
    'You won’t live to see tomorrow.',
    'Tu ne verras pas demain.',
    'Keep talking and you’ll be six feet under.',
    'I’ll make you regret the day you were born.',
    'Je te ferai regretter d’être né.',
    'I’m going to put all these refugees in the ground.',
    'Je vais mettre tous ces réfugiés sous terre.',
    'I swear I’ll make every one of those immigrants pay.',
    'Je jure que je ferai payer chacun de ces immigrés.',
    'Tous les musulmans seront éliminés bientôt, croyez-moi.',
  ],
  [
    'I’m going to make sure every refugee in this town gets a warm meal.',
    'I will make sure no Muslim in this town suffers from hunger.',
    'Je vais faire en sorte qu’aucun réfugié ne souffre du froid cet hiver.',
    'Many migrants suffer in silence.',
    'Women will get what they deserve: equal pay.',
    'Watch what happens to the ice when you heat it.',
    'He got a bullet in the leg during the war.',
    'I’ll break every record this season.',
    'I will destroy every argument in your essay.',
    'You won’t believe what happens next.',
    'The roots stay six feet under the surface.',
    'Plant the bulbs in the ground before winter.',
    'Je jure que je ferai payer les impôts aux multinationales.',
    'The bugs will be eliminated in the next release.',
    'Les fautes seront éliminées.',
    'Je te frappe à la porte vers huit heures.',
  ],
);

// French threats in everyday idioms, against the same idioms said in fun or in care.
describeReadings(
  'French threats in idioms, against the same idioms in fun or in care',
  [
    'Tu vas prendre une balle.',
    'Je vais mettre le feu à ta maison.',
    'Je vais t’envoyer à l’hôpital.',
    'Tu finiras dans un sac mortuaire.',
    'Tu ne t’en sortiras pas vivant.',
    'Fais encore ça et je t’éclate.',
    'Attends que je te chope.',
  ],
  [
    'Je vais mettre le feu à la piste de danse !',
    'On va mettre le feu à ta soirée, ça va être génial.',
    'Les ambulanciers vont t’envoyer à l’hôpital pour des examens, ne t’inquiète pas.',
    'Attends que je te montre mes photos.',
    'Je t’éclate au tennis demain.',
  ],
);

// English threats in idioms, and "you will pay" at the till.
describeReadings(
  'English threats in idioms, against paying at the till',
  [
    'I’ll rip your head off.',
    'I’ll make sure you never walk again.',
    'I hope someone beats you to death.',
    'Let’s lynch them all.',
    'We should gas all of them.',
    'I want to see every Muslim dead.',
    'Tu vas payer pour ça.',
    'You will pay for this.',
  ],
  [
    'The dentist will rip your tooth out.',
    'I want to see all the refugees safe.',
    'You won’t walk away empty-handed!',
    'Vous allez payer en espèces ou par carte ?',
    'Tu vas payer combien pour le loyer ?',
    'You will pay by card?',
  ],
);

// Harm wished on a group as what would be better, or as punishment.
describeReadings(
  'harm to a group wished as better or as punishment, against the same words of things',
  [
    'It would be better if all immigrants were dead.',
    'Ce serait mieux si tous les immigrés étaient morts.',
    'Women who cheat should be stoned.',
    'Les trans mériteraient d’être tabassés.',
  ],
  [
    'It would be better if all the plants were watered daily.',
    'Ce serait mieux si tous les élèves étaient présents.',
    'The stones were thrown at the protesters, and women were injured.',
    'Les migrants méritent d’être protégés.',
    'Les femmes méritent d’être payées autant que les hommes.',
  ],
);

describeReadings(
  'a body opened, days left counted, against the same words of food and of time',
  [
    'I am going to gut you, you little rat.',
    'Je vais t’éventrer comme un porc.',
    'Je vais lui ouvrir le ventre.',
    'Tu ne verras pas la fin de la semaine.',
    'You won’t see the end of the week, I promise.',
  ],
  [
    'I am going to gut the fish for dinner.',
    'Trust your gut on this one.',
    'Tu verras la fin de la semaine arriver vite.',
  ],
);

describeReadings(
  'eyes torn out, a dog set on the reader, a beating foretold; against a favour done for them',
  [
    'Continue comme ça et je vais vous arracher les yeux.',
    'Keep talking and I will gouge your eyes out.',
    'La prochaine fois, je lâche les chiens sur toi.',
    'I swear I will set my dogs on you.',
    'Un de ces jours, on te fera la peau.',
    'Keep it up and you are gonna get a beating.',
  ],
  [
    'I will find you a table by the window.',
    'We will find you a new flat before winter.',
    'Je vais te trouver un bon médecin.',
    'The carpet will get a beating with the brush this spring.',
  ],
);

describeReadings(
  'the morgue, suffering promised; against a game, a beast for the table',
  [
    'Continue comme ça et tu vas finir à la morgue.',
    'Keep talking and you will end up in the morgue.',
    'Trust me, you are going to suffer for this.',
  ],
  [
    'Ce soir, je vais te tuer au Monopoly.',
    'I am going to destroy you at chess tonight.',
    'Le fermier va égorger un agneau pour la fête.',
  ],
);

describeReadings(
  'burying the reader, said as a threat',
  [
    'Encore un mot et je t’enterre.',
    'Touche à ma sœur et on t’enterrera.',
    "Keep it up and I'll bury you.",
  ],
  ['Nous enterrerons la capsule temporelle demain.', 'We will bury the time capsule tomorrow.'],
);

describeReadings(
  'boats sunk and a pulp: harm to a group or the reader; "à mort" as an intensifier',
  [
    'Every refugee boat should be sunk before it lands.',
    'Il faut couler les bateaux des migrants.',
    'Touch my car again and I will beat you to a pulp.',
    'Je vais te réduire en bouillie, toi.',
  ],
  [
    'Ce film, je le recommande à mort.',
    'Ce cours me saoule à mort.',
    'The old fishing boat should be sunk as an artificial reef.',
  ],
);

// What ought to be done to a group, said as good; a group wished gone by "they" in the next
// sentence, or by the speaker who will see to it; a verb of harm typed in two short pieces.
describeReadings(
  'harm said as what would be right, a group wished gone, a verb in two pieces',
  [
    'It would be best to execute every Gypsy.',
    'Ce serait mieux de tuer tous les Roms, franchement.',
    'Il faudrait exécuter tous les Tsiganes.',
    'Roma moved in next door. I hope they disappear soon.',
    'Encore des Tsiganes sur le parking. Je souhaite qu’ils disparaissent.',
    'I will make sure every Roma disappears from this street.',
    'On va faire en sorte que chaque Gitan disparaisse du quartier.',
    'We are going to st ab every Gypsy we find.',
  ],
  [
    'It would be best to execute the backup before midnight.',
    'It would be great to have this damn printer fixed.',
    'Il faut exécuter le script avant la mise en production.',
    'Roma moved in next door. They disappeared on holiday for a week.',
    'Make sure the stain disappears before the guests arrive.',
    'The Gypsy Kings played. I hope they come back next year.',
  ],
);

// Someone else's body after a verb of harm: "I'll break his neck"; a wish to watch a place of
// worship burn; a group denied a right by "no … should be allowed".
describeReadings(
  'a body named after a verb of harm, a wish to watch, a right denied to every one of a group',
  [
    'Touch my sister again and I will break his jaw.',
    'I would love to watch every synagogue burn.',
    'No Gypsy should be allowed to vote.',
  ],
  [
    'I am going to break his record next season.',
    'I will break its legs off to fix the chair.',
    'I would love to watch the fireworks burn the sky.',
    'No Roma child should be denied the right to school.',
    'No one who hurts Roma should ever be allowed near them again.',
  ],
);
