/** How many images a post carries at most (Mastodon's limit, and the server's). */
export const MAX_IMAGES = 4;
/** The types the server takes; it reads the bytes anyway and refuses SVG and animations. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
/** The server's limit for a description (alt text). */
export const MAX_DESCRIPTION = 1500;

/** The image files among those dropped, pasted or picked, within the room left. */
export function imagesAmong(files: Iterable<File>, alreadyAttached: number): File[] {
  const room = Math.max(MAX_IMAGES - alreadyAttached, 0);
  return [...files].filter((file) => ACCEPTED_IMAGE_TYPES.includes(file.type)).slice(0, room);
}

/** Whether an image still waits for its description: the coach's gentle reminder. */
export function needsDescription(draft: { description: string; state: string }): boolean {
  return draft.state !== 'failed' && draft.description.trim() === '';
}
