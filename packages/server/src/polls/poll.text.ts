import type { Bilingual } from '../http/language.ts';
import { POLL_LIMITS, type PollProblem } from './poll-rules.ts';
import type { VoteProblem } from './polls.service.ts';

/** Why a poll was refused, in words a person can act on. */
export function pollProblemMessage(problem: PollProblem): Bilingual {
  switch (problem.reason) {
    case 'options_count':
      return {
        fr: `Un sondage propose de ${POLL_LIMITS.minOptions} à ${POLL_LIMITS.maxOptions} choix (celui-ci en a ${problem.count}).`,
        en: `A poll offers ${POLL_LIMITS.minOptions} to ${POLL_LIMITS.maxOptions} choices (this one has ${problem.count}).`,
      };
    case 'option_empty':
      return {
        fr: `Le choix n° ${problem.position} du sondage est vide : écrivez-le ou retirez-le.`,
        en: `Choice ${problem.position} of the poll is empty: fill it in or remove it.`,
      };
    case 'option_too_long':
      return {
        fr: `Le choix n° ${problem.position} du sondage est trop long (${POLL_LIMITS.maxCharactersPerOption} caractères au plus, il en compte ${problem.length}).`,
        en: `Choice ${problem.position} of the poll is too long (at most ${POLL_LIMITS.maxCharactersPerOption} characters; it has ${problem.length}).`,
      };
    case 'option_duplicate':
      return {
        fr: `Le choix « ${problem.title} » apparaît deux fois : chaque choix doit être différent.`,
        en: `The choice “${problem.title}” appears twice: each choice must be different.`,
      };
    case 'expiry':
      return {
        fr: 'Un sondage dure de 5 minutes à 30 jours.',
        en: 'A poll lasts from 5 minutes to 30 days.',
      };
  }
}

/** Why a vote was refused. */
export function voteProblemMessage(problem: VoteProblem): Bilingual {
  switch (problem) {
    case 'closed':
      return {
        fr: 'Ce sondage est terminé : il ne reçoit plus de votes.',
        en: 'This poll has ended: it no longer takes votes.',
      };
    case 'already_voted':
      return {
        fr: 'Vous avez déjà voté à ce sondage.',
        en: 'You have already voted in this poll.',
      };
    case 'own_poll':
      return {
        fr: 'Vous ne pouvez pas voter à votre propre sondage.',
        en: 'You cannot vote in your own poll.',
      };
    case 'no_choice':
      return {
        fr: 'Choisissez au moins une réponse.',
        en: 'Choose at least one answer.',
      };
    case 'one_choice':
      return {
        fr: 'Ce sondage n’accepte qu’une seule réponse.',
        en: 'This poll takes a single answer.',
      };
    case 'unknown_choice':
      return {
        fr: 'Une des réponses choisies n’existe pas dans ce sondage.',
        en: 'One of the chosen answers is not in this poll.',
      };
  }
}
