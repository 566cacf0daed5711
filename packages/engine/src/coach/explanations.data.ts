import type { Bilingual, CoachFindingKind } from '../types.ts';

/**
 * What the coach says about each kind of finding. Written to be read by someone who is upset:
 * it names what the words may do to the reader and offers a way forward, never a reproach.
 */
export const EXPLANATIONS: Record<CoachFindingKind, Bilingual> = {
  insult: {
    fr: "Ce mot risque de blesser la personne plutôt que de l'aider à comprendre ce qui te touche. Et si tu disais ce que tu ressens et ce qui s'est passé ?",
    en: 'This word may hurt the person more than it helps them understand what is bothering you. What if you said what you feel and what happened?',
  },
  label: {
    fr: "Coller une étiquette sur quelqu'un le pousse souvent à se défendre au lieu d'écouter. Parler du geste ou de la situation laisse la porte ouverte.",
    en: 'Putting a label on someone often makes them defend themselves instead of listening. Talking about the action or the situation keeps the door open.',
  },
  judgment: {
    fr: "Ici, c'est la personne qui est jugée, pas ce qu'elle a fait. Décrire le comportement précis est plus facile à entendre et à changer.",
    en: 'Here the person is judged rather than what they did. Describing the specific behaviour is easier to hear, and easier to change.',
  },
  generalisation: {
    fr: 'Les « toujours » et « jamais » sonnent souvent injustes à qui les reçoit. Un exemple précis sera mieux entendu.',
    en: '"Always" and "never" often sound unfair to the person who reads them. One precise example will be heard better.',
  },
  command: {
    fr: "Un ordre sec ferme la conversation. Dire ce dont tu as besoin, puis demander, laisse à l'autre une chance de répondre.",
    en: 'A curt order shuts the conversation down. Saying what you need, then asking, gives the other person a chance to answer.',
  },
  threat: {
    fr: "Ces mots peuvent faire peur, même écrits sous le coup de la colère. Ta colère compte : dis-la avec des mots qui ne menacent pas. Si tu te sens en danger, parle-en à quelqu'un de confiance.",
    en: 'These words can frighten someone, even when written in anger. Your anger matters: say it with words that do not threaten. If you feel unsafe, talk to someone you trust.',
  },
  shouting: {
    fr: 'Les majuscules et les points d’exclamation en rafale se lisent comme des cris. Ton message sera plus fort s’il est posé.',
    en: 'Capitals and strings of exclamation marks read as shouting. Your message will land better said calmly.',
  },
  sarcasm: {
    fr: "L'ironie se lit souvent comme du mépris, surtout par écrit. Dire franchement ce qui te dérange est plus clair.",
    en: 'Irony often reads as contempt, especially in writing. Saying plainly what bothers you is clearer.',
  },
};

/**
 * What the coach says of words the engine read as an attack on a whole group (an IDENTITY_ATTACK
 * span with no rule of the coach's own over it): an insult finding, with words of its own.
 */
export const GROUP_EXPLANATION: Bilingual = {
  fr: "Ces mots visent tout un groupe de personnes, pas ce que quelqu'un a fait. Celles et ceux qui en font partie les liront comme une attaque. Qu'est-ce qui t'a fait réagir, précisément ?",
  en: 'These words aim at a whole group of people, not at something someone did. People in that group will read them as an attack. What exactly made you react?',
};
