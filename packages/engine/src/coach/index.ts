export { coach, coachMany } from './coach.service.ts';
