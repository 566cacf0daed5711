import type { Bilingual } from '../http/language.ts';
import type { ReplyRefused } from './posts.service.ts';

/** Why a reply was refused, naming whose post it is, in both languages. */
export function replyRefusedMessage(error: ReplyRefused): Bilingual {
  const name = error.author.display_name.trim() || error.author.username;
  switch (error.policy) {
    case 'following':
      return {
        fr: `Seules les personnes que ${name} suit peuvent répondre à ce message.`,
        en: `Only people ${name} follows can reply to this post.`,
      };
    case 'mentioned':
      return {
        fr: `Seules les personnes mentionnées par ${name} peuvent répondre à ce message.`,
        en: `Only people ${name} mentions can reply to this post.`,
      };
    case 'nobody':
      return {
        fr: `${name} a fermé les réponses à ce message.`,
        en: `${name} has turned off replies to this post.`,
      };
  }
}
